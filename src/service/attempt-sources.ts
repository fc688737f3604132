// Which questions a new attempt asks: one article's, one category's, the latest, or the user's
// open mistakes, picked at random up to the requested count.
import type { RandomInt } from "../quiz";
import {
  findArticle,
  listMistakes as listMistakeRows,
  liveQuestions,
  type QuizSource,
  questionsByIds,
} from "../storage";
import type { ServiceDeps } from "./deps";
import { fail, notFound, ok, type Result } from "./result";
import type { StartAttemptInput } from "./schemas";
import type { SessionUser } from "./views";

const CANDIDATE_POOL = 500;

const pickRandom = <T>(items: readonly T[], count: number, randomInt: RandomInt): T[] => {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    const [item] = pool.splice(randomInt(pool.length), 1);
    if (item !== undefined) picked.push(item);
  }
  return picked;
};

export type Mode = "article" | "category" | "latest" | "mistakes";

export const sourcesFor = async (
  deps: ServiceDeps,
  user: SessionUser,
  start: StartAttemptInput,
  count: number,
): Promise<Result<{ mode: Mode; sources: QuizSource[] }>> => {
  if (start.articleId !== undefined) {
    const article = await findArticle(deps.store, start.articleId);
    if (article === null) return notFound("Article");
    if (article.archived) return fail(409, "article-archived", "This article is archived.");
    const sources = await liveQuestions(deps.store, {
      articleId: article.id,
      limit: CANDIDATE_POOL,
    });
    return ok({ mode: "article", sources: pickRandom(sources, count, deps.randomInt) });
  }
  if (start.category !== undefined) {
    if (!deps.generator.categories.includes(start.category)) {
      return fail(400, "invalid-input", "Unknown category.", "category");
    }
    const sources = await liveQuestions(deps.store, {
      category: start.category,
      limit: CANDIDATE_POOL,
    });
    return ok({ mode: "category", sources: pickRandom(sources, count, deps.randomInt) });
  }
  if (start.mode === "mistakes") {
    const open = await listMistakeRows(deps.store, user.id);
    const questions = await questionsByIds(
      deps.store,
      open.map((m) => m.mistake.questionId),
    );
    // A question rejected by an admin since is not practised again.
    const usable = questions.filter((q) => q.status !== "rejected");
    return ok({ mode: "mistakes", sources: pickRandom(usable, count, deps.randomInt) });
  }
  const latest = await liveQuestions(deps.store, { limit: count });
  return ok({ mode: "latest", sources: pickRandom(latest, count, deps.randomInt) });
};

export const noQuestions = (mode: Mode) =>
  fail(
    409,
    mode === "mistakes" ? "no-mistakes" : "no-questions",
    mode === "mistakes"
      ? "No mistakes to practise: nothing answered wrongly is waiting."
      : "There are no questions to ask here yet.",
  );
