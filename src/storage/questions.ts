import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { QuestionRow } from "./articles";
import type { Store } from "./db";
import { articles, type QuestionStatus, questions } from "./schema";

export const findQuestion = async (store: Store, id: number): Promise<QuestionRow | null> =>
  store.db.select().from(questions).where(eq(questions.id, id)).get() ?? null;

export const listArticleQuestions = async (
  store: Store,
  articleId: number,
  statuses: readonly QuestionStatus[],
): Promise<QuestionRow[]> =>
  store.db
    .select()
    .from(questions)
    .where(and(eq(questions.articleId, articleId), inArray(questions.status, [...statuses])))
    .orderBy(asc(questions.id))
    .all();

export const updateQuestion = async (
  store: Store,
  id: number,
  change: Partial<Pick<QuestionRow, "stem" | "optionsJson" | "answerIndex" | "status" | "edited">>,
): Promise<QuestionRow | null> =>
  store.db.update(questions).set(change).where(eq(questions.id, id)).returning().get() ?? null;

export interface QuizSource extends QuestionRow {
  category: string;
  articleTitle: string;
}

const withArticle = {
  question: questions,
  category: articles.category,
  articleTitle: articles.title,
};

const flatten = (rows: { question: QuestionRow; category: string; articleTitle: string }[]) =>
  rows.map((row) => ({ ...row.question, category: row.category, articleTitle: row.articleTitle }));

/** Live questions of unarchived articles, newest article first; optionally one article/category. */
export const liveQuestions = async (
  store: Store,
  filter: { articleId?: number; category?: string; limit: number },
): Promise<QuizSource[]> => {
  const conditions = [
    eq(questions.status, "live"),
    eq(articles.archived, false),
    filter.articleId === undefined ? undefined : eq(articles.id, filter.articleId),
    filter.category === undefined ? undefined : eq(articles.category, filter.category),
  ].filter((c) => c !== undefined);
  return flatten(
    store.db
      .select(withArticle)
      .from(questions)
      .innerJoin(articles, eq(articles.id, questions.articleId))
      .where(and(...conditions))
      .orderBy(desc(articles.publishedAt), desc(articles.addedAt), asc(questions.id))
      .limit(filter.limit)
      .all(),
  );
};

/** Questions by id with their article's category and title, in any status. */
export const questionsByIds = async (
  store: Store,
  ids: readonly number[],
): Promise<QuizSource[]> =>
  ids.length === 0
    ? []
    : flatten(
        store.db
          .select(withArticle)
          .from(questions)
          .innerJoin(articles, eq(articles.id, questions.articleId))
          .where(inArray(questions.id, [...ids]))
          .all(),
      );
