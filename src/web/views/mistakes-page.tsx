import { CsrfField } from "./csrf-field";
import { formatDate } from "./format";
import { Layout } from "./layout";
import type { MistakeView, PageContext } from "./models";
import { ReviewItem } from "./result-page";

export interface MistakesPageProps {
  page: PageContext;
  mistakes: readonly MistakeView[];
}

export const MistakesPage = ({ page, mistakes }: MistakesPageProps) => {
  const open = mistakes.filter((m) => !m.cleared).length;
  return (
    <Layout page={page} title="My mistakes">
      <section class="page-head">
        <h1>My mistakes</h1>
        <p class="muted">
          {mistakes.length === 0
            ? "Questions you answer wrongly collect here, with the source sentence."
            : `${open} to practise, ${mistakes.length - open} cleared. Newest first.`}
        </p>
        {open > 0 ? (
          <form method="post" action="/attempts" class="inline-form">
            <CsrfField token={page.csrfToken} />
            <input type="hidden" name="mode" value="mistakes" />
            <input type="hidden" name="scheme" value="practice" />
            <button type="submit" class="button button-primary">
              Practise my mistakes
            </button>
          </form>
        ) : null}
      </section>
      {mistakes.length === 0 ? (
        <p class="empty card">
          No mistakes yet. <a href="/">Take a quiz</a>.
        </p>
      ) : (
        <ol class="review-list">
          {mistakes.map((mistake, index) => (
            <ReviewItem
              q={mistake}
              position={index}
              cleared={mistake.cleared}
              heading={
                <>
                  Answered wrongly on{" "}
                  <time datetime={mistake.answeredAt}>{formatDate(mistake.answeredAt)}</time>
                </>
              }
              badges={mistake.cleared ? <span class="badge badge-cleared">Cleared</span> : null}
            />
          ))}
        </ol>
      )}
    </Layout>
  );
};
