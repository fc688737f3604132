import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { type Db, inTransaction, type Store } from "./db";
import { articles, questions } from "./schema";
import { perStore } from "./statements";

export type ArticleRow = typeof articles.$inferSelect;
export type NewArticle = Omit<typeof articles.$inferInsert, "id">;
export type QuestionRow = typeof questions.$inferSelect;
export type NewQuestion = Omit<typeof questions.$inferInsert, "id" | "articleId" | "status">;

export interface ArticleWithCounts extends ArticleRow {
  liveCount: number;
  rejectedCount: number;
}

const insertQuestions = (tx: Db, articleId: number, rows: readonly NewQuestion[]): void => {
  if (rows.length === 0) return;
  tx.insert(questions)
    .values(rows.map((row) => ({ ...row, articleId, status: "live" as const })))
    .run();
};

/** Stores an article and its generated questions in one transaction. */
export const insertArticle = async (
  store: Store,
  article: NewArticle,
  rows: readonly NewQuestion[],
): Promise<ArticleRow> =>
  inTransaction(store, (tx) => {
    const saved = tx.insert(articles).values(article).returning().get();
    insertQuestions(tx, saved.id, rows);
    return saved;
  });

/**
 * Retires the article's live questions (kept for past attempts) and stores new ones, with the
 * new generation note, in one transaction. Rejected questions stay rejected.
 */
export const replaceQuestions = async (
  store: Store,
  articleId: number,
  rows: readonly NewQuestion[],
  note: { generationNote: string | null; rejectedCandidates: number },
): Promise<void> => {
  inTransaction(store, (tx) => {
    tx.update(questions)
      .set({ status: "retired" })
      .where(and(eq(questions.articleId, articleId), eq(questions.status, "live")))
      .run();
    tx.update(articles).set(note).where(eq(articles.id, articleId)).run();
    insertQuestions(tx, articleId, rows);
  });
};

const articleById = perStore((store) =>
  store.db
    .select()
    .from(articles)
    .where(eq(articles.id, sql.placeholder("id")))
    .prepare(),
);

export const findArticle = async (store: Store, id: number): Promise<ArticleRow | null> =>
  articleById(store).get({ id }) ?? null;

// Qualified by hand: inside a sub-select Drizzle would print the bare column names.
const countWithStatus = (status: "live" | "rejected") =>
  sql<number>`(select count(*) from "questions" q where q."article_id" = "articles"."id" and q."status" = ${status})`;
const liveCount = countWithStatus("live");
const rejectedCount = countWithStatus("rejected");

/** Articles newest first (by published date, then added time), with question counts. */
export const listArticles = async (
  store: Store,
  filter: { includeArchived?: boolean; category?: string; ids?: number[] } = {},
): Promise<ArticleWithCounts[]> => {
  const conditions = [
    filter.includeArchived ? undefined : eq(articles.archived, false),
    filter.category === undefined ? undefined : eq(articles.category, filter.category),
    filter.ids === undefined ? undefined : inArray(articles.id, filter.ids),
  ].filter((c) => c !== undefined);
  return store.db
    .select({
      article: articles,
      liveCount,
      rejectedCount,
    })
    .from(articles)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(
      desc(sql`coalesce(${articles.publishedAt}, '')`),
      desc(articles.addedAt),
      desc(articles.id),
    )
    .all()
    .map((row) => ({ ...row.article, liveCount: row.liveCount, rejectedCount: row.rejectedCount }));
};

export const setArchived = async (
  store: Store,
  id: number,
  archived: boolean,
): Promise<ArticleRow | null> =>
  store.db.update(articles).set({ archived }).where(eq(articles.id, id)).returning().get() ?? null;

export const countArticles = async (store: Store): Promise<number> =>
  store.db.select({ n: sql<number>`count(*)` }).from(articles).get()?.n ?? 0;
