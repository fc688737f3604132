import { listUserAttempts } from "../storage";
import { toAttemptSummary } from "./attempt-view";
import type { ServiceDeps } from "./deps";
import { ok, type Result } from "./result";
import { requireUser } from "./rights";
import type { Accuracy, HistoryView, SessionUser } from "./views";

interface Counted {
  key: string;
  choice: number | null;
  correctIndex: number;
}

/** Accuracy = correct / answered (skips excluded), per key, keys in first-seen order. */
export const accuracyBy = (items: readonly Counted[]): Accuracy[] => {
  const byKey = new Map<string, Accuracy>();
  for (const item of items) {
    const entry = byKey.get(item.key) ?? {
      key: item.key,
      answered: 0,
      correct: 0,
      wrong: 0,
      skipped: 0,
      accuracy: null,
    };
    if (item.choice === null) entry.skipped += 1;
    else if (item.choice === item.correctIndex) entry.correct += 1;
    else entry.wrong += 1;
    entry.answered = entry.correct + entry.wrong;
    entry.accuracy = entry.answered === 0 ? null : entry.correct / entry.answered;
    byKey.set(item.key, entry);
  }
  return [...byKey.values()];
};

/** Past attempts with scores, and accuracy per category and per question type. */
export const history = async (
  deps: ServiceDeps,
  actor: SessionUser | null,
): Promise<Result<HistoryView>> => {
  const user = requireUser(actor);
  if (!user.ok) return user;
  const attempts = await listUserAttempts(deps.store, user.value.id);
  const finished = attempts.filter((a) => a.attempt.submittedAt !== null).flatMap((a) => a.items);
  return ok({
    attempts: attempts.map(toAttemptSummary),
    byCategory: accuracyBy(finished.map((i) => ({ ...i, key: i.category }))),
    byType: accuracyBy(finished.map((i) => ({ ...i, key: i.type }))),
  });
};
