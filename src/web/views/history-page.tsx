import { formatDate, formatPercent } from "./format";
import { Layout } from "./layout";
import type { AccuracyRow, AttemptSummary, PageContext } from "./models";
import { ScoreText } from "./score";

export interface HistoryPageProps {
  page: PageContext;
  attempts: readonly AttemptSummary[];
  byCategory: readonly AccuracyRow[];
  byType: readonly AccuracyRow[];
}

const AccuracyTable = ({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: readonly AccuracyRow[];
}) => (
  <div class="card table-card">
    <table class="accuracy">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" class="num">
            Correct
          </th>
          <th scope="col">Accuracy</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr>
            <th scope="row">{row.label}</th>
            <td class="num">
              {`${row.correct}/${row.answered}`}
              {row.skipped > 0 ? <span class="sub">{`${row.skipped} skipped`}</span> : null}
            </td>
            <td>
              <div class="bar">
                <meter min={0} max={Math.max(1, row.answered)} value={row.correct}>
                  {formatPercent(row.correct, row.answered)}
                </meter>
                <span class="bar-value">{formatPercent(row.correct, row.answered)}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);

export const HistoryPage = ({ page, attempts, byCategory, byType }: HistoryPageProps) => (
  <Layout page={page} title="History">
    <section class="page-head">
      <h1>History</h1>
      <p class="muted">Your attempts, newest first, and how you do by topic.</p>
    </section>
    {attempts.length === 0 ? (
      <p class="empty card">
        No attempts yet. <a href="/">Take a quiz</a>.
      </p>
    ) : (
      <>
        <div class="card table-card">
          <table class="attempts">
            <caption>Attempts</caption>
            <thead>
              <tr>
                <th scope="col" class="col-wide">
                  Date
                </th>
                <th scope="col">Quiz</th>
                <th scope="col">Score</th>
                <th scope="col" class="num col-wide">
                  <abbr title="Correct / wrong / skipped">C/W/S</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((attempt) => (
                <tr>
                  <td class="col-wide">
                    <time datetime={attempt.startedAt}>{formatDate(attempt.startedAt)}</time>
                  </td>
                  <td>
                    <a href={`/attempts/${attempt.id}`}>{attempt.title}</a>
                    <span class="sub">
                      <span class="narrow-only">{`${formatDate(attempt.startedAt)} · `}</span>
                      {attempt.schemeLabel}
                    </span>
                  </td>
                  <td>
                    {attempt.submitted ? (
                      <ScoreText score={attempt.score} maxScore={attempt.maxScore} />
                    ) : (
                      <span class="badge badge-skipped">In progress</span>
                    )}
                  </td>
                  <td class="num col-wide">
                    {attempt.submitted
                      ? `${attempt.correct}/${attempt.wrong}/${attempt.skipped}`
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="two-col">
          <AccuracyTable caption="Accuracy by category" heading="Category" rows={byCategory} />
          <AccuracyTable caption="Accuracy by question type" heading="Type" rows={byType} />
        </div>
      </>
    )}
  </Layout>
);
