import type { z } from "zod";
import { fail, type Result } from "./result";

/** Parses input with a schema; the first issue becomes a 400 naming its field ("answers.2.choice"). */
export const validate = <S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>> => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const field =
    issue === undefined
      ? undefined
      : issue.code === "unrecognized_keys"
        ? [...issue.path, issue.keys[0]].join(".")
        : issue.path.join(".") || undefined;
  const message =
    issue?.code === "unrecognized_keys"
      ? `Unknown field: ${issue.keys.join(", ")}.`
      : (issue?.message ?? "Invalid input.");
  return fail(400, "invalid-input", message, field);
};
