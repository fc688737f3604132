import type { Child } from "hono/jsx";
import { CsrfField } from "./csrf-field";
import { formatDate, formatDuration, optionLetter } from "./format";
import { Layout } from "./layout";
import type { AttemptResult, PageContext, ResultQuestion } from "./models";
import { ScoreText } from "./score";

export interface ResultPageProps {
  page: PageContext;
  result: AttemptResult;
  questions: readonly ResultQuestion[];
}

const verdict = (q: ResultQuestion): { label: string; cls: string } => {
  if (q.choice === null) return { label: "Skipped", cls: "skipped" };
  return q.isCorrect ? { label: "Correct", cls: "correct" } : { label: "Wrong", cls: "wrong" };
};

const optionClass = (q: ResultQuestion, index: number): string => {
  if (index === q.correctChoice) return "review-option is-key";
  if (index === q.choice) return "review-option is-chosen-wrong";
  return "review-option";
};

export interface ReviewItemProps {
  q: ResultQuestion;
  position: number;
  /** Replaces "Question N" in the head (mistakes show when they were made). */
  heading?: Child;
  /** Extra badges after the verdict. */
  badges?: Child;
  cleared?: boolean;
}

export const ReviewItem = ({ q, position, heading, badges, cleared }: ReviewItemProps) => {
  const v = verdict(q);
  return (
    <li
      class={`card review-item review-${v.cls}${cleared ? " is-cleared" : ""}`}
      id={`r-${position + 1}`}
    >
      <p class="review-head">
        <span class="qnum">{heading ?? `Question ${position + 1}`}</span>
        <span class={`badge badge-${v.cls}`}>{v.label}</span>
        {badges}
      </p>
      <h3 class="stem">{q.stem}</h3>
      <ol class="review-options">
        {q.options.map((option, index) => (
          <li class={optionClass(q, index)}>
            <span class="rkey" aria-hidden="true">
              {optionLetter(index)}
            </span>
            <span class="option-text">{option}</span>
            {index === q.correctChoice || index === q.choice ? (
              <span class="notes">
                {index === q.correctChoice ? <span>Correct answer</span> : null}
                {index === q.choice ? <span>Your answer</span> : null}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <p class="sr-only">
        {q.choice === null ? "You skipped this question." : `You chose ${optionLetter(q.choice)}.`}{" "}
        The correct answer is {optionLetter(q.correctChoice)}.
      </p>
      <blockquote class="explanation">
        <p>{q.explanation}</p>
        <footer>
          {q.asOf ? <>As of {formatDate(q.asOf)} · </> : null}
          <a href={`/articles/${q.articleId}`}>{q.articleTitle ?? "Read the article"}</a>
        </footer>
      </blockquote>
    </li>
  );
};

export const ResultPage = ({ page, result, questions }: ResultPageProps) => (
  <Layout page={page} title={`Result: ${result.title}`}>
    <section class="card result-summary" aria-labelledby="result-heading">
      <p class="eyebrow">Result · {result.schemeLabel}</p>
      <h1 id="result-heading">{result.title}</h1>
      {result.late ? (
        <p class="flash flash-error" role="alert">
          Your answers arrived after the deadline, so they were not counted.
        </p>
      ) : null}
      <p class="score">
        <span class="score-label">Score</span>
        <ScoreText score={result.score} maxScore={result.maxScore} />
      </p>
      <dl class="stats">
        <div class="stat stat-correct">
          <dt>Correct</dt>
          <dd>{String(result.correct)}</dd>
        </div>
        <div class="stat stat-wrong">
          <dt>Wrong</dt>
          <dd>{String(result.wrong)}</dd>
        </div>
        <div class="stat stat-skipped">
          <dt>Skipped</dt>
          <dd>{String(result.skipped)}</dd>
        </div>
        <div class="stat">
          <dt>Time taken</dt>
          <dd>
            {result.timeTakenSeconds === null ? "—" : formatDuration(result.timeTakenSeconds)}
          </dd>
        </div>
      </dl>
      <p class="muted">Marking: {result.schemeMarks}, blanks 0.</p>
      {result.cleared ? (
        <p class="flash flash-success">
          {`${result.cleared} mistake${result.cleared === 1 ? "" : "s"} cleared.`}
        </p>
      ) : null}
      <div class="actions">
        {result.wrong > 0 ? (
          <form method="post" action="/attempts" class="inline-form">
            <CsrfField token={page.csrfToken} />
            <input type="hidden" name="mode" value="mistakes" />
            <button type="submit" class="button button-primary">
              Practise my mistakes
            </button>
          </form>
        ) : null}
        <a class="button" href="/mistakes">
          My mistakes
        </a>
        <a class="button button-quiet" href="/">
          More quizzes
        </a>
      </div>
    </section>
    <section aria-labelledby="review-heading">
      <h2 id="review-heading">Every question, with the source sentence</h2>
      <ol class="review-list">
        {questions.map((q, index) => (
          <ReviewItem q={q} position={index} />
        ))}
      </ol>
    </section>
  </Layout>
);
