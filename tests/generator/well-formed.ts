// The machine-checkable checks of the ten (question-quality.md), restated independently of
// src/generator/checks so that a bug there cannot hide itself. Shared by the generator tests.
import { expect } from "vitest";
import { cleanArticle } from "../../src/generator/clean";
import { defaultRules } from "../../src/generator/index";
import { normaliseOption } from "../../src/generator/normalise";
import { splitSentences } from "../../src/generator/sentences";
import type { ArticleInput, Question } from "../../src/generator/types";

const ruleIds = new Set(defaultRules.map((r) => r.id));
const FUNCTION_WORDS = new Set([
  "the",
  "of",
  "and",
  "a",
  "an",
  "in",
  "on",
  "for",
  "to",
  "de",
  "da",
  "la",
  "al",
  "el",
  "bin",
  "van",
  "von",
  "du",
  "le",
]);
const TYPE_NOUNS = new Set([
  "sea",
  "city",
  "strait",
  "ocean",
  "gulf",
  "bay",
  "channel",
  "lake",
  "river",
  "canal",
  "state",
  "country",
  "company",
  "organisation",
]);

/** The machine-checkable checks, restated independently of src/generator/checks. */
export const expectWellFormed = (question: Question, article: ArticleInput) => {
  const sentences = splitSentences(cleanArticle(article).paragraphs).map((s) => s.text);
  expect(question.options).toHaveLength(4);
  expect(question.answerIndex).toBeGreaterThanOrEqual(0);
  expect(question.answerIndex).toBeLessThan(4);
  expect(question.options[question.answerIndex]).toBe(question.answer);
  const keys = question.options.map(normaliseOption);
  expect(new Set(keys).size).toBe(4);
  for (const a of keys) {
    for (const b of keys) {
      if (a !== b) expect(` ${b} `.includes(` ${a} `)).toBe(false);
    }
  }
  expect(sentences).toContain(question.explanation);
  expect(question.stem.endsWith("?") || question.stem.split("____").length === 2).toBe(true);
  const stemWords = new Set(normaliseOption(question.stem.replace(/____/g, " ")).split(" "));
  // A word every option shares ("Article" of "Article 243") tells the reader nothing.
  const optionWords = question.options.map((o) => new Set(normaliseOption(o).split(" ")));
  for (const word of normaliseOption(question.answer).split(" ")) {
    if (FUNCTION_WORDS.has(word) || TYPE_NOUNS.has(word) || word.length < 2) continue;
    if (optionWords.every((words) => words.has(word))) continue;
    expect(stemWords.has(word), `"${word}" of ${question.answer} in: ${question.stem}`).toBe(false);
  }
  expect(ruleIds.has(question.ruleId)).toBe(true);
  expect(question.stem).not.toMatch(/\b(all|none) of the above\b/i);
};
