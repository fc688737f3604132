import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { inTransaction, type Store } from "./db";
import { articles, attemptQuestions, attempts, mistakes } from "./schema";
import { perStore } from "./statements";

export type AttemptRow = typeof attempts.$inferSelect;
export type NewAttempt = typeof attempts.$inferInsert;
export type AttemptQuestionRow = typeof attemptQuestions.$inferSelect;
export type NewAttemptQuestion = Omit<typeof attemptQuestions.$inferInsert, "attemptId">;

export interface AttemptWithItems {
  attempt: AttemptRow;
  items: (AttemptQuestionRow & { articleTitle: string })[];
}

const p = sql.placeholder;

const inserts = perStore((store) => ({
  attempt: store.db
    .insert(attempts)
    .values({
      id: p("id"),
      userId: p("userId"),
      scheme: p("scheme"),
      mode: p("mode"),
      articleId: p("articleId"),
      category: p("category"),
      startedAt: p("startedAt"),
      deadline: p("deadline"),
      // Raw (see `param`): the encoder of a timestamp column cannot take null.
      submittedAt: sql`${p("submittedAtMs")}`,
      late: p("late"),
      score: p("score"),
      maxScore: p("maxScore"),
      correct: p("correct"),
      wrong: p("wrong"),
      skipped: p("skipped"),
    })
    .prepare(),
  item: store.db
    .insert(attemptQuestions)
    .values({
      attemptId: p("attemptId"),
      position: p("position"),
      questionId: p("questionId"),
      articleId: p("articleId"),
      type: p("type"),
      category: p("category"),
      stem: p("stem"),
      optionsJson: p("optionsJson"),
      correctIndex: p("correctIndex"),
      permutationJson: p("permutationJson"),
      explanation: p("explanation"),
      asOf: p("asOf"),
      choice: p("choice"),
    })
    .prepare(),
}));

/** The columns an insert may leave out, with the values the schema would give them. */
const ATTEMPT_DEFAULTS = {
  articleId: null,
  category: null,
  submittedAt: null as Date | null,
  late: false,
  score: null,
  correct: null,
  wrong: null,
  skipped: null,
};

/** Stores the attempt and the snapshot of every question it shows, in one transaction. */
export const insertAttempt = async (
  store: Store,
  attempt: NewAttempt,
  items: readonly NewAttemptQuestion[],
): Promise<void> => {
  const statements = inserts(store);
  inTransaction(store, () => {
    const row = { ...ATTEMPT_DEFAULTS, ...attempt };
    statements.attempt.run({ ...row, submittedAtMs: row.submittedAt?.getTime() ?? null });
    for (const item of items) {
      statements.item.run({ asOf: null, choice: null, ...item, attemptId: attempt.id });
    }
  });
};

const reads = perStore((store) => ({
  attempt: store.db
    .select()
    .from(attempts)
    .where(eq(attempts.id, sql.placeholder("id")))
    .prepare(),
  items: store.db
    .select({ item: attemptQuestions, articleTitle: articles.title })
    .from(attemptQuestions)
    .innerJoin(articles, eq(articles.id, attemptQuestions.articleId))
    .where(eq(attemptQuestions.attemptId, sql.placeholder("attemptId")))
    .orderBy(asc(attemptQuestions.position))
    .prepare(),
}));

const itemsOf = (store: Store, attemptId: string) =>
  reads(store)
    .items.all({ attemptId })
    .map((row) => ({ ...row.item, articleTitle: row.articleTitle }));

export const findAttempt = async (store: Store, id: string): Promise<AttemptWithItems | null> => {
  const attempt = reads(store).attempt.get({ id });
  return attempt === undefined ? null : { attempt, items: itemsOf(store, id) };
};

export interface Finalisation {
  submittedAt: Date;
  late: boolean;
  score: string;
  correct: number;
  wrong: number;
  skipped: number;
  /** position -> counted choice (null = skipped or not counted) */
  choices: (number | null)[];
  /** Question ids answered wrongly / correctly, for the mistakes list. */
  wrongQuestionIds: number[];
  correctQuestionIds: number[];
}

