// The answer key of an open attempt is never readable by its taker: not in the API's JSON, not in
// the quiz page's HTML, not in an error message, and not in the order of the options.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AddedArticle,
  addArticle,
  asAdmin,
  asGuest,
  type Client,
  createSecurityApp,
  demoBody,
  type SecurityApp,
  type StartedAttempt,
  startAttempt,
} from "./harness";

const KEY_FIELDS = [
  "answerIndex",
  "answer",
  "correctChoice",
  "correctIndex",
  "isCorrect",
  "explanation",
  "permutation",
  "results",
];

/** Every object key anywhere in a JSON value. */
const keysOf = (value: unknown, into = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) keysOf(item, into);
  else if (value !== null && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  return into;
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] ?? "&#39;",
  );

let app: SecurityApp;
let article: AddedArticle;
let taker: Client;
let open: StartedAttempt;

/** The stored key of an attempt: position -> index of the correct option as shown. */
const storedKey = (attemptId: string) =>
  app.store.sqlite
    .prepare(
      "select question_id as questionId, correct_index as correctIndex, explanation, options_json as options from attempt_questions where attempt_id = ? order by position",
    )
    .all(attemptId) as {
    questionId: number;
    correctIndex: number;
    explanation: string;
    options: string;
  }[];

beforeAll(async () => {
  app = await createSecurityApp();
  const admin = await asAdmin(app);
  // The Asian Games demo article: the one the generator draws most questions from.
  article = await addArticle(admin, demoBody(4));
  taker = await asGuest(app);
  open = await startAttempt(taker, { articleId: article.article.id, count: 8 });
});
afterAll(() => app.close());

describe("no answer key in what the taker can read", () => {
  it("has a real key to hide (the attempt has several questions)", () => {
    expect(open.questions.length).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ["POST /api/attempts reply", async () => open],
    [
      "GET /api/attempts/:id",
      async () => (await taker.get(`/api/attempts/${open.attempt.id}`)).body,
    ],
    [
      "GET /api/articles/:id",
      async () => (await taker.get(`/api/articles/${article.article.id}`)).body,
    ],
    ["GET /api/articles", async () => (await taker.get("/api/articles")).body],
    ["GET /api/me/history", async () => (await taker.get("/api/me/history")).body],
  ])("%s carries none of the key fields", async (_name, read) => {
    const body = await read();
    expect(body).not.toBeNull();
    const keys = keysOf(body);
    expect(KEY_FIELDS.filter((field) => keys.has(field))).toEqual([]);
  });

  it("the quiz page shows the options in the attempt's order with no key, explanation or marker", async () => {
    const page = await taker.get(`/attempts/${open.attempt.id}`);
    expect(page.status).toBe(200);
    const html = page.text;
    for (const stored of storedKey(open.attempt.id)) {
      // The source sentence (with the answer in it) is the explanation: shown only after submission.
      expect(html).not.toContain(stored.explanation);
      expect(html).not.toContain(escapeHtml(stored.explanation));
      const options = JSON.parse(stored.options) as string[];
      const block = html.slice(html.indexOf(`name="answer-${stored.questionId}"`));
      const shown = [...block.matchAll(/<span class="option-text">([^<]*)<\/span>/g)]
        .slice(0, 4)
        .map((m) =>
          m[1]?.replace(
            /&#39;|&amp;|&quot;/g,
            (e) => ({ "&#39;": "'", "&amp;": "&", "&quot;": '"' })[e] ?? e,
          ),
        );
      expect(shown).toEqual(options);
    }
    expect(html).not.toMatch(/data-(correct|answer|key)\b/i);
    expect(html).not.toMatch(/\b(correct|is-correct|answer-key)\b[^<]*"/i);
    expect(html).not.toMatch(/aria-checked="true"|checked=""/);
  });

  it.each([
    ["a question not in the attempt", { answers: [{ questionId: 999_999, choice: 1 }] }],
    ["a choice out of range", { answers: [{ questionId: 0, choice: 7 }] }],
    ["an unknown field", { answers: [], reveal: true }],
  ])("the error for %s names the field and reveals nothing", async (_name, body) => {
    const first = open.questions[0]?.id ?? 0;
    const sent = JSON.parse(
      JSON.stringify(body).replace('"questionId":0', `"questionId":${first}`),
    );
    const reply = await taker.post(`/api/attempts/${open.attempt.id}/submit`, sent);
    expect(reply.status).toBe(400);
    expect(Object.keys(reply.body.error).sort()).toEqual(["code", "field", "message"]);
    const keyTexts = storedKey(open.attempt.id).map(
      (k) => (JSON.parse(k.options) as string[])[k.correctIndex] ?? "",
    );
    for (const text of keyTexts) expect(reply.text).not.toContain(text);
    // Still open afterwards: a refused submission records nothing.
    expect((await taker.get(`/api/attempts/${open.attempt.id}`)).body.attempt.status).toBe("open");
  });
});

describe("the order of the options does not give the answer away", () => {
  it("the same question's correct option lands on different letters across attempts", async () => {
    const aspirant = await asGuest(app);
    const byQuestion = new Map<number, number[]>();
    const overall = [0, 0, 0, 0];
    for (let i = 0; i < 60; i += 1) {
      const started = await startAttempt(aspirant, { articleId: article.article.id, count: 6 });
      for (const k of storedKey(started.attempt.id)) {
        byQuestion.set(k.questionId, [...(byQuestion.get(k.questionId) ?? []), k.correctIndex]);
        overall[k.correctIndex] = (overall[k.correctIndex] ?? 0) + 1;
      }
    }
    for (const [questionId, indexes] of byQuestion) {
      if (indexes.length < 20) continue;
      const counts = [0, 1, 2, 3].map((i) => indexes.filter((x) => x === i).length);
      expect(new Set(indexes).size, `question ${questionId}: ${counts}`).toBeGreaterThanOrEqual(3);
      expect(Math.max(...counts) / indexes.length, `question ${questionId}`).toBeLessThan(0.5);
    }
    const total = overall.reduce((a, b) => a + b, 0);
    for (const count of overall) expect(count / total).toBeGreaterThan(0.15);
  });
});
