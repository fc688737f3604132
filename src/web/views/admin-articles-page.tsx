import { questionsLabel } from "./article-list";
import { CsrfField } from "./csrf-field";
import { formatDate } from "./format";
import { Layout } from "./layout";
import type { AdminArticleRow, PageContext } from "./models";

export interface AdminArticlesPageProps {
  page: PageContext;
  articles: readonly AdminArticleRow[];
}

const ActionButton = ({
  page,
  action,
  label,
  quiet,
}: {
  page: PageContext;
  action: string;
  label: string;
  quiet?: boolean;
}) => (
  <form method="post" action={action} class="inline-form">
    <CsrfField token={page.csrfToken} />
    <button
      type="submit"
      class={quiet ? "button button-small button-quiet" : "button button-small"}
    >
      {label}
    </button>
  </form>
);

export const AdminArticlesPage = ({ page, articles }: AdminArticlesPageProps) => (
  <Layout page={page} title="Admin: articles" wide>
    <section class="page-head page-head-row">
      <div>
        <h1>Articles</h1>
        <p class="muted">{`${articles.length} article${articles.length === 1 ? "" : "s"}`}</p>
      </div>
      <a class="button button-primary" href="/admin/articles/new">
        Add article
      </a>
    </section>
    {articles.length === 0 ? (
      <p class="empty card">
        No articles yet. <a href="/admin/articles/new">Add the first one</a>.
      </p>
    ) : (
      <div class="card table-card">
        <table class="admin-articles">
          <caption class="sr-only">Articles with their question counts</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col" class="num col-wide">
                Questions
              </th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr class={article.archived ? "is-archived" : undefined}>
                <td>
                  <a href={`/admin/articles/${article.id}`}>{article.title}</a>
                  {article.archived ? <span class="badge badge-skipped">Archived</span> : null}
                  <span class="sub">
                    {article.category}
                    {article.publishedAt ? ` · ${formatDate(article.publishedAt)}` : ""}
                    <span class="narrow-only">{` · ${questionsLabel(article.questionCount)}`}</span>
                  </span>
                  {article.questionCount === 0 && article.note ? (
                    <span class="sub">{article.note}</span>
                  ) : null}
                </td>
                <td class="num col-wide">
                  {String(article.questionCount)}
                  {article.rejectedCount ? (
                    <span class="sub">{`${article.rejectedCount} rejected`}</span>
                  ) : null}
                </td>
                <td class="row-actions">
                  <ActionButton
                    page={page}
                    action={`/admin/articles/${article.id}/regenerate`}
                    label="Regenerate"
                  />
                  {article.archived ? null : (
                    <ActionButton
                      page={page}
                      action={`/admin/articles/${article.id}/archive`}
                      label="Archive"
                      quiet
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </Layout>
);
