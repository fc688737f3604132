// Admin edits and rejections. Attempts keep their own snapshot, so neither touches the past.
import { findQuestion, updateQuestion } from "../storage";
import type { ServiceDeps } from "./deps";
import { toAdminQuestion } from "./mappers";
import { fail, notFound, ok, type Result } from "./result";
import { requireAdmin } from "./rights";
import { editQuestionSchema } from "./schemas";
import { validate } from "./validate";
import type { AdminQuestion, SessionUser } from "./views";

export const editQuestion = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  questionId: number,
  input: unknown,
): Promise<Result<AdminQuestion>> => {
  const admin = requireAdmin(actor);
  if (!admin.ok) return admin;
  const valid = validate(editQuestionSchema, input);
  if (!valid.ok) return valid;
  const row = await findQuestion(deps.store, questionId);
  if (row === null) return notFound("Question");
  if (row.status !== "live") {
    return fail(
      409,
      "question-not-live",
      `This question is ${row.status}; only live questions can be edited.`,
    );
  }
  const current = toAdminQuestion(row);
  const options = valid.value.options ?? current.options;
  const answerIndex = valid.value.answerIndex ?? current.answerIndex;
  const updated = await updateQuestion(deps.store, questionId, {
    stem: valid.value.stem ?? current.stem,
    optionsJson: JSON.stringify(options),
    answerIndex,
    edited: true,
  });
  return updated === null ? notFound("Question") : ok(toAdminQuestion(updated));
};

/** Takes a question out of future quizzes. Rejecting twice is harmless. */
export const rejectQuestion = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  questionId: number,
): Promise<Result<AdminQuestion>> => {
  const admin = requireAdmin(actor);
  if (!admin.ok) return admin;
  const row = await findQuestion(deps.store, questionId);
  if (row === null) return notFound("Question");
  if (row.status === "rejected") return ok(toAdminQuestion(row));
  if (row.status === "retired") {
    return fail(409, "question-not-live", "This question was replaced by a regeneration.");
  }
  const updated = await updateQuestion(deps.store, questionId, { status: "rejected" });
  return updated === null ? notFound("Question") : ok(toAdminQuestion(updated));
};
