// Admin pages for articles: the list, adding one, reviewing its questions, regenerating, archiving.
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import {
  addArticle,
  archiveArticle,
  getAdminArticle,
  listAdminArticles,
  parseId,
  regenerateArticle,
} from "../../service";
import type { AppDeps, AppEnv } from "../context";
import { AdminArticleFormPage } from "../views/admin-article-form-page";
import { AdminArticlesPage } from "../views/admin-articles-page";
import { AdminReviewPage } from "../views/admin-review-page";
import { adminOf, adminOnly } from "./admin-guard";
import { adminQuestionPages } from "./admin-question-pages";
import { formErrors } from "./auth-pages";
import { errorPage, pageContext, readForm, redirectDone } from "./page-context";
import { toAdminQuestion, toAdminRow } from "./view-models";

const notFound = { code: "not-found", status: 404, message: "Not found." } as const;

/** Blank optional fields are left out, so the service applies its defaults (and suggestion). */
export const articleInput = (form: Record<string, string>): Record<string, unknown> => {
  const input: Record<string, unknown> = { title: form.title ?? "", body: form.body ?? "" };
  for (const name of ["publishedAt", "sourceUrl", "category"] as const) {
    const value = form[name]?.trim();
    if (value) input[name] = value;
  }
  return input;
};

export const adminPages = (deps: AppDeps) => {
  const categories = deps.generator.categories;
  return new Hono<AppEnv>()
    .use("/admin", adminOnly)
    .use("/admin/*", adminOnly)
    .get("/admin", async (c) => {
      const result = await listAdminArticles(deps, adminOf(c));
      if (!result.ok) return errorPage(c, result.error);
      return c.html(
        <AdminArticlesPage page={pageContext(c)} articles={result.value.map(toAdminRow)} />,
      );
    })
    .get("/admin/articles/new", (c) =>
      c.html(<AdminArticleFormPage page={pageContext(c)} categories={categories} />),
    )
    .post("/admin/articles", async (c) => {
      const form = await readForm(c);
      const result = await addArticle(deps, adminOf(c), articleInput(form));
      if (result.ok) return redirectDone(c, `/admin/articles/${result.value.article.id}`, "added");
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
    })
    .get("/admin/articles/:articleId", async (c) => {
      const articleId = parseId(c.req.param("articleId"));
      if (articleId === null) return errorPage(c, notFound);
      const result = await getAdminArticle(deps, adminOf(c), articleId);
      if (!result.ok) return errorPage(c, result.error);
      const { article, questions } = result.value;
      return c.html(
        <AdminReviewPage
          page={pageContext(c)}
          article={{ ...toAdminRow(article), sourceUrl: article.sourceUrl }}
          questions={questions.map(toAdminQuestion)}
        />,
      );
    })
    .post("/admin/articles/:articleId/regenerate", async (c) => {
      const articleId = parseId(c.req.param("articleId"));
      if (articleId === null) return errorPage(c, notFound);
      const result = await regenerateArticle(deps, adminOf(c), articleId);
      if (!result.ok) return errorPage(c, result.error);
      return redirectDone(c, `/admin/articles/${articleId}`, "regenerated");
    })
    .post("/admin/articles/:articleId/archive", async (c) => {
      const articleId = parseId(c.req.param("articleId"));
      if (articleId === null) return errorPage(c, notFound);
      const result = await archiveArticle(deps, adminOf(c), articleId);
      if (!result.ok) return errorPage(c, result.error);
      return redirectDone(c, "/admin", "archived");
    })
    .route("/", adminQuestionPages(deps));
};
