// Builds the attempt views from stored rows. The answer key appears only in `result`, which is
// null until the attempt is finalised.
import {
  formatFraction,
  fraction,
  isSchemeId,
  parseFraction,
  SCHEMES,
  type SchemeId,
  secondsLeft,
  times,
  toDecimal,
} from "../quiz";
import type { AttemptWithItems } from "../storage";
import { parseJsonArray } from "./mappers";
import type {
  AttemptInfo,
  AttemptResult,
  AttemptStatus,
  AttemptSummary,
  AttemptView,
} from "./views";

export const LATE_MESSAGE = "Submitted after the time limit (plus grace): no answer was counted.";

export const schemeOf = (id: string): SchemeId => (isSchemeId(id) ? id : "cds");

const statusOf = (row: AttemptWithItems["attempt"]): AttemptStatus =>
  row.submittedAt === null ? "open" : row.late ? "expired" : "submitted";

const info = ({ attempt, items }: AttemptWithItems, now: Date): AttemptInfo => {
  const scheme = schemeOf(attempt.scheme);
  return {
    id: attempt.id,
    scheme,
    schemeLabel: SCHEMES[scheme].label,
    mode: attempt.mode,
    status: statusOf(attempt),
    articleId: attempt.articleId,
    category: attempt.category,
    startedAt: attempt.startedAt.toISOString(),
    deadline: attempt.deadline.toISOString(),
    secondsLeft: attempt.submittedAt === null ? secondsLeft(attempt.deadline, now) : 0,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    questionCount: items.length,
  };
};

const resultOf = ({ attempt, items }: AttemptWithItems): AttemptResult | null => {
  if (attempt.submittedAt === null) return null;
  const scheme = SCHEMES[schemeOf(attempt.scheme)];
  const score = parseFraction(attempt.score ?? "0") ?? fraction(0);
  const maxScore = times(scheme.correct, items.length);
  const timeTakenMs =
    Math.min(attempt.submittedAt.getTime(), attempt.deadline.getTime()) -
    attempt.startedAt.getTime();
  return {
    score: toDecimal(score),
    scoreExact: formatFraction(score),
    maxScore: toDecimal(maxScore),
    maxScoreExact: formatFraction(maxScore),
    correct: attempt.correct ?? 0,
    wrong: attempt.wrong ?? 0,
    skipped: attempt.skipped ?? items.length,
    late: attempt.late,
    message: attempt.late ? LATE_MESSAGE : null,
    submittedAt: attempt.submittedAt.toISOString(),
    timeTakenSeconds: Math.max(0, Math.round(timeTakenMs / 1000)),
    results: items.map((item) => ({
      questionId: item.questionId,
      choice: item.choice,
      correctChoice: item.correctIndex,
      isCorrect: item.choice !== null && item.choice === item.correctIndex,
      explanation: item.explanation,
      articleId: item.articleId,
      articleTitle: item.articleTitle,
      stem: item.stem,
      options: parseJsonArray(item.optionsJson),
      type: item.type,
      category: item.category,
      asOf: item.asOf,
    })),
  };
};

export const toAttemptView = (stored: AttemptWithItems, now: Date): AttemptView => ({
  attempt: info(stored, now),
  questions: stored.items.map((item) => ({
    id: item.questionId,
    position: item.position,
    type: item.type,
    stem: item.stem,
    options: parseJsonArray(item.optionsJson),
    articleId: item.articleId,
    articleTitle: item.articleTitle,
    category: item.category,
    asOf: item.asOf,
  })),
  result: resultOf(stored),
});

export const toAttemptResult = (stored: AttemptWithItems): AttemptResult | null => resultOf(stored);

const titleOf = ({ attempt, items }: AttemptWithItems): string => {
  switch (attempt.mode) {
    case "article":
      return items[0]?.articleTitle ?? "Article quiz";
    case "category":
      return `${attempt.category ?? "Category"} quiz`;
    case "mistakes":
      return "Practice: my mistakes";
    default:
      return "Latest questions";
  }
};

export const toAttemptSummary = (stored: AttemptWithItems): AttemptSummary => {
  const { attempt, items } = stored;
  const scheme = schemeOf(attempt.scheme);
  const score = attempt.score === null ? null : parseFraction(attempt.score);
  const maxScore = times(SCHEMES[scheme].correct, items.length);
  return {
    id: attempt.id,
    scheme,
    schemeLabel: SCHEMES[scheme].label,
    mode: attempt.mode,
    status: statusOf(attempt),
    startedAt: attempt.startedAt.toISOString(),
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    score: score === null ? null : toDecimal(score),
    scoreExact: score === null ? null : formatFraction(score),
    maxScore: toDecimal(maxScore),
    maxScoreExact: formatFraction(maxScore),
    correct: attempt.correct,
    wrong: attempt.wrong,
    skipped: attempt.skipped,
    late: attempt.late,
    questionCount: items.length,
    articleId: attempt.articleId,
    category: attempt.category,
    title: titleOf(stored),
  };
};
