import { CsrfField } from "./csrf-field";
import { formatClock } from "./format";
import { Layout } from "./layout";
import type { PageContext, QuizAttempt, QuizQuestion } from "./models";
import { Palette } from "./palette";
import { QuestionCard } from "./question-card";

export interface QuizPageProps {
  page: PageContext;
  attempt: QuizAttempt;
  questions: readonly QuizQuestion[];
}

/** HH:MM UTC of the deadline, for readers without JavaScript. */
const deadlineTime = (iso: string): string => {
  const match = /T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} UTC` : iso;
};

const SubmitButton = ({ extraClass }: { extraClass?: string }) => (
  <button
    type="submit"
    class={`button button-primary submit-quiz${extraClass ? ` ${extraClass}` : ""}`}
  >
    Submit answers
  </button>
);

/**
 * The whole attempt is one plain form: it works before quiz.js loads. The deadline and the
 * seconds left come from the server, so a refresh never resets the clock.
 */
export const QuizPage = ({ page, attempt, questions }: QuizPageProps) => (
  <Layout page={page} title={attempt.title} script wide>
    <form
      method="post"
      action={`/attempts/${attempt.id}/submit`}
      class="quiz"
      id="quiz"
      data-attempt={String(attempt.id)}
      data-remaining={String(Math.max(0, Math.floor(attempt.remainingSeconds)))}
      data-deadline={attempt.deadline}
    >
      <CsrfField token={page.csrfToken} />
      <div class="quiz-bar">
        <div class="quiz-title">
          <h1>{attempt.title}</h1>
          <p class="meta">
            <span class="tag">{attempt.schemeLabel}</span>
          </p>
        </div>
        <p class="timer" role="timer" aria-label="Time left">
          <span class="timer-value" id="timer-value">
            {formatClock(attempt.remainingSeconds)}
          </span>
          <span class="timer-unit">left</span>
        </p>
      </div>
      <noscript>
        <p class="flash flash-info">
          Submit before {deadlineTime(attempt.deadline)}: answers that arrive after the deadline do
          not count.
        </p>
      </noscript>
      <div class="quiz-layout">
        <ol class="questions">
          {questions.map((question, index) => (
            <QuestionCard question={question} position={index} total={questions.length} />
          ))}
        </ol>
        <aside class="quiz-side" aria-label="Progress">
          <p class="progress-text" id="progress-text">
            {`${questions.length} questions`}
          </p>
          <Palette questions={questions} />
          <p class="keys-hint">
            Keys: <kbd>1</kbd>–<kbd>4</kbd> or <kbd>A</kbd>–<kbd>D</kbd> answer, <kbd>N</kbd> /{" "}
            <kbd>P</kbd> next / previous, <kbd>M</kbd> mark for review.
          </p>
          <SubmitButton extraClass="submit-side" />
        </aside>
      </div>
      <div class="quiz-foot">
        <p class="muted" id="foot-note">
          Unanswered questions score zero. You can submit only once.
        </p>
        <SubmitButton />
      </div>
    </form>
  </Layout>
);
