// Public pages: home, categories, month archive, article.
import { Hono } from "hono";
import { DEFAULT_SCHEME } from "../../quiz";
import { getArticle, home, listArticles, parseId } from "../../service";
import type { AppDeps, AppEnv } from "../context";
import { ArticlePage } from "../views/article-page";
import { categorySlug, formatMonth } from "../views/format";
import { HomePage } from "../views/home";
import { CategoriesPage, ListingPage } from "../views/listing-page";
import { errorPage, pageContext } from "./page-context";
import { schemeChoices, toArticleDetail } from "./view-models";

const RECENT = 12;

const notFound = { code: "not-found", status: 404, message: "No such page." } as const;

export const publicPages = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .get("/", async (c) => {
      const result = await home(deps);
      if (!result.ok) return errorPage(c, result.error);
      const view = result.value;
      return c.html(
        <HomePage
          page={pageContext(c)}
          latest={view.latest ? toArticleDetail(view.latest) : null}
          recent={view.byMonth
            .flatMap((m) => m.articles)
            .slice(0, RECENT)
            .map(toArticleDetail)}
          categories={view.byCategory.map((g) => ({
            name: g.category,
            articleCount: g.articles.length,
          }))}
          months={view.byMonth.map((m) => ({ month: m.month, articleCount: m.articles.length }))}
          schemes={schemeChoices}
          defaultScheme={DEFAULT_SCHEME}
        />,
      );
    })
    .get("/categories", async (c) => {
      const result = await home(deps);
      if (!result.ok) return errorPage(c, result.error);
      return c.html(
        <CategoriesPage
          page={pageContext(c)}
          categories={result.value.byCategory.map((g) => ({
            name: g.category,
            articleCount: g.articles.length,
          }))}
        />,
      );
    })
    .get("/categories/:slug", async (c) => {
      const slug = c.req.param("slug");
      const category = deps.generator.categories.find((name) => categorySlug(name) === slug);
      if (category === undefined) return errorPage(c, notFound);
      const result = await listArticles(deps, { category });
      if (!result.ok) return errorPage(c, result.error);
      return c.html(
        <ListingPage
          page={pageContext(c)}
          title={category}
          intro={`Quizzes on ${category}, newest first.`}
          articles={result.value.filter((a) => a.questionCount > 0).map(toArticleDetail)}
          category={category}
          schemes={schemeChoices}
          defaultScheme={DEFAULT_SCHEME}
        />,
      );
    })
    .get("/archive/:month", async (c) => {
      const month = c.req.param("month");
      const result = await listArticles(deps, { month });
      if (!result.ok) return errorPage(c, { ...notFound, message: "No such month." });
      return c.html(
        <ListingPage
          page={pageContext(c)}
          title={formatMonth(month)}
          intro={`Quizzes from articles published in ${formatMonth(month)}.`}
          articles={result.value.filter((a) => a.questionCount > 0).map(toArticleDetail)}
          schemes={schemeChoices}
          defaultScheme={DEFAULT_SCHEME}
        />,
      );
    })
    .get("/articles/:id", async (c) => {
      const id = parseId(c.req.param("id"));
      if (id === null) return errorPage(c, { ...notFound, message: "No such article." });
      const result = await getArticle(deps, id);
      if (!result.ok) return errorPage(c, result.error);
      return c.html(
        <ArticlePage
          page={pageContext(c)}
          article={{ ...toArticleDetail(result.value), paragraphs: result.value.paragraphs }}
          schemes={schemeChoices}
          defaultScheme={DEFAULT_SCHEME}
        />,
      );
    });
