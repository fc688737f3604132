// Admin pages: the article list, adding an article, reviewing, editing and rejecting questions.
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import {
  addArticle,
  archiveArticle,
  editQuestion,
  getAdminArticle,
  listAdminArticles,
  parseId,
  regenerateArticle,
  rejectQuestion,
} from "../../service";
import type { SessionUser } from "../../service/views";
import type { AppDeps, AppEnv } from "../context";
import { AdminArticleFormPage } from "../views/admin-article-form-page";
import { AdminArticlesPage } from "../views/admin-articles-page";
import { AdminQuestionEditPage } from "../views/admin-question-edit-page";
import { AdminReviewPage } from "../views/admin-review-page";
import { formErrors } from "./auth-pages";
import { errorPage, type PageCtx, pageContext, readForm, redirectDone } from "./page-context";
import { toAdminQuestion, toAdminRow } from "./view-models";

const notFound = { code: "not-found", status: 404, message: "Not found." } as const;
const forbidden = {
  code: "forbidden",
  status: 403,
  message: "Only admins can see this page.",
} as const;

/** Admin-only: anonymous visitors go to log in (on GET), others get a 403 page. */
const guard = (c: PageCtx): SessionUser | Response | Promise<Response> => {
  const user = c.get("user");
  if (user === null) {
    return errorPage(c, { code: "unauthenticated", status: 401, message: "Log in as an admin." });
  }
  return user.isAdmin ? user : errorPage(c, forbidden);
};

/** Blank optional fields are left out, so the service applies its defaults (and suggestion). */
export const articleInput = (form: Record<string, string>): Record<string, unknown> => {
  const input: Record<string, unknown> = { title: form.title ?? "", body: form.body ?? "" };
  for (const name of ["publishedAt", "sourceUrl", "category"] as const) {
    const value = form[name]?.trim();
    if (value) input[name] = value;
  }
  return input;
};

export const questionInput = (form: Record<string, string>): Record<string, unknown> => ({
  stem: form.stem ?? "",
  options: [0, 1, 2, 3].map((i) => form[`option${i}`] ?? ""),
  answerIndex: /^[0-3]$/.test(form.answerIndex ?? "") ? Number(form.answerIndex) : -1,
});

/** "options.2" → "option2", "options" → "option0": the edit form's field names. */
const questionField = (field: string | undefined): string | undefined => {
  if (field === undefined) return undefined;
  const option = /^options(?:\.(\d))?/.exec(field);
  return option ? `option${option[1] ?? "0"}` : field.split(".")[0];
};

const ids = (c: PageCtx) => ({
  articleId: parseId(c.req.param("articleId")),
  questionId: parseId(c.req.param("questionId")),
});

