import { formatDate } from "./format";
import type { ArticleSummary } from "./models";

export const questionsLabel = (count: number): string =>
  `${count} question${count === 1 ? "" : "s"}`;

export const ArticleMeta = ({ article }: { article: ArticleSummary }) => (
  <p class="meta">
    <span class="tag">{article.category}</span>
    {article.publishedAt ? (
      <time datetime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
    ) : null}
    <span>{questionsLabel(article.questionCount)}</span>
  </p>
);

/** A list of quizzes, one per article, each linking to its article page. */
export const ArticleList = ({
  articles,
  empty,
}: {
  articles: readonly ArticleSummary[];
  empty: string;
}) =>
  articles.length === 0 ? (
    <p class="empty">{empty}</p>
  ) : (
    <ul class="article-list">
      {articles.map((article) => (
        <li class="card article-item">
          <h3>
            <a href={`/articles/${article.id}`}>{article.title}</a>
          </h3>
          <ArticleMeta article={article} />
        </li>
      ))}
    </ul>
  );
