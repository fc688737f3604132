// Scores exist only on the server: strangers, out-of-range choices, duplicates and client-sent
// scores are refused with the field at fault; late submissions are recorded with nothing counted,
// and the reply says so. The clock is the injected one, moved by the test.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LATE_MESSAGE } from "../../src/service";
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

let app: SecurityApp;
let article: AddedArticle;
let other: AddedArticle;
let taker: Client;
let attempt: StartedAttempt;

const key = (attemptId: string) =>
  app.store.sqlite
    .prepare(
      "select question_id as questionId, correct_index as correctIndex from attempt_questions where attempt_id = ? order by position",
    )
    .all(attemptId) as { questionId: number; correctIndex: number }[];

const allCorrect = () =>
  key(attempt.attempt.id).map((k) => ({ questionId: k.questionId, choice: k.correctIndex }));

const submit = (body: unknown) => taker.post(`/api/attempts/${attempt.attempt.id}/submit`, body);
const statusOf = async () =>
  (await taker.get(`/api/attempts/${attempt.attempt.id}`)).body.attempt.status;

beforeEach(async () => {
  app = await createSecurityApp({ secondsPerQuestion: 60, graceSeconds: 10 });
  const admin = await asAdmin(app);
  article = await addArticle(admin, demoBody(2));
  other = await addArticle(admin, demoBody(1));
  taker = await asGuest(app);
  attempt = await startAttempt(taker, { articleId: article.article.id, count: 4 });
});
afterEach(() => app.close());

describe("refused submissions name the field and record nothing", () => {
  const first = () => attempt.questions[0]?.id ?? 0;
  it.each([
    [
      "a question from another article",
      "answers.0.questionId",
      () => ({ answers: [{ questionId: other.questions[0]?.id, choice: 0 }] }),
    ],
    [
      "a question id that does not exist",
      "answers.0.questionId",
      () => ({ answers: [{ questionId: 987654, choice: 0 }] }),
    ],
    ["choice 4", "answers.0.choice", () => ({ answers: [{ questionId: first(), choice: 4 }] })],
    ["choice -1", "answers.0.choice", () => ({ answers: [{ questionId: first(), choice: -1 }] })],
    ["choice 1.5", "answers.0.choice", () => ({ answers: [{ questionId: first(), choice: 1.5 }] })],
    [
      "choice as text",
      "answers.0.choice",
      () => ({ answers: [{ questionId: first(), choice: "1" }] }),
    ],
    [
      "the same question answered twice",
      "answers.1.questionId",
      () => ({
        answers: [
          { questionId: first(), choice: 0 },
          { questionId: first(), choice: 1 },
        ],
      }),
    ],
    ["a score sent by the client", "score", () => ({ answers: [], score: 100 })],
    [
      "an isCorrect flag sent by the client",
      "answers.0.isCorrect",
      () => ({ answers: [{ questionId: first(), choice: 0, isCorrect: true }] }),
    ],
  ])("%s → 400 naming %s", async (_name, field, body) => {
    const reply = await submit(body());
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe(field);
    expect(reply.body.error.message.length).toBeGreaterThan(5);
    expect(await statusOf()).toBe("open");
    // A correct submission afterwards is counted in full.
    const ok = await submit({ answers: allCorrect() });
    expect(ok.status).toBe(200);
    expect(ok.body.correct).toBe(attempt.questions.length);
  });
});

describe("the deadline is the server's", () => {
  const limit = () => attempt.questions.length * 60;

  it.each([
    ["just before the deadline", -1, false],
    ["within the grace period", 9, false],
    ["at deadline + grace", 10, false],
    ["one second after deadline + grace", 11, true],
    ["an hour late", 3600, true],
  ])("%s (%i s after the deadline): late=%s", async (_name, afterDeadline, late) => {
    app.advance(limit() + afterDeadline);
    const reply = await submit({ answers: allCorrect() });
    expect(reply.status).toBe(200);
    expect(reply.body.late).toBe(late);
    if (late) {
      expect(reply.body.message).toBe(LATE_MESSAGE);
      expect(reply.body.correct).toBe(0);
      expect(reply.body.skipped).toBe(attempt.questions.length);
      expect(reply.body.score).toBe(0);
    } else {
      expect(reply.body.message).toBeNull();
      expect(reply.body.correct).toBe(attempt.questions.length);
    }
  });

  it("a late reading closes the attempt with nothing counted; a later submit cannot reopen it", async () => {
    app.advance(limit() + 11);
    const view = await taker.get(`/api/attempts/${attempt.attempt.id}`);
    expect(view.body.attempt.status).toBe("expired");
    const reply = await submit({ answers: allCorrect() });
    expect(reply.status).toBe(200);
    expect(reply.body.correct).toBe(0);
    expect(reply.body.late).toBe(true);
  });

  it("a second submission returns the first result and changes nothing", async () => {
    const answers = allCorrect();
    const firstAnswer = answers[0];
    if (firstAnswer) firstAnswer.choice = (firstAnswer.choice + 1) % 4;
    const first = await submit({ answers });
    const second = await submit({ answers: allCorrect() });
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(first.body.wrong).toBe(1);
    const mistakes = app.store.sqlite.prepare("select times_wrong from mistakes").all();
    expect(mistakes).toEqual([{ times_wrong: 1 }]);
  });

  it("two submissions at the same moment record one result", async () => {
    const wrongAll = allCorrect().map((a) => ({ ...a, choice: (a.choice + 1) % 4 }));
    const replies = await Promise.all([
      submit({ answers: wrongAll }),
      submit({ answers: allCorrect() }),
      submit({ answers: wrongAll }),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(replies[1]?.body).toEqual(replies[0]?.body);
    expect(replies[2]?.body).toEqual(replies[0]?.body);
    const mistakes = app.store.sqlite.prepare("select times_wrong as n from mistakes").all();
    const wrong = replies[0]?.body.wrong as number;
    expect(mistakes).toEqual(Array.from({ length: wrong }, () => ({ n: 1 })));
  });

  it("the score is the scheme's, computed from the stored key (CDS: +1, -1/3)", async () => {
    const answers = allCorrect().map((a, i) =>
      i === 0 ? { ...a, choice: (a.choice + 1) % 4 } : i === 1 ? { ...a, choice: null } : a,
    );
    const reply = await submit({ answers });
    const n = attempt.questions.length;
    expect(reply.body).toMatchObject({ correct: n - 2, wrong: 1, skipped: 1 });
    expect(reply.body.scoreExact).toBe(`${3 * (n - 2) - 1}/3`);
  });
});
