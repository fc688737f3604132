import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CATEGORIES } from "../../../src/generator/category";
import { formatFraction, fraction, SCHEMES, type SchemeId, sum } from "../../../src/quiz";
import { richestDemo } from "../../support/demo-ranking";
import { addDemo, asAdmin, asAspirant, type Client, createHarness, type Harness } from "./harness";

let h: Harness;
let articleId: number;
let category: string;
let key: Map<number, string>; // question id -> correct option text, from the admin view
beforeEach(async () => {
  h = await createHarness();
  const admin = await asAdmin(h);
  // The demo article the generator draws most questions from; the tests below need five.
  const added = await addDemo(admin, richestDemo(5));
  articleId = added.article.id;
  category = added.article.category;
  key = new Map(added.questions.map((q) => [q.id, q.options[q.answerIndex] ?? ""]));
});
afterEach(() => h.close());

interface Shown {
  id: number;
  options: string[];
}
const start = async (client: Client, body: object = { articleId, count: 5 }) => {
  const reply = await client.post("/api/attempts", body);
  expect(reply.status).toBe(201);
  return reply.body as { attempt: { id: string; deadline: string }; questions: Shown[] };
};
const rightChoice = (q: Shown) => q.options.indexOf(key.get(q.id) ?? "");
const wrongChoice = (q: Shown) => (rightChoice(q) + 1) % 4;

