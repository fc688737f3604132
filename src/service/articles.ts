// Admin use cases on articles, and the public article views.
import {
  findArticle,
  insertArticle,
  listArticleQuestions,
  listArticles as listArticleRows,
  replaceQuestions,
  setArchived,
} from "../storage";
import type { ServiceDeps } from "./deps";
import { generateFor } from "./generation";
import { summaryOf, toAdminQuestion, toPublicArticle } from "./mappers";
import { fail, notFound, ok, type Result } from "./result";
import { requireAdmin, SYSTEM_ACTOR } from "./rights";
import { addArticleSchema, articleFilterSchema } from "./schemas";
import { validate } from "./validate";
import type {
  AdminArticle,
  AdminArticleSummary,
  ArticleSummary,
  PublicArticle,
  SessionUser,
} from "./views";

const adminArticle = async (deps: ServiceDeps, id: number): Promise<Result<AdminArticle>> => {
  const row = await findArticle(deps.store, id);
  if (row === null) return notFound("Article");
  const questions = await listArticleQuestions(deps.store, id, ["live", "rejected"]);
  const live = questions.filter((q) => q.status === "live").length;
  return ok({
    article: {
      ...toPublicArticle(row, live),
      rawTitle: row.rawTitle,
      rawBody: row.rawBody,
      rejectedCandidates: row.rejectedCandidates,
    },
    questions: questions.map(toAdminQuestion),
  });
};

/** Stores the article and the questions generated from it, together; answers with both. */
export const addArticle = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  input: unknown,
): Promise<Result<AdminArticle>> => {
  const admin = requireAdmin(actor);
  if (!admin.ok) return admin;
  const valid = validate(addArticleSchema, input);
  if (!valid.ok) return valid;
  const { title, body, publishedAt, sourceUrl, category } = valid.value;
  if (category !== undefined && !deps.generator.categories.includes(category)) {
    return fail(
      400,
      "invalid-input",
      `Choose one of: ${deps.generator.categories.join(", ")}.`,
      "category",
    );
  }
  const generated = generateFor(deps, { title, body, publishedAt, sourceUrl });
  const saved = await insertArticle(
    deps.store,
    {
      title: generated.title,
      rawTitle: title,
      rawBody: body,
      cleanBody: generated.paragraphs.join("\n\n"),
      publishedAt: publishedAt ?? null,
      sourceUrl: sourceUrl ?? null,
      category: category ?? deps.generator.suggestCategory({ title, body, publishedAt, sourceUrl }),
      addedAt: deps.clock(),
      addedBy: admin.value.id === SYSTEM_ACTOR.id ? null : admin.value.id,
      archived: false,
      generationNote: generated.note,
      rejectedCandidates: generated.rejectedCandidates,
    },
    generated.rows,
  );
  return adminArticle(deps, saved.id);
};

/** Replaces the live questions with freshly generated ones; old ones stay for past attempts. */
export const regenerateArticle = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  articleId: number,
): Promise<Result<AdminArticle>> => {
  const admin = requireAdmin(actor);
  if (!admin.ok) return admin;
  const row = await findArticle(deps.store, articleId);
  if (row === null) return notFound("Article");
  const generated = generateFor(deps, {
    title: row.rawTitle,
    body: row.rawBody,
    publishedAt: row.publishedAt ?? undefined,
    sourceUrl: row.sourceUrl ?? undefined,
  });
  await replaceQuestions(deps.store, articleId, generated.rows, {
    generationNote: generated.note,
    rejectedCandidates: generated.rejectedCandidates,
  });
  return adminArticle(deps, articleId);
};

/** Hides the article from lists and new quizzes; past attempts keep showing it. */
export const archiveArticle = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  articleId: number,
): Promise<Result<ArticleSummary>> => {
  const admin = requireAdmin(actor);
  if (!admin.ok) return admin;
  const row = await setArchived(deps.store, articleId, true);
  if (row === null) return notFound("Article");
  const [summary] = await listArticleRows(deps.store, { includeArchived: true, ids: [articleId] });
  return summary === undefined ? notFound("Article") : ok(summaryOf(summary));
};

export const getAdminArticle = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  articleId: number,
): Promise<Result<AdminArticle>> => {
  const admin = requireAdmin(actor);
  return admin.ok ? adminArticle(deps, articleId) : admin;
};

export const listAdminArticles = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
): Promise<Result<AdminArticleSummary[]>> => {
  const admin = requireAdmin(actor);
  if (!admin.ok) return admin;
  const rows = await listArticleRows(deps.store, { includeArchived: true });
  return ok(rows.map((row) => ({ ...summaryOf(row), rejectedCount: row.rejectedCount })));
};

/** The month an article belongs to: its published date, else when it was added. */
export const monthOf = (article: ArticleSummary): string =>
  article.publishedAt?.slice(0, 7) ?? article.addedAt.slice(0, 7);

/** Public list of unarchived articles, newest first; optional `{category, month}` filter. */
export const listArticles = async (
  deps: ServiceDeps,
  filter: unknown = {},
): Promise<Result<ArticleSummary[]>> => {
  const valid = validate(articleFilterSchema, filter);
  if (!valid.ok) return valid;
  const rows = await listArticleRows(deps.store, { category: valid.value.category });
  const month = valid.value.month;
  const summaries = rows.map(summaryOf);
  return ok(month === undefined ? summaries : summaries.filter((a) => monthOf(a) === month));
};

/** Public article: text and question count, never answers. Archived articles stay readable. */
export const getArticle = async (
  deps: ServiceDeps,
  articleId: number,
): Promise<Result<PublicArticle>> => {
  const [row] = await listArticleRows(deps.store, { includeArchived: true, ids: [articleId] });
  return row === undefined ? notFound("Article") : ok(toPublicArticle(row, row.liveCount));
};
