import { and, desc, eq, isNull } from "drizzle-orm";
import type { AttemptQuestionRow } from "./attempts";
import type { Store } from "./db";
import { articles, attemptQuestions, mistakes } from "./schema";

export type MistakeRow = typeof mistakes.$inferSelect;

export interface MistakeWithSnapshot {
  mistake: MistakeRow;
  /** What was shown in the attempt where it was (last) answered wrongly. */
  shown: AttemptQuestionRow;
  articleTitle: string;
}

/** A user's mistakes, newest first; uncleared only unless asked. */
export const listMistakes = async (
  store: Store,
  userId: number,
  options: { includeCleared?: boolean } = {},
): Promise<MistakeWithSnapshot[]> =>
  store.db
    .select({ mistake: mistakes, shown: attemptQuestions, articleTitle: articles.title })
    .from(mistakes)
    .innerJoin(
      attemptQuestions,
      and(
        eq(attemptQuestions.attemptId, mistakes.attemptId),
        eq(attemptQuestions.questionId, mistakes.questionId),
      ),
    )
    .innerJoin(articles, eq(articles.id, attemptQuestions.articleId))
    .where(
      and(
        eq(mistakes.userId, userId),
        options.includeCleared ? undefined : isNull(mistakes.clearedAt),
      ),
    )
    .orderBy(desc(mistakes.wrongAt), desc(mistakes.questionId))
    .all();
