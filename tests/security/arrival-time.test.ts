// The deadline is judged when a submission reaches the server, not when a busy server gets to it.
// The injected clock is moved while a request is in flight: its body is a stream the test feeds
// only after advancing the clock, so arrival (first middleware) and processing differ.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { judgedAt } from "../../src/quiz/deadline";
import {
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

const GRACE = 10;
const MAX_QUEUE = 30;
let app: SecurityApp;
let taker: Client;
let attempt: StartedAttempt;

beforeEach(async () => {
  app = await createSecurityApp({
    secondsPerQuestion: 60,
    graceSeconds: GRACE,
    maxQueueSeconds: MAX_QUEUE,
  });
  const admin = await asAdmin(app);
  const added = await addArticle(admin, demoBody(2));
  taker = await asGuest(app);
  attempt = await startAttempt(taker, { articleId: added.article.id, count: 2 });
});
afterEach(() => app.close());

const allCorrect = () =>
  (
    app.store.sqlite
      .prepare(
        "select question_id as questionId, correct_index as choice from attempt_questions where attempt_id = ? order by position",
      )
      .all(attempt.attempt.id) as { questionId: number; choice: number }[]
  ).map((row) => ({ ...row }));

/** Seconds from now until the attempt's deadline. */
const untilDeadline = () =>
  (new Date(attempt.attempt.deadline).getTime() - app.now.getTime()) / 1000;

/**
 * Sends a submission that arrives `arriveAt` seconds after the deadline and whose body (so its
 * processing) only completes `processAt` seconds after it.
 */
const submitInFlight = async (
  mode: "api" | "page",
  arriveAt: number,
  processAt: number,
): Promise<Response> => {
  app.advance(untilDeadline() + arriveAt);
  const answers = allCorrect();
  const payload =
    mode === "api"
      ? JSON.stringify({ answers })
      : new URLSearchParams([
          ["_csrf", taker.csrf ?? ""],
          ...answers.map((a): [string, string] => [`answer-${a.questionId}`, String(a.choice)]),
        ]).toString();
  let feed: (chunk: string | null) => void = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      feed = (chunk) => {
        if (chunk === null) controller.close();
        else controller.enqueue(new TextEncoder().encode(chunk));
      };
    },
  });
  const path = `/api/attempts/${attempt.attempt.id}/submit`;
  const reply = app.app.request(
    mode === "api" ? path : path.replace("/api", ""),
    {
      method: "POST",
      body,
      duplex: "half",
      headers: {
        cookie: taker.cookie ?? "",
        "x-csrf-token": taker.csrf ?? "",
        "content-type": mode === "api" ? "application/json" : "application/x-www-form-urlencoded",
      },
    } as RequestInit,
    { incoming: { socket: { remoteAddress: taker.ip } } },
  );
  // Let the request pass its first middleware before the clock moves on.
  await new Promise((resolve) => setTimeout(resolve, 10));
  app.advance(processAt - arriveAt);
  feed(payload);
  feed(null);
  return reply;
};

const stored = () =>
  app.store.sqlite
    .prepare("select late, correct, submitted_at as submittedAt from attempts where id = ?")
    .get(attempt.attempt.id) as { late: number; correct: number; submittedAt: unknown };

describe("a submission is judged at its arrival", () => {
  it.each([
    // [arrives (s after deadline), processed (s after deadline), late]
    ["arrives before the deadline, processed 20 s after deadline + grace", -1, GRACE + 20, false],
    ["arrives within the grace, processed after it", GRACE - 1, GRACE + 5, false],
    ["arrives at deadline + grace exactly, processed later", GRACE, GRACE + 25, false],
    ["arrives one second after deadline + grace", GRACE + 1, GRACE + 1, true],
    ["arrives after deadline + grace, however fast it is processed", GRACE + 60, GRACE + 60, true],
    // The cap: a request held open longer than MAX_QUEUE is judged MAX_QUEUE before processing.
    ["arrives on time but its body dribbles in far too late", -5, GRACE + MAX_QUEUE + 1, true],
    ["arrives on time, held open just within the cap", GRACE - MAX_QUEUE, GRACE, false],
  ])("API: %s (%i → %i): late=%s", async (_name, arriveAt, processAt, late) => {
    const reply = await submitInFlight("api", arriveAt, processAt);
    expect(reply.status).toBe(200);
    const body = (await reply.json()) as { late: boolean; correct: number };
    expect(body.late).toBe(late);
    expect(body.correct).toBe(late ? 0 : attempt.questions.length);
    expect(stored().late).toBe(late ? 1 : 0);
  });

  it.each([
    ["on time, processed after deadline + grace", -1, GRACE + 20, false],
    ["after deadline + grace", GRACE + 1, GRACE + 2, true],
  ])("page form: %s (%i → %i): late=%s", async (_name, arriveAt, processAt, late) => {
    const reply = await submitInFlight("page", arriveAt, processAt);
    expect(reply.status).toBe(303);
    expect(stored().late).toBe(late ? 1 : 0);
    expect(stored().correct).toBe(late ? 0 : attempt.questions.length);
  });
});

describe("judgedAt", () => {
  const base = new Date("2026-11-28T21:00:00Z");
  const plus = (s: number) => new Date(base.getTime() + s * 1000);
  it.each([
    ["processed at once", 0, 0, 0],
    ["queued 20 s (within the cap)", 0, 20, 0],
    ["queued exactly the cap", 0, 30, 0],
    ["held 45 s: judged 30 s before processing", 0, 45, 15],
    ["clock skew (processed before arrival) keeps arrival", 5, 0, 5],
  ])("%s", (_name, arrived, processed, judged) => {
    expect(judgedAt(plus(arrived), plus(processed), 30)).toEqual(plus(judged));
  });
});
