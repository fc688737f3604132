// Props for view tests, written for these tests. The hostile strings check escaping.
import type {
  AdminQuestion,
  ArticleDetail,
  AttemptResult,
  PageContext,
  QuizAttempt,
  QuizQuestion,
  ResultQuestion,
  SchemeChoice,
} from "../../../src/web/views/models";

export const HOSTILE = `<img src=x onerror="alert(1)">&"'`;

export const anonymous: PageContext = { viewer: null, csrfToken: "", path: "/" };
export const aspirant: PageContext = {
  viewer: { username: "meera_k", role: "aspirant" },
  csrfToken: "csrf-aspirant-token",
  path: "/",
};
export const admin: PageContext = {
  viewer: { username: "admin", role: "admin" },
  csrfToken: "csrf-admin-token",
  path: "/admin",
};

export const schemes: SchemeChoice[] = [
  { id: "cds", label: "CDS style", correct: "+1", wrong: "−1/3" },
  { id: "practice", label: "Practice", correct: "+1", wrong: "0" },
];

export const article: ArticleDetail = {
  id: 7,
  title: "Port authority opens a deep-water berth at Vizhinjam",
  publishedAt: "2026-11-20",
  category: "Economy",
  questionCount: 6,
  sourceUrl: "https://news.example.org/ports/berth",
};

export const quizQuestions: QuizQuestion[] = [
  {
    id: 101,
    stem: "Which state is Vizhinjam in?",
    options: ["Kerala", "Goa", "Odisha", "Gujarat"],
  },
  { id: 102, stem: "Who opened the berth?", options: ["A", "B", "C", HOSTILE] },
];

export const quizAttempt: QuizAttempt = {
  id: "att_9f2c",
  title: article.title,
  schemeLabel: "CDS style",
  deadline: "2026-11-28T15:10:00.000Z",
  remainingSeconds: 118.6,
};

export const rightResult: ResultQuestion = {
  questionId: 101,
  stem: "Which state is Vizhinjam in?",
  options: ["Goa", "Kerala", "Odisha", "Gujarat"],
  choice: 1,
  correctChoice: 1,
  isCorrect: true,
  explanation: "The berth at Vizhinjam in Kerala opened on Friday.",
  asOf: "2026-11-20",
  articleId: 7,
  articleTitle: article.title,
};
export const wrongResult: ResultQuestion = {
  questionId: 102,
  stem: "Who opened the berth?",
  options: ["A", "B", "C", "D"],
  choice: 0,
  correctChoice: 2,
  isCorrect: false,
  explanation: HOSTILE,
  asOf: null,
  articleId: 7,
};
export const skippedResult: ResultQuestion = {
  questionId: 103,
  stem: "How long is the berth?",
  options: ["400 m", "500 m", "600 m", "800 m"],
  choice: null,
  correctChoice: 3,
  isCorrect: false,
  explanation: "The new berth is 800 m long.",
  asOf: "2026-11-20",
  articleId: 7,
};
export const resultQuestions: ResultQuestion[] = [rightResult, wrongResult, skippedResult];

export const attemptResult: AttemptResult = {
  id: "att_9f2c",
  title: article.title,
  schemeLabel: "CDS style",
  schemeMarks: "+1 / −1/3",
  score: { numerator: 2, denominator: 3 },
  maxScore: { numerator: 3, denominator: 1 },
  correct: 1,
  wrong: 1,
  skipped: 1,
  timeTakenSeconds: 95,
  submittedAt: "2026-11-28T15:01:35.000Z",
};

export const liveQuestion: AdminQuestion = {
  id: 301,
  type: "where",
  stem: "Which state is Vizhinjam in?",
  options: ["Goa", "Kerala", "Odisha", "Gujarat"],
  answerIndex: 1,
  explanation: "The berth at Vizhinjam in Kerala opened on Friday.",
  ruleId: "where.city-state",
  asOf: "2026-11-20",
  rejected: false,
};
export const rejectedQuestion: AdminQuestion = {
  id: 302,
  type: "how-many",
  stem: "How long is the berth?",
  options: ["400 m", "500 m", "600 m", "800 m"],
  answerIndex: 3,
  explanation: "The new berth is 800 m long.",
  ruleId: "how-many.quantity",
  asOf: "2026-11-20",
  rejected: true,
};
export const adminQuestions: AdminQuestion[] = [liveQuestion, rejectedQuestion];
