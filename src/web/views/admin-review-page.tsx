import { CsrfField } from "./csrf-field";
import { formatDate, optionLetter } from "./format";
import { Layout } from "./layout";
import type { AdminArticleRow, AdminQuestion, PageContext } from "./models";

export interface AdminReviewPageProps {
  page: PageContext;
  article: AdminArticleRow & { sourceUrl: string | null };
  questions: readonly AdminQuestion[];
}

const AdminQuestionCard = ({
  page,
  articleId,
  question,
  position,
}: {
  page: PageContext;
  articleId: number;
  question: AdminQuestion;
  position: number;
}) => (
  <li class={`card admin-question${question.rejected ? " is-rejected" : ""}`}>
    <p class="review-head">
      <span class="qnum">{`Q${position + 1}`}</span>
      <span class="tag">{question.type}</span>
      <code class="rule-id">{question.ruleId}</code>
      {question.rejected ? <span class="badge badge-wrong">Rejected</span> : null}
    </p>
    <h3 class="stem">{question.stem}</h3>
    <ol class="review-options">
      {question.options.map((option, index) => (
        <li class={index === question.answerIndex ? "review-option is-key" : "review-option"}>
          <span class="rkey" aria-hidden="true">
            {optionLetter(index)}
          </span>
          <span class="option-text">{option}</span>
          {index === question.answerIndex ? <span class="notes">Answer</span> : null}
        </li>
      ))}
    </ol>
    <blockquote class="explanation">
      <p>{question.explanation}</p>
      {question.asOf ? <footer>As of {formatDate(question.asOf)}</footer> : null}
    </blockquote>
    {question.rejected ? null : (
      <div class="actions">
        <a
          class="button button-small"
          href={`/admin/articles/${articleId}/questions/${question.id}/edit`}
        >
          Edit
        </a>
        <form
          method="post"
          action={`/admin/articles/${articleId}/questions/${question.id}/reject`}
          class="inline-form"
        >
          <CsrfField token={page.csrfToken} />
          <button type="submit" class="button button-small button-danger">
            Reject
          </button>
        </form>
      </div>
    )}
  </li>
);

export const AdminReviewPage = ({ page, article, questions }: AdminReviewPageProps) => {
  const active = questions.filter((q) => !q.rejected).length;
  return (
    <Layout page={page} title={`Review: ${article.title}`} wide>
      <section class="page-head page-head-row">
        <div>
          <p class="eyebrow">
            <a href="/admin">Articles</a>
          </p>
          <h1>{article.title}</h1>
          <p class="meta">
            <span class="tag">{article.category}</span>
            {article.publishedAt ? <span>{formatDate(article.publishedAt)}</span> : null}
            <span>{`${active} active question${active === 1 ? "" : "s"}`}</span>
            {article.archived ? <span class="badge badge-skipped">Archived</span> : null}
          </p>
        </div>
        <div class="actions">
          <a class="button" href={`/articles/${article.id}`}>
            Public page
          </a>
          <form
            method="post"
            action={`/admin/articles/${article.id}/regenerate`}
            class="inline-form"
          >
            <CsrfField token={page.csrfToken} />
            <button type="submit" class="button">
              Regenerate
            </button>
          </form>
        </div>
      </section>
      {questions.length === 0 ? (
        <p class="empty card">
          The rules found no safe question in this article. Edit the text and add it again, or
          regenerate after the rules improve.
        </p>
      ) : (
        <ol class="admin-questions">
          {questions.map((question, index) => (
            <AdminQuestionCard
              page={page}
              articleId={article.id}
              question={question}
              position={index}
            />
          ))}
        </ol>
      )}
    </Layout>
  );
};
