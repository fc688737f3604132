import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { inTransaction, type Store } from "./db";
import { articles, attemptQuestions, attempts, mistakes } from "./schema";

export type AttemptRow = typeof attempts.$inferSelect;
export type NewAttempt = typeof attempts.$inferInsert;
export type AttemptQuestionRow = typeof attemptQuestions.$inferSelect;
export type NewAttemptQuestion = Omit<typeof attemptQuestions.$inferInsert, "attemptId">;

export interface AttemptWithItems {
  attempt: AttemptRow;
  items: (AttemptQuestionRow & { articleTitle: string })[];
}

/** Stores the attempt and the snapshot of every question it shows, in one transaction. */
export const insertAttempt = async (
  store: Store,
  attempt: NewAttempt,
  items: readonly NewAttemptQuestion[],
): Promise<void> => {
  inTransaction(store, (tx) => {
    tx.insert(attempts).values(attempt).run();
    tx.insert(attemptQuestions)
      .values(items.map((item) => ({ ...item, attemptId: attempt.id })))
      .run();
  });
};

const itemsOf = (store: Store, attemptId: string) =>
  store.db
    .select({ item: attemptQuestions, articleTitle: articles.title })
    .from(attemptQuestions)
    .innerJoin(articles, eq(articles.id, attemptQuestions.articleId))
    .where(eq(attemptQuestions.attemptId, attemptId))
    .orderBy(asc(attemptQuestions.position))
    .all()
    .map((row) => ({ ...row.item, articleTitle: row.articleTitle }));

export const findAttempt = async (store: Store, id: string): Promise<AttemptWithItems | null> => {
  const attempt = store.db.select().from(attempts).where(eq(attempts.id, id)).get();
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
export const finaliseAttempt = async (
  store: Store,
  attemptId: string,
  userId: number,
  result: Finalisation,
): Promise<boolean> =>
  inTransaction(store, (tx) => {
    const claimed = tx
      .update(attempts)
      .set({
        submittedAt: result.submittedAt,
        late: result.late,
        score: result.score,
        correct: result.correct,
        wrong: result.wrong,
        skipped: result.skipped,
      })
      .where(and(eq(attempts.id, attemptId), isNull(attempts.submittedAt)))
      .run();
    if (claimed.changes !== 1) return false;
    result.choices.forEach((choice, position) => {
      if (choice === null) return;
      tx.update(attemptQuestions)
        .set({ choice })
        .where(
          and(eq(attemptQuestions.attemptId, attemptId), eq(attemptQuestions.position, position)),
        )
        .run();
    });
    for (const questionId of result.wrongQuestionIds) {
      tx.insert(mistakes)
        .values({ userId, questionId, attemptId, wrongAt: result.submittedAt })
        .onConflictDoUpdate({
          target: [mistakes.userId, mistakes.questionId],
          set: {
            attemptId,
            wrongAt: result.submittedAt,
            timesWrong: sql`${mistakes.timesWrong} + 1`,
            clearedAt: null,
          },
        })
        .run();
    }
    for (const questionId of result.correctQuestionIds) {
      tx.update(mistakes)
        .set({ clearedAt: result.submittedAt })
        .where(
          and(
            eq(mistakes.userId, userId),
            eq(mistakes.questionId, questionId),
            isNull(mistakes.clearedAt),
          ),
        )
        .run();
    }
    return true;
  });

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
