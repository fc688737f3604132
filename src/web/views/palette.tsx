import type { QuizQuestion } from "./models";

/** Question palette: links to each question; quiz.js marks them answered / for review. */
export const Palette = ({ questions }: { questions: readonly QuizQuestion[] }) => (
  <nav class="palette" aria-label="Question palette">
    <ol class="palette-grid">
      {questions.map((_, index) => (
        <li>
          <a class="pal" href={`#q-${index + 1}`} aria-label={`Question ${index + 1}: unanswered`}>
            {String(index + 1)}
          </a>
        </li>
      ))}
    </ol>
    <ul class="palette-legend">
      <li>
        <span class="swatch swatch-answered" aria-hidden="true" /> Answered
      </li>
      <li>
        <span class="swatch" aria-hidden="true" /> Unanswered
      </li>
      <li>
        <span class="swatch swatch-review" aria-hidden="true" /> For review
      </li>
    </ul>
  </nav>
);