export const adminPages = (deps: AppDeps) => {
  const categories = deps.generator.categories;
  return new Hono<AppEnv>()
    .get("/admin", async (c) => {
      const admin = guard(c);
      if (admin instanceof Response || admin instanceof Promise) return admin;
      const result = await listAdminArticles(deps, admin);
      if (!result.ok) return errorPage(c, result.error);
      return c.html(
        <AdminArticlesPage page={pageContext(c)} articles={result.value.map(toAdminRow)} />,
      );
    })
    .get("/admin/articles/new", (c) => {
      const admin = guard(c);
      if (admin instanceof Response || admin instanceof Promise) return admin;
      return c.html(<AdminArticleFormPage page={pageContext(c)} categories={categories} />);
    })
    .post("/admin/articles", async (c) => {
      const admin = guard(c);
      if (admin instanceof Response || admin instanceof Promise) return admin;
      const form = await readForm(c);
      const input = articleInput(form);
      const result = await addArticle(deps, admin, input);
      if (!result.ok) {
        const title = form.title ?? "";
        const body = form.body ?? "";
        const suggested =
          !form.category && body.trim() ? deps.generator.suggestCategory({ title, body }) : null;
        return c.html(
          <AdminArticleFormPage
            page={pageContext(c)}
            categories={categories}
            values={form}
            suggestedCategory={suggested}
            {...formErrors(result.error)}
          />,
          result.error.status as ContentfulStatusCode,
        );
      }
      return redirectDone(c, `/admin/articles/${result.value.article.id}`, "added");
    })
    .get("/admin/articles/:articleId", async (c) => {
      const admin = guard(c);
      if (admin instanceof Response || admin instanceof Promise) return admin;
      const { articleId } = ids(c);
      if (articleId === null) return errorPage(c, notFound);
      const result = await getAdminArticle(deps, admin, articleId);
      if (!result.ok) return errorPage(c, result.error);
      return c.html(
        <AdminReviewPage
          page={pageContext(c)}
          article={{
            ...toAdminRow(result.value.article),
            sourceUrl: result.value.article.sourceUrl,
          }}
          questions={result.value.questions.map(toAdminQuestion)}
        />,
      );
    })
    .post("/admin/articles/:articleId/regenerate", async (c) => {
      const admin = guard(c);
      if (admin instanceof Response || admin instanceof Promise) return admin;
      const { articleId } = ids(c);
      if (articleId === null) return errorPage(c, notFound);
      const result = await regenerateArticle(deps, admin, articleId);
      if (!result.ok) return errorPage(c, result.error);
      return redirectDone(c, `/admin/articles/${articleId}`, "regenerated");
    })
    .post("/admin/articles/:articleId/archive", async (c) => {
      const admin = guard(c);
      if (admin instanceof Response || admin instanceof Promise) return admin;
      const { articleId } = ids(c);
      if (articleId === null) return errorPage(c, notFound);
      const result = await archiveArticle(deps, admin, articleId);
      if (!result.ok) return errorPage(c, result.error);
      return redirectDone(c, "/admin", "archived");
    })
    .get("/admin/articles/:articleId/questions/:questionId/edit", async (c) => {
      const admin = guard(c);
      if (admin instanceof Response || admin instanceof Promise) return admin;
      const { articleId, questionId } = ids(c);
      if (articleId === null || questionId === null) return errorPage(c, notFound);
      const result = await getAdminArticle(deps, admin, articleId);
      if (!result.ok) return errorPage(c, result.error);
      const question = result.value.questions.find((q) => q.id === questionId);
      if (question === undefined) return errorPage(c, notFound);
      return c.html(
        <AdminQuestionEditPage
          page={pageContext(c)}
          question={toAdminQuestion(question)}
          articleId={articleId}
        />,
      );
    })
    .post("/admin/articles/:articleId/questions/:questionId", async (c) => {
      const admin = guard(c);
      if (admin instanceof Response || admin instanceof Promise) return admin;
      const { articleId, questionId } = ids(c);
      if (articleId === null || questionId === null) return errorPage(c, notFound);
      const form = await readForm(c);
      const input = questionInput(form);
      const result = await editQuestion(deps, admin, questionId, input);
      if (!result.ok) {
        const current = await getAdminArticle(deps, admin, articleId);
        const question = current.ok
          ? current.value.questions.find((q) => q.id === questionId)
          : undefined;
        if (question === undefined) return errorPage(c, result.error);
        const field = questionField(result.error.field);
        const shown = toAdminQuestion(question);
        return c.html(
          <AdminQuestionEditPage
            page={pageContext(c)}
            question={{
              ...shown,
              stem: form.stem ?? shown.stem,
              options: [0, 1, 2, 3].map((i) => form[`option${i}`] ?? shown.options[i] ?? ""),
              answerIndex: /^[0-3]$/.test(form.answerIndex ?? "")
                ? Number(form.answerIndex)
                : shown.answerIndex,
            }}
            articleId={articleId}
            errors={field ? { [field]: result.error.message } : {}}
            message={result.error.message}
          />,
          result.error.status as ContentfulStatusCode,
        );
      }
      return redirectDone(c, `/admin/articles/${articleId}`, "edited");
    })
    .post("/admin/articles/:articleId/questions/:questionId/reject", async (c) => {
      const admin = guard(c);
      if (admin instanceof Response || admin instanceof Promise) return admin;
      const { articleId, questionId } = ids(c);
      if (articleId === null || questionId === null) return errorPage(c, notFound);
      const result = await rejectQuestion(deps, admin, questionId);
      if (!result.ok) return errorPage(c, result.error);
      return redirectDone(c, `/admin/articles/${articleId}`, "rejected");
    });
};
