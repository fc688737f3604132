import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  addDemo,
  asAdmin,
  asAspirant,
  type Client,
  createHarness,
  demo,
  type Harness,
} from "./harness";

let h: Harness;
let admin: Client;
beforeEach(async () => {
  h = await createHarness();
  admin = await asAdmin(h);
});
afterEach(() => h.close());

describe("POST /api/articles (admin)", () => {
  it("stores the article and returns its generated questions with the answer key", async () => {
    const reply = await admin.post("/api/articles", { ...demo(1), category: "Defence" });
    expect(reply.status).toBe(201);
    const { article, questions } = reply.body;
    expect(article).toMatchObject({
      id: expect.any(Number),
      category: "Defence",
      note: null,
      archived: false,
    });
    expect(article.rawBody).toBe(demo(1).body);
    expect(questions.length).toBeGreaterThan(0);
    expect(article.questionCount).toBe(questions.length);
    for (const q of questions) {
      expect(q).toMatchObject({
        id: expect.any(Number),
        status: "live",
        ruleId: expect.any(String),
      });
      expect(q.options).toHaveLength(4);
      expect(q.answer).toBe(q.options[q.answerIndex]);
      expect(q.asOf).toBe(demo(1).publishedAt);
      expect(article.paragraphs.join(" ")).toContain(q.explanation);
    }
  });

  it("suggests a category when none is given", async () => {
    const reply = await admin.post("/api/articles", demo(1));
    expect(h.deps.generator.categories).toContain(reply.body.article.category);
  });

  it.each([
    [
      "only boilerplate",
      { title: "Notice", body: "Also read: more news\n\nSubscribe to our newsletter" },
    ],
    [
      "a language the rules do not handle",
      { title: "Samachar", body: "यह एक हिंदी समाचार लेख है जिसमें कोई प्रश्न नहीं है।" },
    ],
    [
      "no facts",
      { title: "Thoughts", body: "it was a quiet day and nothing much happened at all." },
    ],
  ])("stores an article with %s and says it produced no questions", async (_label, body) => {
    const reply = await admin.post("/api/articles", body);
    expect(reply.status).toBe(201);
    expect(reply.body.questions).toEqual([]);
    expect(reply.body.article.note).toMatch(/^No /);
    expect((await h.client().get(`/api/articles/${reply.body.article.id}`)).status).toBe(200);
  });

  it.each([
    [{ ...demo(0), sourceUrl: "javascript:alert(1)" }, "sourceUrl"],
    [{ ...demo(0), sourceUrl: "ftp://example.org/x" }, "sourceUrl"],
    [{ ...demo(0), sourceUrl: "not a url" }, "sourceUrl"],
    [{ ...demo(0), publishedAt: "2026-02-30" }, "publishedAt"],
    [{ ...demo(0), publishedAt: "yesterday" }, "publishedAt"],
    [{ ...demo(0), category: "Astrology" }, "category"],
    [{ ...demo(0), title: "   " }, "title"],
    [{ ...demo(0), body: "" }, "body"],
    [{ ...demo(0), questions: [] }, "questions"],
    [{ body: "text" }, "title"],
    [{ ...demo(0), title: 12 }, "title"],
  ])("refuses invalid input %# with 400 naming the field", async (body, field) => {
    const reply = await admin.post("/api/articles", body);
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe(field);
  });

  it.each([
    ["malformed JSON", '{"title": ', "application/json", 400, "malformed-json"],
    ["a JSON array", "[]", "application/json", 400, "invalid-input"],
    ["JSON null", "null", "application/json", 400, "invalid-input"],
    [
      "form data",
      "title=x&body=y",
      "application/x-www-form-urlencoded",
      415,
      "unsupported-media-type",
    ],
    ["plain text", "{}", "text/plain", 415, "unsupported-media-type"],
  ])("answers %s with the right error", async (_label, raw, type, status, code) => {
    const reply = await admin.request("POST", "/api/articles", raw, { "content-type": type });
    expect(reply.status).toBe(status);
    expect(reply.body.error.code).toBe(code);
  });

  it("answers 413 to an article body over 256 KB, and accepts one under it", async () => {
    const big = { title: "Long", body: "Delhi is a city. ".repeat(17_000) };
    const refused = await admin.post("/api/articles", big);
    expect(refused.status).toBe(413);
    expect(refused.body.error.code).toBe("too-large");
    const under = { title: "Long", body: "Delhi hosted a summit on Monday. ".repeat(1_000) };
    expect((await admin.post("/api/articles", under)).status).toBe(201);
  });

  it("answers 413 to a 20 KB body elsewhere", async () => {
    const reply = await h
      .client()
      .post("/api/auth/login", { username: "x".repeat(20_000), password: "y" });
    expect(reply.status).toBe(413);
  });
});

