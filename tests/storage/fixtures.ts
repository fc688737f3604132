// Hand-made rows in our own words for storage tests.
import type { NewArticle, NewQuestion } from "../../src/storage";

export const T0 = new Date("2026-11-28T09:00:00Z");

export const article = (overrides: Partial<NewArticle> = {}): NewArticle => ({
  title: "Port opens on the east coast",
  rawTitle: "Port opens on the east coast",
  rawBody: "A new deep-water port opened in Odisha on Monday.",
  cleanBody: "A new deep-water port opened in Odisha on Monday.",
  publishedAt: "2026-11-02",
  sourceUrl: null,
  category: "Economy",
  addedAt: T0,
  addedBy: null,
  archived: false,
  generationNote: null,
  rejectedCandidates: 0,
  ...overrides,
});

export const question = (overrides: Partial<NewQuestion> = {}): NewQuestion => ({
  type: "where",
  stem: "In which state did a new deep-water port open?",
  optionsJson: JSON.stringify(["Odisha", "Kerala", "Gujarat", "Goa"]),
  answerIndex: 0,
  explanation: "A new deep-water port opened in Odisha on Monday.",
  sentenceIndex: 0,
  ruleId: "where.test",
  asOf: "2026-11-02",
  entitiesJson: "[]",
  score: 0.5,
  edited: false,
  createdAt: T0,
  ...overrides,
});
