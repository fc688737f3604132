// A company named by its product ("the ChatGPT-maker") and a company reporting on its own
// products or figures ("Toyota said its sales rose ...").
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle, generateQuestions } from "../../src/generator/index";

const run = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-03-12" });
const all = (body: string) => {
  const { questions, rejected } = run(body);
  return [...questions, ...rejected];
};
const saidIts = (body: string) => all(body).filter((q) => q.ruleId === "which-company.said-its");

const mentionsOf = (body: string, name: string) =>
  analyseArticle({ title: "Test article", body, publishedAt: "2026-03-12" }, { knowledge })
    .entities.find((e) => e.name === name)
    ?.mentions.map((m) => m.text) ?? [];

describe("product epithets of a company", () => {
  it.each([
    [
      "Regulators in Paris questioned OpenAI about data use. The ChatGPT-maker said it would appeal.",
      "OpenAI",
      "The ChatGPT-maker",
    ],
    [
      "Meta Platforms faces a fine in Brussels. The Instagram owner has filed an appeal.",
      "Meta Platforms",
      "The Instagram owner",
    ],
  ])("%s", (body, name, epithet) => {
    expect(mentionsOf(body, name)).toContain(epithet);
  });

  it.each([
    // The company is never named: the epithet alone does not bring it into the article.
    ["no company named", "The ChatGPT-maker said it would appeal the fine.", "OpenAI"],
    // A lower-case keyword is a sector, not a product.
    [
      "a sector word",
      "Infosys won a contract. The IT services maker said it was pleased.",
      "Infosys",
    ],
  ])("%s", (_label, body, name) => {
    expect(mentionsOf(body, name).some((t) => /maker|owner/.test(t))).toBe(false);
  });
});

describe("which-company.said-its", () => {
  it.each([
    [
      "Regulators in Paris questioned OpenAI about data use on Monday. The ChatGPT-maker said on Tuesday that its chatbot had been used by 40 million people in France last year.",
      "Which company said its chatbot had been used by 40 million people in France in 2025?",
      "OpenAI",
    ],
    [
      "Toyota said its sales of hybrid cars in China rose by 12% in February.",
      "Which company said its sales of hybrid cars in China rose by 12% in February 2026?",
      "Toyota Motor",
    ],
  ])("%s", (body, stem, answer) => {
    const question = saidIts(body)[0];
    expect(question?.stem).toBe(stem);
    expect(question?.answer).toBe(answer);
  });

  it.each([
    ["no 'its'", "Toyota said it would build a new plant in Thailand next year."],
    [
      "another company in the report",
      "Toyota said its sales rose faster than those of Honda in February.",
    ],
    ["a plan, not a fact", "Toyota said its plans for a plant in Thailand were on track."],
    ["a negation", "Toyota said its sales in China did not fall in February."],
    [
      "the company does not open the sentence",
      "Analysts said Toyota's sales in China rose by 12% in February.",
    ],
    [
      "a pronoun in the report",
      "Toyota said its sales rose because they were cheaper than rivals.",
    ],
    ["a quotation", 'Toyota said its sales were "very strong" in China in February.'],
  ])("%s", (_label, body) => {
    expect(saidIts(body)).toHaveLength(0);
  });
});
