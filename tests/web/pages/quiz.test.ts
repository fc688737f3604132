import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerFor, PORT_ARTICLE } from "./desk-articles";
import { type Browser, createSite, optionsOf, questionIds, registered } from "./harness";

let site: Awaited<ReturnType<typeof createSite>>;
beforeEach(async () => {
  site = await createSite();
});
afterEach(() => site.close());

const decode = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** The stem of each question on a quiz page, by question id. */
const stems = (html: string): Map<number, string> => {
  const map = new Map<number, string>();
  const cards = html.split('<li class="question card"').slice(1);
  for (const card of cards) {
    const stem = /<span class="stem">([^<]*)<\/span>/.exec(card)?.[1];
    const id = /name="answer-(\d+)"/.exec(card)?.[1];
    if (stem && id) map.set(Number(id), decode(stem));
  }
  return map;
};

/** Form fields answering every question right (or, for ids in `wrong`, wrongly). */
const answers = (html: string, wrong: ReadonlySet<number> = new Set()) => {
  const fields: Record<string, string> = {};
  for (const [id, stem] of stems(html)) {
    const options = optionsOf(html, id).map(decode);
    const right = options.indexOf(answerFor(stem));
    expect(right).toBeGreaterThanOrEqual(0);
    fields[`answer-${id}`] = String(wrong.has(id) ? (right + 1) % 4 : right);
  }
  return fields;
};

const startQuiz = async (browser: Browser, fields: Record<string, string>) => {
  const start = await browser.post("/attempts", fields);
  expect(start.status).toBe(303);
  expect(start.location).toMatch(/^\/attempts\/[\w-]+$/);
  const quiz = await browser.follow(start);
  expect(quiz.status).toBe(200);
  return { path: start.location ?? "", quiz };
};

describe("taking a quiz", () => {
  it("a visitor starts as a guest and gets a plain form without the answer key", async () => {
    const browser = site.browser();
    const { path, quiz } = await startQuiz(browser, { articleId: "1", scheme: "cds" });
    expect(browser.cookie).not.toBeNull();
    expect(quiz.html).toContain(`action="${path}/submit"`);
    expect(questionIds(quiz.html)).toHaveLength(PORT_ARTICLE.questions.length);
    expect(quiz.html).toMatch(/name="_csrf" value="[^"]+"/);
    for (const question of PORT_ARTICLE.questions) {
      expect(quiz.html).toContain(question.stem);
      expect(quiz.html).not.toContain(question.sentence);
    }
    expect(quiz.html).not.toMatch(/correct|answerIndex|data-answer|desk\.|<!--/i);
    expect(quiz.html).toMatch(/data-remaining="\d+"/);
  });

  it("a refresh keeps the server's deadline", async () => {
    const browser = site.browser();
    const { path } = await startQuiz(browser, { articleId: "1" });
    site.advance(100);
    const again = await browser.get(path);
    const remaining = Number(/data-remaining="(\d+)"/.exec(again.html)?.[1]);
    expect(remaining).toBe(4 * 72 - 100);
  });

  it("scores the submission exactly and shows every explanation; a second submit changes nothing", async () => {
    const browser = await registered(site, "asha_r");
    const { path, quiz } = await startQuiz(browser, { articleId: "1", scheme: "cds" });
    const ids = questionIds(quiz.html);
    const fields = answers(quiz.html, new Set([ids[0] ?? 0]));
    delete fields[`answer-${ids[1]}`]; // one skipped
    site.advance(95);
    const submitted = await browser.post(`${path}/submit`, fields);
    expect(submitted.status).toBe(303);
    const result = await browser.follow(submitted);
    expect(result.html).toContain('<strong class="score-value">1 2/3</strong>');
    expect(result.html).toContain("/ 4</span>");
    expect(result.html).toContain("(1.67)");
    expect(result.html).toContain("1 min 35 s");
    for (const question of PORT_ARTICLE.questions) expect(result.html).toContain(question.stem);
    expect(result.html).toContain("As of 24 November 2026");
    expect(result.html).toContain('href="/articles/1"');

    const again = await browser.post(`${path}/submit`, answers(quiz.html));
    expect(again.status).toBe(303);
    expect((await browser.follow(again)).html).toContain(
      '<strong class="score-value">1 2/3</strong>',
    );
  });

  it.each([
    ["afcat", "4 of 4 right", "12"],
    ["nda", "4 of 4 right", "16"],
    ["practice", "4 of 4 right", "4"],
  ])("scores under the %s scheme (%s)", async (scheme, _, score) => {
    const browser = site.browser();
    const { path, quiz } = await startQuiz(browser, { articleId: "1", scheme });
    const result = await browser.follow(await browser.post(`${path}/submit`, answers(quiz.html)));
    expect(result.html).toContain(`<strong class="score-value">${score}</strong>`);
  });

  it("answers after the deadline do not count", async () => {
    const browser = site.browser();
    const { path, quiz } = await startQuiz(browser, { articleId: "2" });
    site.advance(2 * 72 + 60);
    const result = await browser.follow(await browser.post(`${path}/submit`, answers(quiz.html)));
    expect(result.html).toContain("after the deadline");
    expect(result.html).toContain('<strong class="score-value">0</strong>');
  });

  it.each([
    ["an unknown article", { articleId: "999" }, 404],
    ["a bad scheme", { articleId: "1", scheme: "gre" }, 400],
    ["a bad count", { articleId: "1", count: "lots" }, 400],
    ["no mistakes yet", { mode: "mistakes" }, 409],
  ])("starting with %s shows an error page", async (_, fields, status) => {
    const page = await site.browser().post("/attempts", fields);
    expect(page.status).toBe(status);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.html).toContain(`Error ${status}`);
  });

  it("another user's attempt is not found", async () => {
    const owner = site.browser();
    const { path } = await startQuiz(owner, { articleId: "1" });
    const stranger = await registered(site, "other_one");
    expect((await stranger.get(path)).status).toBe(404);
    expect((await stranger.post(`${path}/submit`, {})).status).toBe(404);
  });

  it("a form without the CSRF token is refused with a page", async () => {
    const browser = await registered(site, "no_token");
    const page = await browser.post("/attempts", { articleId: "1", _csrf: "forged" });
    expect(page.status).toBe(403);
    expect(page.html).toContain("<!doctype html>");
    expect(page.html).toContain("form token");
  });
});

