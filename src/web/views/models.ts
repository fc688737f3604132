// View models: plain props the views render. Pages map service results onto these, so the views
// stay pure functions of props and never see storage rows.

export type Role = "admin" | "aspirant" | "guest";

export interface Viewer {
  username: string;
  role: Role;
}

export type FlashKind = "error" | "info" | "success";

export interface Flash {
  kind: FlashKind;
  message: string;
}

/** What every page needs from the request: who is looking and the CSRF token for its forms. */
export interface PageContext {
  viewer: Viewer | null;
  csrfToken: string;
  /** Path of the current page, to mark the nav link and to come back after logging in. */
  path: string;
  flash?: Flash;
}

export interface ArticleSummary {
  id: number;
  title: string;
  publishedAt: string | null; // YYYY-MM-DD
  category: string;
  questionCount: number;
}

export interface ArticleDetail extends ArticleSummary {
  sourceUrl: string | null;
  addedAt?: string;
  /** The cleaned text, for reading after (or instead of) the quiz. */
  paragraphs?: readonly string[];
}

export interface SchemeChoice {
  id: string;
  label: string;
  /** Marks as exact fractions, e.g. "+1", "−1/3". */
  correct: string;
  wrong: string;
}

export interface CategoryCount {
  name: string;
  articleCount: number;
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  articleCount: number;
}

/** A question as an aspirant sees it during an attempt: never the answer. */
export interface QuizQuestion {
  id: number;
  stem: string;
  options: readonly string[];
}

export interface QuizAttempt {
  id: string;
  title: string;
  schemeLabel: string;
  /** ISO timestamp of the server-held deadline. */
  deadline: string;
  /** Seconds left when the page was rendered (server clock): the client counts down from this. */
  remainingSeconds: number;
}

/** An exact score: numerator / denominator. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export interface ResultQuestion {
  questionId: number;
  stem: string;
  options: readonly string[];
  choice: number | null;
  correctChoice: number;
  isCorrect: boolean;
  explanation: string;
  asOf: string | null;
  articleId: number;
  articleTitle?: string;
}

export interface AttemptResult {
  id: string;
  title: string;
  schemeLabel: string;
  schemeMarks: string;
  score: Fraction;
  maxScore: Fraction;
  correct: number;
  wrong: number;
  skipped: number;
  timeTakenSeconds: number | null;
  submittedAt: string | null;
  /** True when the answers arrived after the deadline and were not counted. */
  late?: boolean;
  mode?: "article" | "category" | "mistakes";
  /** Mistakes cleared by this attempt (practice mode). */
  cleared?: number;
}

export interface MistakeView extends ResultQuestion {
  /** When it was answered wrongly (ISO). */
  answeredAt: string;
  cleared: boolean;
}

export interface AttemptSummary {
  id: string;
  title: string;
  schemeLabel: string;
  score: Fraction;
  maxScore: Fraction;
  correct: number;
  wrong: number;
  skipped: number;
  startedAt: string;
  submitted: boolean;
}

/** Accuracy = correct / answered; skipped questions are shown but not counted. */
export interface AccuracyRow {
  label: string;
  correct: number;
  answered: number;
  skipped: number;
}

export interface AdminArticleRow extends ArticleSummary {
  archived: boolean;
  addedAt: string | null;
  rejectedCount?: number;
  /** Why the article has no questions, when it has none. */
  note?: string | null;
}

/** The admin's view of a question: answer, rule and source sentence included. */
export interface AdminQuestion {
  id: number;
  type: string;
  stem: string;
  options: readonly string[];
  answerIndex: number;
  explanation: string;
  ruleId: string;
  asOf: string | null;
  rejected: boolean;
}

export interface ArticleFormValues {
  title: string;
  body: string;
  publishedAt: string;
  sourceUrl: string;
  category: string;
}
