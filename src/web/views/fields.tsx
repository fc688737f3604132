import type { Child } from "hono/jsx";

/** Field errors keyed by field name, as the service's `error.field` reports them. */
export type FieldErrors = Partial<Record<string, string>>;

interface FieldProps {
  name: string;
  label: string;
  errors?: FieldErrors;
  hint?: string;
  /** id defaults to "f-<name>". */
  id?: string;
}

const ids = (props: FieldProps) => {
  const id = props.id ?? `f-${props.name}`;
  const error = props.errors?.[props.name];
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { id, error, hintId, errorId, describedBy };
};

const FieldFrame = (props: FieldProps & { children: Child }) => {
  const { id, error, hintId, errorId } = ids(props);
  return (
    <div class={error ? "field field-invalid" : "field"}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
};

export interface TextFieldProps extends FieldProps {
  value?: string | null;
  type?: "text" | "password" | "url" | "date" | "number";
  required?: boolean;
  autocomplete?: string;
  maxlength?: number;
  minlength?: number;
  min?: number;
  max?: number;
}

export const TextField = (props: TextFieldProps) => {
  const { id, error, describedBy } = ids(props);
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        required={props.required}
        autocomplete={props.autocomplete}
        maxlength={props.maxlength}
        minlength={props.minlength}
        min={props.min}
        max={props.max}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      />
    </FieldFrame>
  );
};

export interface TextAreaProps extends FieldProps {
  value?: string | null;
  rows?: number;
  required?: boolean;
  maxlength?: number;
}

export const TextArea = (props: TextAreaProps) => {
  const { id, error, describedBy } = ids(props);
  return (
    <FieldFrame {...props}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 6}
        required={props.required}
        maxlength={props.maxlength}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      >
        {props.value ?? ""}
      </textarea>
    </FieldFrame>
  );
};

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends FieldProps {
  options: readonly SelectOption[];
  value?: string | null;
  required?: boolean;
}

export const SelectField = (props: SelectFieldProps) => {
  const { id, error, describedBy } = ids(props);
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === (props.value ?? "")}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
};

/** Summary at the top of a form that failed validation; says what to fix. */
export const ErrorSummary = ({ message }: { message?: string | null }) =>
  message ? (
    <div class="error-summary" role="alert">
      <p>
        <strong>Please fix this and try again:</strong> {message}
      </p>
    </div>
  ) : null;