describe("mistakes and history", () => {
  it("a wrong answer becomes a mistake; practising it right clears it", async () => {
    const browser = await registered(site, "meera_k");
    const { path, quiz } = await startQuiz(browser, { articleId: "1" });
    const [wrongId] = questionIds(quiz.html);
    const wrongStem = stems(quiz.html).get(wrongId ?? 0) ?? "";
    await browser.post(`${path}/submit`, answers(quiz.html, new Set([wrongId ?? 0])));

    const mistakes = await browser.get("/mistakes");
    expect(mistakes.status).toBe(200);
    expect(mistakes.html).toContain(wrongStem);
    expect(mistakes.html).toContain("Practise my mistakes");
    expect(mistakes.html).not.toContain("badge-cleared");

    const practice = await startQuiz(browser, { mode: "mistakes", scheme: "practice" });
    expect(questionIds(practice.quiz.html)).toEqual([wrongId]);
    const result = await browser.follow(
      await browser.post(`${practice.path}/submit`, answers(practice.quiz.html)),
    );
    expect(result.html).toContain("1 mistake cleared.");

    const after = await browser.get("/mistakes");
    expect(after.html).toContain(wrongStem);
    expect(after.html).toContain("badge-cleared");
    expect(after.html).not.toContain('value="mistakes"');
  });

  it("history lists attempts with scores and accuracy by category and type", async () => {
    const browser = await registered(site, "history_buff");
    const { path, quiz } = await startQuiz(browser, { articleId: "2" });
    await browser.post(`${path}/submit`, answers(quiz.html));
    const history = await browser.get("/history");
    expect(history.status).toBe(200);
    expect(history.html).toContain(`href="${path}"`);
    expect(history.html).toContain("Defence");
    expect(history.html).toContain("Which company");
    expect(history.html).toMatch(/<meter min="0" max="2" value="2">/);
  });

  it.each(["/mistakes", "/history"])("%s sends visitors to log in", async (path) => {
    const page = await site.browser().get(path);
    expect(page.status).toBe(303);
    expect(page.location).toBe(`/login?next=${encodeURIComponent(path)}`);
  });
});
