// What use cases return: plain, JSON-ready values shared by the API and the pages.
// Dates are ISO strings; exact scores are "num/den" strings beside a rounded decimal.
import type { SchemeId } from "../quiz/scheme";
import type { QuestionStatus } from "../storage/schema";

export interface SessionUser {
  id: number;
  username: string | null; // null for a guest
  isAdmin: boolean;
  isGuest: boolean;
}

/** A fresh session: the web layer puts `sessionToken` in the cookie and never logs it. */
export interface AuthSession {
  user: SessionUser;
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

export interface ArticleSummary {
  id: number;
  title: string;
  publishedAt: string | null; // YYYY-MM-DD
  sourceUrl: string | null; // http(s) only
  category: string;
  addedAt: string;
  archived: boolean;
  questionCount: number; // live questions
  /** Why there are no questions, when there are none. */
  note: string | null;
}

/** Public view of an article: text, never answers. */
export interface PublicArticle extends ArticleSummary {
  paragraphs: string[];
}

export interface AdminQuestion {
  id: number;
  articleId: number;
  status: QuestionStatus;
  type: string;
  stem: string;
  options: string[];
  answerIndex: number;
  answer: string;
  explanation: string;
  sentenceIndex: number;
  ruleId: string;
  asOf: string | null;
  entities: string[];
  score: number;
  edited: boolean;
}

export interface AdminArticle {
  article: PublicArticle & { rawTitle: string; rawBody: string; rejectedCandidates: number };
  /** Live and rejected questions (retired ones are kept for past attempts only). */
  questions: AdminQuestion[];
}

export interface AdminArticleSummary extends ArticleSummary {
  rejectedCount: number;
}

export type AttemptStatus = "open" | "submitted" | "expired";

export interface AttemptInfo {
  id: string;
  scheme: SchemeId;
  schemeLabel: string;
  mode: "article" | "category" | "latest" | "mistakes";
  status: AttemptStatus;
  articleId: number | null;
  category: string | null;
  startedAt: string;
  deadline: string;
  /** Seconds until the deadline as the server sees it now; 0 once passed. */
  secondsLeft: number;
  submittedAt: string | null;
  questionCount: number;
}

/** A question as the taker sees it before submission: no answer key. */
export interface AttemptQuestion {
  id: number;
  position: number;
  type: string;
  stem: string;
  options: string[];
  articleId: number;
  /** The article's title, for the page heading; the JSON API leaves it out. */
  articleTitle: string;
  category: string;
  asOf: string | null;
}

export interface ResultItem {
  questionId: number;
  choice: number | null;
  correctChoice: number;
  isCorrect: boolean;
  explanation: string;
  articleId: number;
  articleTitle: string;
  stem: string;
  options: string[];
  type: string;
  category: string;
  asOf: string | null;
}

export interface AttemptResult {
  score: number;
  scoreExact: string;
  maxScore: number;
  maxScoreExact: string;
  correct: number;
  wrong: number;
  skipped: number;
  /** True when submitted after deadline + grace: no answer counted. */
  late: boolean;
  message: string | null;
  submittedAt: string;
  timeTakenSeconds: number;
  results: ResultItem[];
}

export interface AttemptView {
  attempt: AttemptInfo;
  questions: AttemptQuestion[];
  /** Null while the attempt is open. */
  result: AttemptResult | null;
}

export interface MistakeView {
  questionId: number;
  attemptId: string;
  stem: string;
  options: string[];
  choice: number | null;
  correctChoice: number;
  explanation: string;
  articleId: number;
  articleTitle: string;
  type: string;
  category: string;
  asOf: string | null;
  wrongAt: string;
  timesWrong: number;
  cleared: boolean;
}

export interface Accuracy {
  key: string; // a category or a question type
  answered: number;
  correct: number;
  wrong: number;
  skipped: number;
  /** correct / (correct + wrong), 0..1; null when nothing was answered. */
  accuracy: number | null;
}

export interface AttemptSummary {
  id: string;
  scheme: SchemeId;
  schemeLabel: string;
  mode: AttemptInfo["mode"];
  status: AttemptStatus;
  startedAt: string;
  submittedAt: string | null;
  score: number | null;
  scoreExact: string | null;
  maxScore: number;
  maxScoreExact: string;
  correct: number | null;
  wrong: number | null;
  skipped: number | null;
  late: boolean;
  questionCount: number;
  articleId: number | null;
  category: string | null;
  title: string; // "Article: …", "Category: Defence", "My mistakes", "Latest questions"
}

export interface HistoryView {
  attempts: AttemptSummary[];
  byCategory: Accuracy[];
  byType: Accuracy[];
}

export interface MonthGroup {
  month: string; // YYYY-MM
  label: string; // "January 2026"
  articles: ArticleSummary[];
}

export interface HomeView {
  latest: ArticleSummary | null;
  byCategory: { category: string; articles: ArticleSummary[] }[];
  byMonth: MonthGroup[];
  categories: readonly string[];
  schemes: { id: SchemeId; label: string }[];
}