describe("public reads", () => {
  it("lists articles and shows one without any answer", async () => {
    const added = await addDemo(admin, 2);
    const list = await h.client().get("/api/articles");
    expect(list.status).toBe(200);
    expect(list.body.articles.map((a: { id: number }) => a.id)).toEqual([added.article.id]);
    const one = await h.client().get(`/api/articles/${added.article.id}`);
    expect(one.status).toBe(200);
    expect(one.body.article.questionCount).toBe(added.questions.length);
    for (const key of ["answerIndex", 'answer"', "correct", "questions", "rawBody"]) {
      expect(one.text).not.toContain(key);
      expect(list.text).not.toContain(key);
    }
  });

  it.each([
    "/api/articles/999",
    "/api/articles/0",
    "/api/articles/abc",
    "/api/articles/1e3",
    "/api/articles/99999999999",
  ])("answers 404 for %s", async (path) => {
    const reply = await h.client().get(path);
    expect(reply.status).toBe(404);
    expect(reply.body.error.code).toBe("not-found");
  });

  it("filters by category and month, and refuses a malformed month", async () => {
    await addDemo(admin, 2); // Economy, 2026-11
    expect((await h.client().get("/api/articles?category=Economy")).body.articles).toHaveLength(1);
    expect((await h.client().get("/api/articles?category=Defence")).body.articles).toHaveLength(0);
    expect((await h.client().get("/api/articles?month=2026-11")).body.articles).toHaveLength(1);
    expect((await h.client().get("/api/articles?month=2026-10")).body.articles).toHaveLength(0);
    expect((await h.client().get("/api/articles?month=November")).status).toBe(400);
  });
});

describe("admin edits never change past attempts", () => {
  it("edits, rejects, regenerates and archives while an attempt keeps what it showed", async () => {
    const added = await addDemo(admin, 2);
    const aspirant = await asAspirant(h, "asha");
    const started = await aspirant.post("/api/attempts", {
      articleId: added.article.id,
      count: 50,
    });
    const shown = started.body.questions;
    const target = added.questions[0];
    if (target === undefined) throw new Error("fixture has questions");

    const edit = await admin.patch(`/api/questions/${target.id}`, {
      stem: "Edited stem?",
      options: ["A one", "B two", "C three", "D four"],
      answerIndex: 2,
    });
    expect(edit.status).toBe(200);
    expect(edit.body.question).toMatchObject({
      stem: "Edited stem?",
      answer: "C three",
      edited: true,
    });
    expect(
      (await admin.post(`/api/questions/${added.questions[1]?.id}/reject`)).body.question.status,
    ).toBe("rejected");
    const regenerated = await admin.post(`/api/articles/${added.article.id}/regenerate`);
    expect(regenerated.status).toBe(200);
    const newIds = regenerated.body.questions
      .filter((q: { status: string }) => q.status === "live")
      .map((q: { id: number }) => q.id);
    expect(newIds.some((id: number) => added.questions.some((q) => q.id === id))).toBe(false);
    expect(
      (await admin.post(`/api/articles/${added.article.id}/archive`)).body.article.archived,
    ).toBe(true);

    const later = await aspirant.get(`/api/attempts/${started.body.attempt.id}`);
    expect(later.body.questions.map((q: { stem: string }) => q.stem)).toEqual(
      shown.map((q: { stem: string }) => q.stem),
    );
    expect(later.body.questions.map((q: { options: string[] }) => q.options)).toEqual(
      shown.map((q: { options: string[] }) => q.options),
    );
    expect((await h.client().get("/api/articles")).body.articles).toEqual([]);
    expect((await aspirant.post("/api/attempts", { articleId: added.article.id })).status).toBe(
      409,
    );
  });

  it.each([
    [{ options: ["a", "b", "c"] }, "options"],
    [{ options: ["a", "a", "b", "c"] }, "options"],
    [{ answerIndex: 4 }, "answerIndex"],
    [{ answerIndex: -1 }, "answerIndex"],
    [{ stem: "" }, "stem"],
    [{ status: "live" }, "status"],
    [{}, undefined],
  ])("refuses the edit %j with 400", async (body, field) => {
    const added = await addDemo(admin, 2);
    const reply = await admin.patch(`/api/questions/${added.questions[0]?.id}`, body);
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe(field);
  });

  it("answers 409 when editing a rejected question and 404 for an unknown one", async () => {
    const added = await addDemo(admin, 2);
    const id = added.questions[0]?.id;
    await admin.post(`/api/questions/${id}/reject`);
    expect((await admin.patch(`/api/questions/${id}`, { stem: "New?" })).status).toBe(409);
    expect((await admin.post(`/api/questions/${id}/reject`)).status).toBe(200);
    expect((await admin.patch("/api/questions/9999", { stem: "New?" })).status).toBe(404);
    expect((await admin.post("/api/articles/9999/regenerate")).status).toBe(404);
    expect((await admin.post("/api/articles/9999/archive")).status).toBe(404);
  });
});
