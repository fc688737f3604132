// Attempts for the load runs: POST /api/attempts bodies spread over the ingested articles, the
// attempts it creates kept (id + question ids) so the submit run can submit each one once.
import type { AutocannonRequest } from "autocannon";
import type { IngestedArticle } from "./ingest";

export interface OpenAttempt {
  /** The API's attempt id: an opaque token (string) or a number, used as given. */
  id: string;
  questionIds: number[];
}

export interface AttemptStartResponse {
  attempt: { id: string | number };
  questions: { id: number }[];
}

export const parseStartedAttempt = (body: string): OpenAttempt | null => {
  try {
    const parsed = JSON.parse(body) as Partial<AttemptStartResponse>;
    const id = parsed.attempt?.id;
    if ((typeof id !== "string" && typeof id !== "number") || !Array.isArray(parsed.questions)) {
      return null;
    }
    return { id: String(id), questionIds: parsed.questions.map((q) => q.id) };
  } catch {
    return null;
  }
};

/** Articles a quiz can be started on: the ones that kept at least `min` questions. */
export const quizzableArticles = (ingested: readonly IngestedArticle[], min = 4): number[] =>
  ingested.filter((a) => a.questions >= min).map((a) => a.id);

/** One POST /api/attempts request that cycles through the articles and keeps every attempt. */
export const startAttemptRequest = (
  headers: Record<string, string>,
  articleIds: readonly number[],
  collected: OpenAttempt[],
): AutocannonRequest => {
  let n = 0;
  return {
    method: "POST",
    path: "/api/attempts",
    headers: { ...headers, "content-type": "application/json" },
    setupRequest: (request) => {
      const articleId = articleIds[n++ % articleIds.length];
      return { ...request, body: JSON.stringify({ articleId }) };
    },
    onResponse: (status, body) => {
      if (status !== 201) return;
      const attempt = parseStartedAttempt(body);
      if (attempt) collected.push(attempt);
    },
  };
};

export interface SubmitCounter {
  distinct: number;
  repeated: number;
}

/**
 * One POST /api/attempts/:id/submit request that takes a not-yet-submitted attempt for each
 * send; when they run out it re-submits old ones (counted, as the server answers those from the
 * stored result).
 */
export const submitRequest = (
  headers: Record<string, string>,
  attempts: readonly OpenAttempt[],
  counter: SubmitCounter,
): AutocannonRequest => {
  let next = 0;
  return {
    method: "POST",
    path: "/api/attempts/0/submit",
    headers: { ...headers, "content-type": "application/json" },
    setupRequest: (request) => {
      const attempt = attempts[next % attempts.length] as OpenAttempt;
      if (next < attempts.length) counter.distinct++;
      else counter.repeated++;
      next++;
      return {
        ...request,
        path: `/api/attempts/${encodeURIComponent(attempt.id)}/submit`,
        body: submitBody(attempt),
      };
    },
  };
};

/** Answers every question; choices vary so scores vary. */
export const submitBody = (attempt: OpenAttempt): string =>
  JSON.stringify({
    answers: attempt.questionIds.map((questionId, i) => ({ questionId, choice: i % 4 })),
  });
