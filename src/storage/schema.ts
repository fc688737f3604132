// The database schema. Migrations in db/migrations are generated from this file by drizzle-kit.
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

// Timestamps come from the injected clock, never from the database, so tests control time.
const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull();

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Null for guests until they register. */
  username: text("username"),
  /** Lower-cased username: names are unique regardless of case. */
  usernameKey: text("username_key").unique(),
  passwordHash: text("password_hash"),
  isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
  isGuest: integer("is_guest", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    /** sha256 of the cookie value: a stolen database does not yield live sessions. */
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const setupTokens = sqliteTable("setup_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  createdAt: createdAt(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  usedAt: integer("used_at", { mode: "timestamp_ms" }),
});

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    /** Title and body exactly as submitted. */
    rawTitle: text("raw_title").notNull(),
    rawBody: text("raw_body").notNull(),
    /** Cleaned paragraphs joined by blank lines. */
    cleanBody: text("clean_body").notNull(),
    publishedAt: text("published_at"),
    sourceUrl: text("source_url"),
    category: text("category").notNull(),
    addedAt: integer("added_at", { mode: "timestamp_ms" }).notNull(),
    addedBy: integer("added_by").references(() => users.id, { onDelete: "set null" }),
    archived: integer("archived", { mode: "boolean" }).notNull().default(false),
    /** Why the article has no questions, when it has none. */
    generationNote: text("generation_note"),
    rejectedCandidates: integer("rejected_candidates").notNull().default(0),
  },
  (t) => [index("articles_category_idx").on(t.category), index("articles_added_idx").on(t.addedAt)],
);

export const QUESTION_STATUSES = ["live", "rejected", "retired"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const questions = sqliteTable(
  "questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "restrict" }),
    status: text("status", { enum: QUESTION_STATUSES }).notNull().default("live"),
    type: text("type").notNull(),
    stem: text("stem").notNull(),
    optionsJson: text("options_json").notNull(),
    answerIndex: integer("answer_index").notNull(),
    explanation: text("explanation").notNull(),
    sentenceIndex: integer("sentence_index").notNull(),
    ruleId: text("rule_id").notNull(),
    asOf: text("as_of"),
    entitiesJson: text("entities_json").notNull(),
    score: real("score").notNull(),
    edited: integer("edited", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("questions_article_idx").on(t.articleId, t.status)],
);

export const attempts = sqliteTable(
  "attempts",
  {
    /** Random, unguessable id. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    scheme: text("scheme").notNull(),
    mode: text("mode", { enum: ["article", "category", "latest", "mistakes"] }).notNull(),
    articleId: integer("article_id"),
    category: text("category"),
    startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
    deadline: integer("deadline", { mode: "timestamp_ms" }).notNull(),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    /** True when the submission came after deadline + grace: no answer counted. */
    late: integer("late", { mode: "boolean" }).notNull().default(false),
    /** Exact scores as "num/den" strings. */
    score: text("score"),
    maxScore: text("max_score").notNull(),
    correct: integer("correct"),
    wrong: integer("wrong"),
    skipped: integer("skipped"),
  },
  (t) => [index("attempts_user_idx").on(t.userId, t.startedAt)],
);

/** What the attempt actually showed: a snapshot untouched by later edits. */
export const attemptQuestions = sqliteTable(
  "attempt_questions",
  {
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    articleId: integer("article_id").notNull(),
    type: text("type").notNull(),
    category: text("category").notNull(),
    stem: text("stem").notNull(),
    optionsJson: text("options_json").notNull(),
    correctIndex: integer("correct_index").notNull(),
    permutationJson: text("permutation_json").notNull(),
    explanation: text("explanation").notNull(),
    asOf: text("as_of"),
    choice: integer("choice"),
  },
  (t) => [
    primaryKey({ columns: [t.attemptId, t.position] }),
    uniqueIndex("attempt_questions_question_unique").on(t.attemptId, t.questionId),
  ],
);

export const mistakes = sqliteTable(
  "mistakes",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    /** The latest attempt in which it was answered wrongly: its snapshot is what we show. */
    attemptId: text("attempt_id")
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    wrongAt: integer("wrong_at", { mode: "timestamp_ms" }).notNull(),
    timesWrong: integer("times_wrong").notNull().default(1),
    clearedAt: integer("cleared_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.questionId] }),
    index("mistakes_user_idx").on(t.userId, t.wrongAt),
  ],
);
