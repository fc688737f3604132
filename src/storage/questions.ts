import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { QuestionRow } from "./articles";
import type { Store } from "./db";
import { articles, type QuestionStatus, questions } from "./schema";
import { perStore } from "./statements";

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

const liveQuery = (store: Store, only?: SQL) =>
  store.db
    .select(withArticle)
    .from(questions)
    .innerJoin(articles, eq(articles.id, questions.articleId))
    .where(and(eq(questions.status, "live"), eq(articles.archived, false), only))
    .orderBy(desc(articles.publishedAt), desc(articles.addedAt), asc(questions.id));

/** One prepared statement per filter shape: all articles, one article, one category. */
const live = perStore((store) => {
  const prepared = (only?: SQL) => liveQuery(store, only).limit(sql.placeholder("limit")).prepare();
  return {
    all: prepared(),
    article: prepared(eq(articles.id, sql.placeholder("articleId"))),
    category: prepared(eq(articles.category, sql.placeholder("category"))),
  };
});

/** Live questions of unarchived articles, newest article first; optionally one article/category. */
export const liveQuestions = async (
  store: Store,
  filter: { articleId?: number; category?: string; limit: number },
): Promise<QuizSource[]> => {
  const { articleId, category, limit } = filter;
  if (articleId !== undefined && category !== undefined) {
    const both = and(eq(articles.id, articleId), eq(articles.category, category));
    return flatten(liveQuery(store, both).limit(limit).all());
  }
  const statements = live(store);
  if (articleId !== undefined) return flatten(statements.article.all({ articleId, limit }));
  if (category !== undefined) return flatten(statements.category.all({ category, limit }));
  return flatten(statements.all.all({ limit }));
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
