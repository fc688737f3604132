// "<Country>-born <person>": the country a person in the news was born in.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { generateQuestions } from "../../src/generator/index";

const run = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-05-20" });
const bornIn = (body: string) => {
  const { questions, rejected } = run(body);
  return [...questions, ...rejected].filter((q) => q.ruleId === "which-country.born-in");
};

describe("which-country.born-in", () => {
  it.each([
    [
      "Nepal-born mountaineer Nirmal Purja reached the summit of K2 on Monday with a team of six.",
      "Mountaineer Nirmal Purja, recently in the news, was born in which country?",
      "Nepal",
    ],
    [
      "Nepalese-born climber Nirmal Purja led a team of six to the summit of K2 on Monday.",
      "Mountaineer Nirmal Purja, recently in the news, was born in which country?",
      "Nepal",
    ],
  ])("%s", (body, stem, answer) => {
    const question = bornIn(body)[0];
    expect(question?.stem).toBe(stem);
    expect(question?.answer).toBe(answer);
  });

  it("the options are four distinct countries", () => {
    const body =
      "Rescuers in Pakistan are searching for a team led by Nepal-born mountaineer Nirmal Purja.";
    const question = run(body).questions.find((q) => q.ruleId === "which-country.born-in");
    expect(new Set(question?.options)).toHaveProperty("size", 4);
    expect(question?.answer).toBe("Nepal");
    for (const option of question?.options ?? []) {
      expect(knowledge.countries.some((c) => c.name === option)).toBe(true);
    }
  });

  it.each([
    // A private person's birthplace is trivia.
    [
      "a private person",
      "Nepal-born cook Ram Bahadur Thapa opened a restaurant in Leeds on Monday.",
    ],
    // The gazetteer knows where he was born: an article that disagrees is not trusted.
    [
      "disagrees with the gazetteer",
      "India-born mountaineer Nirmal Purja reached the summit of K2 on Monday.",
    ],
    // A city is not a country.
    ["a city", "London-born mountaineer Nirmal Purja reached the summit of K2 on Monday."],
    // The name belongs to another phrase.
    [
      "a comma between",
      "A Nepal-born guide, and mountaineer Nirmal Purja, reached the summit on Monday.",
    ],
  ])("%s", (_label, body) => {
    expect(bornIn(body)).toHaveLength(0);
  });
});
