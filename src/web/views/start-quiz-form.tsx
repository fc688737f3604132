import { CsrfField } from "./csrf-field";
import type { PageContext, SchemeChoice } from "./models";

/** What the quiz is drawn from: one article, one category, or the viewer's mistakes. */
export type QuizSource =
  | { kind: "article"; articleId: number }
  | { kind: "category"; category: string }
  | { kind: "mistakes" };

export interface StartQuizFormProps {
  page: PageContext;
  source: QuizSource;
  schemes: readonly SchemeChoice[];
  defaultScheme: string;
  /** Lengths offered; the largest should not exceed the questions available. */
  lengths: readonly number[];
  defaultLength?: number;
  label?: string;
  /** Show the scheme/length choices (false: a single button with defaults). */
  choices?: boolean;
}

const SourceFields = ({ source }: { source: QuizSource }) => {
  if (source.kind === "article")
    return <input type="hidden" name="articleId" value={String(source.articleId)} />;
  if (source.kind === "category")
    return <input type="hidden" name="category" value={source.category} />;
  return <input type="hidden" name="mode" value="mistakes" />;
};

export const StartQuizForm = (props: StartQuizFormProps) => {
  const idBase = `start-${props.source.kind}`;
  const defaultLength = props.defaultLength ?? props.lengths[props.lengths.length - 1];
  const anonymous = props.page.viewer === null;
  return (
    <form method="post" action="/attempts" class="start-quiz">
      <CsrfField token={props.page.csrfToken} />
      <SourceFields source={props.source} />
      {props.choices === false ? (
        <>
          <input type="hidden" name="scheme" value={props.defaultScheme} />
          {defaultLength ? (
            <input type="hidden" name="count" value={String(defaultLength)} />
          ) : null}
        </>
      ) : (
        <div class="start-choices">
          <div class="field">
            <label for={`${idBase}-scheme`}>Marking scheme</label>
            <select id={`${idBase}-scheme`} name="scheme">
              {props.schemes.map((scheme) => (
                <option value={scheme.id} selected={scheme.id === props.defaultScheme}>
                  {scheme.label}
                </option>
              ))}
            </select>
          </div>
          {props.lengths.length > 0 ? (
            <div class="field">
              <label for={`${idBase}-count`}>Questions</label>
              <select id={`${idBase}-count`} name="count">
                {props.lengths.map((length) => (
                  <option value={String(length)} selected={length === defaultLength}>
                    {String(length)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      )}
      <button type="submit" class="button button-primary">
        {props.label ?? "Start quiz"}
      </button>
      {anonymous ? (
        <p class="hint">
          You will take it as a guest. <a href="/login">Log in</a> or{" "}
          <a href="/register">register</a> to keep your history.
        </p>
      ) : null}
    </form>
  );
};

/** Question counts to offer for a pool of `available` questions: 5, 10, ... and "all". */
export const quizLengths = (available: number): number[] => {
  const steps = [5, 10, 15, 20].filter((n) => n < available);
  return available > 0 ? [...steps, available] : [];
};
