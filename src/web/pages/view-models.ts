// Service values → view props. Kept apart so views never depend on service shapes.
import { type Fraction as ExactFraction, parseFraction, SCHEME_IDS, SCHEMES } from "../../quiz";
import type {
  Accuracy,
  AdminArticleSummary,
  AttemptInfo,
  ResultItem,
  AdminQuestion as ServiceAdminQuestion,
  ArticleSummary as ServiceArticle,
  AttemptSummary as ServiceAttemptSummary,
  MistakeView as ServiceMistake,
} from "../../service/views";
import { formatFraction } from "../views/format";
import type {
  AccuracyRow,
  AdminArticleRow,
  AdminQuestion,
  ArticleDetail,
  AttemptSummary,
  Fraction,
  MistakeView,
  ResultQuestion,
  SchemeChoice,
} from "../views/models";

const signed = (f: ExactFraction): string =>
  `${f.num > 0 ? "+" : ""}${formatFraction(f.num, f.den)}`;

export const schemeChoices: readonly SchemeChoice[] = SCHEME_IDS.map((id) => ({
  id,
  label: SCHEMES[id].label,
  correct: signed(SCHEMES[id].correct),
  wrong: signed(SCHEMES[id].wrong),
}));

export const schemeMarks = (id: string): string => {
  const scheme = schemeChoices.find((s) => s.id === id);
  return scheme ? `${scheme.correct} / ${scheme.wrong}` : "";
};

export const exact = (text: string | null): Fraction => {
  const f = (text === null ? null : parseFraction(text)) ?? { num: 0, den: 1 };
  return { numerator: f.num, denominator: f.den };
};

export const toArticleDetail = (article: ServiceArticle): ArticleDetail => ({
  id: article.id,
  title: article.title,
  publishedAt: article.publishedAt,
  category: article.category,
  questionCount: article.questionCount,
  sourceUrl: article.sourceUrl,
  addedAt: article.addedAt,
});

export const toAdminRow = (article: ServiceArticle | AdminArticleSummary): AdminArticleRow => ({
  ...toArticleDetail(article),
  archived: article.archived,
  addedAt: article.addedAt,
  rejectedCount: "rejectedCount" in article ? article.rejectedCount : 0,
  note: article.note,
});

export const toAdminQuestion = (q: ServiceAdminQuestion): AdminQuestion => ({
  id: q.id,
  type: typeLabel(q.type),
  stem: q.stem,
  options: q.options,
  answerIndex: q.answerIndex,
  explanation: q.explanation,
  ruleId: q.ruleId,
  asOf: q.asOf,
  rejected: q.status !== "live",
});

export const toResultQuestion = (item: ResultItem): ResultQuestion => ({
  questionId: item.questionId,
  stem: item.stem,
  options: item.options,
  choice: item.choice,
  correctChoice: item.correctChoice,
  isCorrect: item.isCorrect,
  explanation: item.explanation,
  asOf: item.asOf,
  articleId: item.articleId,
  articleTitle: item.articleTitle,
});

export const toMistake = (m: ServiceMistake): MistakeView => ({
  questionId: m.questionId,
  stem: m.stem,
  options: m.options,
  choice: m.choice,
  correctChoice: m.correctChoice,
  isCorrect: false,
  explanation: m.explanation,
  asOf: m.asOf,
  articleId: m.articleId,
  articleTitle: m.articleTitle,
  answeredAt: m.wrongAt,
  cleared: m.cleared,
});

export const toAttemptSummary = (a: ServiceAttemptSummary): AttemptSummary => ({
  id: a.id,
  title: a.title,
  schemeLabel: a.schemeLabel,
  score: exact(a.scoreExact),
  maxScore: exact(a.maxScoreExact),
  correct: a.correct ?? 0,
  wrong: a.wrong ?? 0,
  skipped: a.skipped ?? 0,
  startedAt: a.startedAt,
  submitted: a.status !== "open",
});

const TYPE_LABELS: Record<string, string> = {
  who: "Who",
  where: "Where",
  when: "When",
  "which-company": "Which company",
  "which-organisation": "Which organisation",
  "which-country": "Which country",
  "how-many": "How many",
};

export const typeLabel = (type: string): string => TYPE_LABELS[type] ?? type;

export const toAccuracyRow = (a: Accuracy, label = a.key): AccuracyRow => ({
  label,
  correct: a.correct,
  answered: a.answered,
  skipped: a.skipped,
});

/** The attempt's heading: the article's title, the category, or the practice kind. */
export const attemptTitle = (attempt: AttemptInfo, articleTitle: string | null): string => {
  if (attempt.mode === "article") return articleTitle ?? "Article quiz";
  if (attempt.mode === "category") return `${attempt.category ?? "Category"} quiz`;
  if (attempt.mode === "mistakes") return "Practice: my mistakes";
  return "Latest questions";
};