/**
 * Records the result once. The state check (`submitted_at is null`) and every write sit in one
 * IMMEDIATE transaction, so two concurrent submissions record one result: the loser gets false.
 */
/**
 * A placeholder usable in `.set()`, whose types take SQL but not a bare placeholder. Its value is
 * bound as given (timestamps as epoch ms, booleans as 0/1), unlike placeholders in `.values()`.
 */
const param = (name: string) => sql`${sql.placeholder(name)}`;

const writes = perStore((store) => ({
  claim: store.db
    .update(attempts)
    .set({
      submittedAt: param("submittedAt"),
      late: param("late"),
      score: param("score"),
      correct: param("correct"),
      wrong: param("wrong"),
      skipped: param("skipped"),
    })
    .where(and(eq(attempts.id, sql.placeholder("attemptId")), isNull(attempts.submittedAt)))
    .prepare(),
  choose: store.db
    .update(attemptQuestions)
    .set({ choice: param("choice") })
    .where(
      and(
        eq(attemptQuestions.attemptId, sql.placeholder("attemptId")),
        eq(attemptQuestions.position, sql.placeholder("position")),
      ),
    )
    .prepare(),
  wrong: store.db
    .insert(mistakes)
    .values({
      userId: sql.placeholder("userId"),
      questionId: sql.placeholder("questionId"),
      attemptId: sql.placeholder("attemptId"),
      wrongAt: sql.placeholder("wrongAt"),
    })
    .onConflictDoUpdate({
      target: [mistakes.userId, mistakes.questionId],
      set: {
        attemptId: param("attemptId"),
        wrongAt: param("wrongAtMs"),
        timesWrong: sql`${mistakes.timesWrong} + 1`,
        clearedAt: null,
      },
    })
    .prepare(),
  clear: store.db
    .update(mistakes)
    .set({ clearedAt: param("clearedAt") })
    .where(
      and(
        eq(mistakes.userId, sql.placeholder("userId")),
        eq(mistakes.questionId, sql.placeholder("questionId")),
        isNull(mistakes.clearedAt),
      ),
    )
    .prepare(),
}));

/**
 * Records the result once. The state check (`submitted_at is null`) and every write sit in one
 * IMMEDIATE transaction, so two concurrent submissions record one result: the loser gets false.
 */
export const finaliseAttempt = async (
  store: Store,
  attemptId: string,
  userId: number,
  result: Finalisation,
): Promise<boolean> => {
  const statements = writes(store);
  const at = result.submittedAt.getTime();
  return inTransaction(store, () => {
    const claimed = statements.claim.run({
      attemptId,
      submittedAt: at,
      late: result.late ? 1 : 0,
      score: result.score,
      correct: result.correct,
      wrong: result.wrong,
      skipped: result.skipped,
    });
    if (claimed.changes !== 1) return false;
    result.choices.forEach((choice, position) => {
      if (choice !== null) statements.choose.run({ attemptId, position, choice });
    });
    for (const questionId of result.wrongQuestionIds) {
      statements.wrong.run({
        userId,
        questionId,
        attemptId,
        wrongAt: result.submittedAt,
        wrongAtMs: at,
      });
    }
    for (const questionId of result.correctQuestionIds) {
      statements.clear.run({ userId, questionId, clearedAt: at });
    }
    return true;
  });
};

/** A user's attempts, newest first, with their snapshots. */
export const listUserAttempts = async (
  store: Store,
  userId: number,
  limit = 200,
): Promise<AttemptWithItems[]> =>
  store.db
    .select()
    .from(attempts)
    .where(eq(attempts.userId, userId))
    .orderBy(desc(attempts.startedAt))
    .limit(limit)
    .all()
    .map((attempt) => ({ attempt, items: itemsOf(store, attempt.id) }));
