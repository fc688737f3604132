import { questionsLabel } from "./article-list";
import { categoryHref, formatDate } from "./format";
import { Layout } from "./layout";
import type { ArticleDetail, PageContext, SchemeChoice } from "./models";
import { quizLengths, StartQuizForm } from "./start-quiz-form";

export interface ArticlePageProps {
  page: PageContext;
  article: ArticleDetail;
  schemes: readonly SchemeChoice[];
  defaultScheme: string;
}

/** Hostname for the source link's text; the full URL stays in href. */
const sourceHost = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
};

export const ArticlePage = ({ page, article, schemes, defaultScheme }: ArticlePageProps) => (
  <Layout page={page} title={article.title}>
    <nav class="crumbs" aria-label="Breadcrumb">
      <a href="/">Home</a> <span aria-hidden="true">›</span>{" "}
      <a href={categoryHref(article.category)}>{article.category}</a>
    </nav>
    <article class="card article-head">
      <h1>{article.title}</h1>
      <dl class="facts">
        <div>
          <dt>Published</dt>
          <dd>
            {article.publishedAt ? (
              <time datetime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            ) : (
              "Date not given"
            )}
          </dd>
        </div>
        <div>
          <dt>Category</dt>
          <dd>{article.category}</dd>
        </div>
        <div>
          <dt>Questions</dt>
          <dd>{questionsLabel(article.questionCount)}</dd>
        </div>
        {article.sourceUrl ? (
          <div>
            <dt>Source</dt>
            <dd>
              <a href={article.sourceUrl} rel="noopener noreferrer" target="_blank">
                {sourceHost(article.sourceUrl)}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
    <section class="card" aria-labelledby="start-heading">
      <h2 id="start-heading">Take the quiz</h2>
      {article.questionCount > 0 ? (
        <>
          <p class="muted">
            Timed: about a minute a question. Answers are true as of{" "}
            {article.publishedAt ? formatDate(article.publishedAt) : "the article's date"}.
          </p>
          <StartQuizForm
            page={page}
            source={{ kind: "article", articleId: article.id }}
            schemes={schemes}
            defaultScheme={defaultScheme}
            lengths={quizLengths(article.questionCount)}
          />
        </>
      ) : (
        <p class="empty">This article has no questions to ask yet.</p>
      )}
    </section>
    {article.paragraphs && article.paragraphs.length > 0 ? (
      <details class="card article-text">
        <summary>Read the article (it gives away the answers)</summary>
        {article.paragraphs.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
      </details>
    ) : null}
  </Layout>
);
