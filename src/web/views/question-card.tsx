import { optionLetter } from "./format";
import type { QuizQuestion } from "./models";

export interface QuestionCardProps {
  question: QuizQuestion;
  /** 0-based position in the attempt. */
  position: number;
  total: number;
}

/** One question of the quiz form: radio options named by question id, no hint of the answer. */
export const QuestionCard = ({ question, position, total }: QuestionCardProps) => {
  const number = position + 1;
  const name = `answer-${question.id}`;
  return (
    <li class="question card" id={`q-${number}`} tabindex={-1}>
      <fieldset>
        <legend>
          <span class="qnum">
            Question {String(number)} <span class="of">of {String(total)}</span>
          </span>
          <span class="stem">{question.stem}</span>
        </legend>
        <div class="options">
          {question.options.map((option, index) => (
            <label class="option">
              <input type="radio" name={name} value={String(index)} />
              <span class="key" aria-hidden="true">
                {optionLetter(index)}
              </span>
              <span class="option-text">{option}</span>
            </label>
          ))}
        </div>
        <div class="question-foot">
          <label class="review-toggle">
            <input type="checkbox" name={`review-${question.id}`} value="1" />
            Mark for review
          </label>
          <button type="button" class="button button-small button-quiet clear-answer" hidden>
            Clear answer
          </button>
        </div>
      </fieldset>
    </li>
  );
};
