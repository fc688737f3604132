import { listMistakes as listMistakeRows } from "../storage";
import type { ServiceDeps } from "./deps";
import { parseJsonArray } from "./mappers";
import { ok, type Result } from "./result";
import { requireUser } from "./rights";
import type { MistakeView, SessionUser } from "./views";

/** Questions the user answered wrongly, newest first, as they were shown. */
export const listMistakes = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
  options: { includeCleared?: boolean } = {},
): Promise<Result<MistakeView[]>> => {
  const user = requireUser(actor);
  if (!user.ok) return user;
  const rows = await listMistakeRows(deps.store, user.value.id, options);
  return ok(
    rows.map(({ mistake, shown, articleTitle }) => ({
      questionId: mistake.questionId,
      attemptId: mistake.attemptId,
      stem: shown.stem,
      options: parseJsonArray(shown.optionsJson),
      choice: shown.choice,
      correctChoice: shown.correctIndex,
      explanation: shown.explanation,
      articleId: shown.articleId,
      articleTitle,
      type: shown.type,
      category: shown.category,
      asOf: shown.asOf,
      wrongAt: mistake.wrongAt.toISOString(),
      timesWrong: mistake.timesWrong,
      cleared: mistake.clearedAt !== null,
    })),
  );
};
