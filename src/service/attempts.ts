// Taking a quiz: start (snapshot + shuffled options + server-held deadline), read, submit once.
import {
  deadlineFor,
  formatFraction,
  isOnTime,
  judgedAt,
  SCHEMES,
  shuffleOptions,
  tally,
  times,
} from "../quiz";
import {
  type AttemptRow,
  type AttemptWithItems,
  finaliseAttempt,
  findAttempt,
  insertAttempt,
} from "../storage";
import { noQuestions, sourcesFor } from "./attempt-sources";
import { schemeOf, toAttemptResult, toAttemptView } from "./attempt-view";
import type { ServiceDeps } from "./deps";
import { parseJsonArray } from "./mappers";
import { fail, notFound, ok, type Result } from "./result";
import { requireUser } from "./rights";
import { startAttemptSchema, submitSchema } from "./schemas";
import { newToken } from "./tokens";
import { validate } from "./validate";
import type { AttemptResult, AttemptView, SessionUser } from "./views";

export const startAttempt = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  input: unknown,
): Promise<Result<AttemptView>> => {
  const user = requireUser(actor);
  if (!user.ok) return user;
  const valid = validate(startAttemptSchema, input);
  if (!valid.ok) return valid;
  const count = Math.min(
    valid.value.count ?? deps.config.defaultQuestionCount,
    deps.config.maxQuestionCount,
  );
  const picked = await sourcesFor(deps, user.value, valid.value, count);
  if (!picked.ok) return picked;
  const { mode, sources } = picked.value;
  if (sources.length === 0) return noQuestions(mode);
  const scheme = valid.value.scheme ?? "cds";
  const startedAt = deps.clock();
  const id = newToken(16);
  const items = sources.map((source, position) => {
    const shuffled = shuffleOptions(
      parseJsonArray(source.optionsJson),
      source.answerIndex,
      deps.randomInt,
    );
    return {
      attemptId: id,
      position,
      questionId: source.id,
      articleId: source.articleId,
      type: source.type,
      category: source.category,
      stem: source.stem,
      optionsJson: JSON.stringify(shuffled.options),
      correctIndex: shuffled.correctIndex,
      permutationJson: JSON.stringify(shuffled.permutation),
      explanation: source.explanation,
      asOf: source.asOf,
      choice: null,
      articleTitle: source.articleTitle,
    } satisfies AttemptWithItems["items"][number];
  });
  // The row as stored, columns the insert leaves out at their defaults: no need to read it back.
  const attempt: AttemptRow = {
    id,
    userId: user.value.id,
    scheme,
    mode,
    articleId: valid.value.articleId ?? null,
    category: valid.value.category ?? null,
    startedAt,
    deadline: deadlineFor(startedAt, items.length, deps.config),
    submittedAt: null,
    late: false,
    score: null,
    maxScore: formatFraction(times(SCHEMES[scheme].correct, items.length)),
    correct: null,
    wrong: null,
    skipped: null,
  };
  await insertAttempt(
    deps.store,
    attempt,
    items.map(({ attemptId: _, articleTitle: __, ...item }) => item),
  );
  return ok(toAttemptView({ attempt, items }, startedAt));
};

/** Only its taker sees an attempt; to anyone else it does not exist. */
const ownAttempt = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  attemptId: string,
): Promise<Result<AttemptWithItems>> => {
  const user = requireUser(actor);
  if (!user.ok) return user;
  const stored = attemptId.length <= 64 ? await findAttempt(deps.store, attemptId) : null;
  if (stored === null || stored.attempt.userId !== user.value.id) return notFound("Attempt");
  return ok(stored);
};

/**
 * Records the result (counting nothing when late) and returns the attempt as now stored, or null
 * if another submission won the race (the caller reads the winner's result back).
 */
const finalise = async (
  deps: ServiceDeps,
  stored: AttemptWithItems,
  choices: Map<number, number | null>,
  at: Date,
): Promise<AttemptWithItems | null> => {
  const late = !isOnTime(stored.attempt.deadline, at, deps.config);
  const marked = stored.items.map((item) => ({
    questionId: item.questionId,
    choice: late ? null : (choices.get(item.questionId) ?? null),
    correctIndex: item.correctIndex,
  }));
  const counted = tally(SCHEMES[schemeOf(stored.attempt.scheme)], marked);
  const outcome = {
    submittedAt: at,
    late,
    score: formatFraction(counted.score),
    correct: counted.correct,
    wrong: counted.wrong,
    skipped: counted.skipped,
  };
  const won = await finaliseAttempt(deps.store, stored.attempt.id, stored.attempt.userId, {
    ...outcome,
    choices: marked.map((m) => m.choice),
    wrongQuestionIds: marked
      .filter((m) => m.choice !== null && m.choice !== m.correctIndex)
      .map((m) => m.questionId),
    correctQuestionIds: marked.filter((m) => m.choice === m.correctIndex).map((m) => m.questionId),
  });
  if (!won) return null;
  // Exactly what the transaction wrote: an unchosen item keeps the null it had while open.
  return {
    attempt: { ...stored.attempt, ...outcome },
    items: stored.items.map((item, position) => {
      const choice = marked[position]?.choice ?? null;
      return choice === null ? item : { ...item, choice };
    }),
  };
};

const reread = async (deps: ServiceDeps, attemptId: string): Promise<AttemptWithItems> => {
  const stored = await findAttempt(deps.store, attemptId);
  if (stored === null) throw new Error(`attempt ${attemptId} vanished`);
  return stored;
};

/** The attempt; once past deadline + grace an unsubmitted attempt is closed with nothing counted. */
export const getAttempt = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  attemptId: string,
): Promise<Result<AttemptView>> => {
  const own = await ownAttempt(deps, actor, attemptId);
  if (!own.ok) return own;
  const now = deps.clock();
  let stored = own.value;
  if (stored.attempt.submittedAt === null && !isOnTime(stored.attempt.deadline, now, deps.config)) {
    stored = (await finalise(deps, stored, new Map(), now)) ?? (await reread(deps, attemptId));
  }
  return ok(toAttemptView(stored, now));
};

/**
 * Scores on the server, once: a second submission returns the first result unchanged. The
 * deadline is judged at `receivedAt` (when the request reached the server), not when a busy
 * server got round to it; see judgedAt for the cap.
 */
export const submitAttempt = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  attemptId: string,
  input: unknown,
  receivedAt?: Date,
): Promise<Result<AttemptResult>> => {
  const own = await ownAttempt(deps, actor, attemptId);
  if (!own.ok) return own;
  const valid = validate(submitSchema, input);
  if (!valid.ok) return valid;
  let stored = own.value;
  if (stored.attempt.submittedAt === null) {
    const inAttempt = new Set(stored.items.map((item) => item.questionId));
    const stranger = valid.value.answers.findIndex((a) => !inAttempt.has(a.questionId));
    if (stranger >= 0) {
      return fail(
        400,
        "invalid-input",
        "This question is not part of the attempt.",
        `answers.${stranger}.questionId`,
      );
    }
    const choices = new Map(valid.value.answers.map((a) => [a.questionId, a.choice]));
    const now = deps.clock();
    const at = judgedAt(receivedAt ?? now, now, deps.config.maxQueueSeconds);
    stored = (await finalise(deps, stored, choices, at)) ?? (await reread(deps, attemptId));
  }
  const result = toAttemptResult(stored);
  if (result === null) throw new Error(`attempt ${attemptId} not finalised`);
  return ok(result);
};