describe("POST /api/attempts", () => {
  it("starts a timed attempt without any answer key", async () => {
    const aspirant = await asAspirant(h, "asha");
    const reply = await aspirant.post("/api/attempts", { articleId, count: 5, scheme: "nda" });
    expect(reply.status).toBe(201);
    expect(reply.body.attempt).toMatchObject({ scheme: "nda", status: "open", questionCount: 5 });
    expect(Date.parse(reply.body.attempt.deadline) - h.now.getTime()).toBe(
      5 * h.deps.config.secondsPerQuestion * 1000,
    );
    for (const word of [
      "answerIndex",
      "correct",
      "explanation",
      'answer"',
      "permutation",
      'result":{',
    ]) {
      expect(reply.text).not.toContain(word);
    }
    const read = await aspirant.get(`/api/attempts/${reply.body.attempt.id}`);
    expect(read.body.result).toBeNull();
    expect(read.text).not.toContain("correctChoice");
    expect(read.text).not.toContain("explanation");
  });

  it("keeps the deadline on the server: reading it again later does not reset it", async () => {
    const aspirant = await asAspirant(h, "asha");
    const attempt = await start(aspirant);
    h.advance(30);
    const read = await aspirant.get(`/api/attempts/${attempt.attempt.id}`);
    expect(read.body.attempt.deadline).toBe(attempt.attempt.deadline);
    expect(read.body.attempt.secondsLeft).toBe(
      (Date.parse(attempt.attempt.deadline) - h.now.getTime()) / 1000,
    );
    expect(read.body.questions.map((q: Shown) => q.options)).toEqual(
      attempt.questions.map((q) => q.options),
    );
  });

  it("shuffles options per attempt", async () => {
    const aspirant = await asAspirant(h, "asha");
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const attempt = await start(aspirant, { articleId, count: 50 });
      orders.add(JSON.stringify(attempt.questions.map((q) => q.options)));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it.each([
    [{ articleId: 0 }, "articleId"],
    [{ articleId: "1" }, "articleId"],
    [{ articleId: 1e12 }, "articleId"],
    [{ count: -3 }, "count"],
    [{ count: 0 }, "count"],
    [{ count: 1e9 }, "count"],
    [{ count: 2.5 }, "count"],
    [{ scheme: "jee" }, "scheme"],
    [{ mode: "everything" }, "mode"],
    [{ category: "Astrology" }, "category"],
    [{ articleId: 1, category: "Economy" }, "mode"],
    [{ seconds: 9999 }, "seconds"],
  ])("refuses %j with 400", async (body, field) => {
    const aspirant = await asAspirant(h, "asha");
    const reply = await aspirant.post("/api/attempts", body);
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe(field);
  });

  it.each([
    [{ articleId: 999 }, 404, "not-found"],
    [{ mode: "mistakes" }, 409, "no-mistakes"],
  ])("answers %j with %i", async (body, status, code) => {
    const aspirant = await asAspirant(h, "asha");
    const reply = await aspirant.post("/api/attempts", body);
    expect(reply.status).toBe(status);
    expect(reply.body.error.code).toBe(code);
  });

  it("answers a category no stored article is in with 409", async () => {
    const empty = CATEGORIES.find((c) => c !== category);
    const aspirant = await asAspirant(h, "asha");
    const reply = await aspirant.post("/api/attempts", { category: empty });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe("no-questions");
  });

  it.each([
    ["no filter", () => ({})],
    ["the latest articles", () => ({ mode: "latest" })],
    ["the article's category", () => ({ category })],
  ])("builds a quiz from %s", async (_name, body) => {
    const aspirant = await asAspirant(h, "asha");
    const attempt = await start(aspirant, body());
    expect(attempt.questions.length).toBeGreaterThan(0);
  });
});

describe("POST /api/attempts/:id/submit", () => {
  it.each(["cds", "afcat", "nda", "upsc", "ssc", "practice"] as SchemeId[])(
    "scores on the server under %s as an exact fraction",
    async (scheme) => {
      const aspirant = await asAspirant(h, "asha");
      const attempt = await start(aspirant, { articleId, count: 5, scheme });
      const [a, b, c, d] = attempt.questions;
      if (!a || !b || !c || !d) throw new Error("fixture has 5 questions");
      const answers = [
        { questionId: a.id, choice: rightChoice(a) },
        { questionId: b.id, choice: rightChoice(b) },
        { questionId: c.id, choice: wrongChoice(c) },
        { questionId: d.id, choice: null },
      ];
      const reply = await aspirant.post(`/api/attempts/${attempt.attempt.id}/submit`, { answers });
      expect(reply.status).toBe(200);
      const marks = SCHEMES[scheme];
      const expected = sum([marks.correct, marks.correct, marks.wrong]);
      expect(reply.body).toMatchObject({ correct: 2, wrong: 1, skipped: 2, late: false });
      expect(reply.body.scoreExact).toBe(formatFraction(expected));
      expect(reply.body.maxScoreExact).toBe(
        formatFraction(fraction(marks.correct.num * 5, marks.correct.den)),
      );
      expect(reply.body.score).toBeCloseTo(expected.num / expected.den, 2);
      const byId = new Map(
        reply.body.results.map((r: { questionId: number }) => [r.questionId, r]),
      );
      expect(byId.get(c.id)).toMatchObject({
        choice: wrongChoice(c),
        correctChoice: rightChoice(c),
        isCorrect: false,
        articleId,
      });
      expect(byId.get(a.id)).toMatchObject({ isCorrect: true, explanation: expect.any(String) });
    },
  );

  it("records one result: a second submit returns the same result and changes nothing", async () => {
    const aspirant = await asAspirant(h, "asha");
    const attempt = await start(aspirant);
    const first = await aspirant.post(`/api/attempts/${attempt.attempt.id}/submit`, {
      answers: attempt.questions.map((q) => ({ questionId: q.id, choice: rightChoice(q) })),
    });
    h.advance(5);
    const second = await aspirant.post(`/api/attempts/${attempt.attempt.id}/submit`, {
      answers: attempt.questions.map((q) => ({ questionId: q.id, choice: wrongChoice(q) })),
    });
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(first.body.correct).toBe(attempt.questions.length);
    expect((await aspirant.get("/api/me/mistakes")).body.mistakes).toEqual([]);
  });

  it("records one result under concurrent submissions", async () => {
    const aspirant = await asAspirant(h, "asha");
    const attempt = await start(aspirant);
    const bodies = [0, 1, 2, 3, 4, 5].map((n) => ({
      answers: attempt.questions.map((q) => ({
        questionId: q.id,
        choice: n % 2 === 0 ? rightChoice(q) : wrongChoice(q),
      })),
    }));
    const replies = await Promise.all(
      bodies.map((body) => aspirant.post(`/api/attempts/${attempt.attempt.id}/submit`, body)),
    );
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    expect(replies.every((r) => r.status === 200)).toBe(true);
  });

  it("counts nothing after the deadline plus grace, and says so", async () => {
    const aspirant = await asAspirant(h, "asha");
    const attempt = await start(aspirant);
    h.advance(
      (Date.parse(attempt.attempt.deadline) - h.now.getTime()) / 1000 +
        h.deps.config.graceSeconds +
        1,
    );
    const reply = await aspirant.post(`/api/attempts/${attempt.attempt.id}/submit`, {
      answers: attempt.questions.map((q) => ({ questionId: q.id, choice: rightChoice(q) })),
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      late: true,
      correct: 0,
      skipped: attempt.questions.length,
      scoreExact: "0",
    });
    expect(reply.body.message).toMatch(/time limit/);
  });

  it("counts a submission inside the grace", async () => {
    const aspirant = await asAspirant(h, "asha");
    const attempt = await start(aspirant);
    h.advance(
      (Date.parse(attempt.attempt.deadline) - h.now.getTime()) / 1000 +
        h.deps.config.graceSeconds -
        1,
    );
    const reply = await aspirant.post(`/api/attempts/${attempt.attempt.id}/submit`, {
      answers: attempt.questions.map((q) => ({ questionId: q.id, choice: rightChoice(q) })),
    });
    expect(reply.body).toMatchObject({ late: false, correct: attempt.questions.length });
  });

  it("closes an abandoned attempt when read after the deadline, revealing the key only then", async () => {
    const aspirant = await asAspirant(h, "asha");
    const attempt = await start(aspirant);
    expect((await aspirant.get(`/api/attempts/${attempt.attempt.id}`)).body.result).toBeNull();
    h.advance(3600);
    const read = await aspirant.get(`/api/attempts/${attempt.attempt.id}`);
    expect(read.body.attempt.status).toBe("expired");
    expect(read.body.result).toMatchObject({ late: true, skipped: attempt.questions.length });
  });

  it.each([
    [
      "a question not in the attempt",
      (qs: Shown[]) => [{ questionId: 99999, choice: 0 }, ...qs.slice(0, 0)],
      "answers.0.questionId",
    ],
    [
      "a choice out of range",
      (qs: Shown[]) => [{ questionId: qs[0]?.id, choice: 4 }],
      "answers.0.choice",
    ],
    [
      "a negative choice",
      (qs: Shown[]) => [{ questionId: qs[0]?.id, choice: -1 }],
      "answers.0.choice",
    ],
    [
      "a fractional choice",
      (qs: Shown[]) => [{ questionId: qs[0]?.id, choice: 1.5 }],
      "answers.0.choice",
    ],
    [
      "a text choice",
      (qs: Shown[]) => [{ questionId: qs[0]?.id, choice: "A" }],
      "answers.0.choice",
    ],
    [
      "two answers to one question",
      (qs: Shown[]) => [
        { questionId: qs[0]?.id, choice: 0 },
        { questionId: qs[0]?.id, choice: 1 },
      ],
      "answers.1.questionId",
    ],
    [
      "an extra field",
      (qs: Shown[]) => [{ questionId: qs[0]?.id, choice: 0, correct: true }],
      "answers.0.correct",
    ],
  ])("refuses %s with 400 and records nothing", async (_label, answersOf, field) => {
    const aspirant = await asAspirant(h, "asha");
    const attempt = await start(aspirant);
    const reply = await aspirant.post(`/api/attempts/${attempt.attempt.id}/submit`, {
      answers: answersOf(attempt.questions),
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe(field);
    expect((await aspirant.get(`/api/attempts/${attempt.attempt.id}`)).body.attempt.status).toBe(
      "open",
    );
  });

  it("keeps other aspirants out: their reads and submits find nothing", async () => {
    const asha = await asAspirant(h, "asha");
    const ravi = await asAspirant(h, "ravi");
    const attempt = await start(asha);
    expect((await ravi.get(`/api/attempts/${attempt.attempt.id}`)).status).toBe(404);
    expect(
      (await ravi.post(`/api/attempts/${attempt.attempt.id}/submit`, { answers: [] })).status,
    ).toBe(404);
    expect((await asha.get(`/api/attempts/${attempt.attempt.id}`)).body.attempt.status).toBe(
      "open",
    );
  });
});

describe("mistakes and history", () => {
  it("lists wrong answers newest first, practises them, and clears the ones answered right", async () => {
    const aspirant = await asAspirant(h, "asha");
    const first = await start(aspirant, { articleId, count: 3 });
    await aspirant.post(`/api/attempts/${first.attempt.id}/submit`, {
      answers: first.questions.map((q) => ({ questionId: q.id, choice: wrongChoice(q) })),
    });
    h.advance(60);
    const mistakes = await aspirant.get("/api/me/mistakes");
    expect(mistakes.status).toBe(200);
    expect(mistakes.body.mistakes).toHaveLength(3);
    for (const m of mistakes.body.mistakes) {
      expect(m).toMatchObject({
        cleared: false,
        explanation: expect.any(String),
        attemptId: first.attempt.id,
      });
      expect(m.options[m.correctChoice]).toBe(key.get(m.questionId));
    }

    const practice = await start(aspirant, { mode: "mistakes" });
    expect(practice.questions.map((q) => q.id).sort()).toEqual(
      first.questions.map((q) => q.id).sort(),
    );
    const [fixed, ...rest] = practice.questions;
    if (!fixed) throw new Error("practice has questions");
    await aspirant.post(`/api/attempts/${practice.attempt.id}/submit`, {
      answers: [
        { questionId: fixed.id, choice: rightChoice(fixed) },
        ...rest.map((q) => ({ questionId: q.id, choice: null })),
      ],
    });
    const after = await aspirant.get("/api/me/mistakes");
    expect(after.body.mistakes.map((m: { questionId: number }) => m.questionId)).not.toContain(
      fixed.id,
    );
    expect(after.body.mistakes).toHaveLength(2);
    const all = await aspirant.get("/api/me/mistakes?all=1");
    expect(
      all.body.mistakes.find((m: { questionId: number }) => m.questionId === fixed.id)?.cleared,
    ).toBe(true);
  });

  it("shows history with scores and accuracy per category and type", async () => {
    const aspirant = await asAspirant(h, "asha");
    const attempt = await start(aspirant, { articleId, count: 4 });
    await aspirant.post(`/api/attempts/${attempt.attempt.id}/submit`, {
      answers: attempt.questions.map((q, i) => ({
        questionId: q.id,
        choice: i < 3 ? rightChoice(q) : wrongChoice(q),
      })),
    });
    await start(aspirant, { articleId, count: 2 });
    const history = await aspirant.get("/api/me/history");
    expect(history.status).toBe(200);
    expect(history.body.attempts).toHaveLength(2);
    expect(history.body.attempts.map((a: { status: string }) => a.status).sort()).toEqual([
      "open",
      "submitted",
    ]);
    expect(history.body.byCategory).toEqual([
      { key: category, answered: 4, correct: 3, wrong: 1, skipped: 0, accuracy: 0.75 },
    ]);
    const totals = history.body.byType.reduce(
      (n: number, t: { answered: number }) => n + t.answered,
      0,
    );
    expect(totals).toBe(4);
  });

  it("keeps a guest's mistakes and history after the guest registers", async () => {
    const guest = h.client();
    await guest.post("/api/auth/guest");
    const attempt = await start(guest, { articleId, count: 2 });
    await guest.post(`/api/attempts/${attempt.attempt.id}/submit`, {
      answers: attempt.questions.map((q) => ({ questionId: q.id, choice: wrongChoice(q) })),
    });
    await guest.post("/api/auth/register", { username: "meera", password: "meera-secret" });
    expect((await guest.get("/api/me/mistakes")).body.mistakes).toHaveLength(2);
    expect((await guest.get("/api/me/history")).body.attempts).toHaveLength(1);
  });
});
