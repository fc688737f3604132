import { CsrfField } from "./csrf-field";
import { ErrorSummary, type FieldErrors, TextArea, TextField } from "./fields";
import { optionLetter } from "./format";
import { Layout } from "./layout";
import type { AdminQuestion, PageContext } from "./models";

export interface AdminQuestionEditPageProps {
  page: PageContext;
  question: AdminQuestion;
  articleId: number;
  errors?: FieldErrors;
  message?: string | null;
}

export const AdminQuestionEditPage = (props: AdminQuestionEditPageProps) => {
  const { page, question } = props;
  return (
    <Layout page={page} title="Edit question">
      <section class="page-head">
        <p class="eyebrow">
          <a href={`/admin/articles/${props.articleId}`}>Back to the article's questions</a>
        </p>
        <h1>Edit question</h1>
        <p class="muted">
          Past attempts keep the wording they were given; the edit applies to new quizzes.
        </p>
      </section>
      <form
        method="post"
        action={`/admin/articles/${props.articleId}/questions/${question.id}`}
        class="card stack"
      >
        <CsrfField token={page.csrfToken} />
        <ErrorSummary message={props.message} />
        <TextArea
          name="stem"
          label="Question"
          value={question.stem}
          rows={3}
          required
          errors={props.errors}
        />
        <fieldset class="option-edit">
          <legend>Options — choose the correct answer</legend>
          {question.options.map((option, index) => (
            <div class="option-edit-row">
              <input
                type="radio"
                name="answerIndex"
                value={String(index)}
                id={`answer-${index}`}
                checked={index === question.answerIndex}
                aria-label={`Option ${optionLetter(index)} is the answer`}
              />
              <TextField
                name={`option${index}`}
                id={`f-option${index}`}
                label={`Option ${optionLetter(index)}`}
                value={option}
                required
                errors={props.errors}
              />
            </div>
          ))}
        </fieldset>
        <blockquote class="explanation">
          <p>{question.explanation}</p>
          <footer>
            Source sentence · rule <code>{question.ruleId}</code>
          </footer>
        </blockquote>
        <div class="actions">
          <button type="submit" class="button button-primary">
            Save question
          </button>
          <a class="button button-quiet" href={`/admin/articles/${props.articleId}`}>
            Cancel
          </a>
        </div>
      </form>
    </Layout>
  );
};
