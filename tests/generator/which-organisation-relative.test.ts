// "<Body>, which <description>, <main clause>": the body a relative clause describes.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { generateQuestions } from "../../src/generator/index";

const run = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-04-02" });
const relative = (body: string) => {
  const { questions, rejected } = run(body);
  return [...questions, ...rejected].filter(
    (q) => q.ruleId === "which-organisation.relative-clause",
  );
};

describe("which-organisation.relative-clause", () => {
  it.each([
    [
      "The Arakan Army, which controls most of Rakhine state, seized another town on Monday.",
      "Which armed group in Myanmar controls most of Rakhine state?",
      "Arakan Army",
    ],
    [
      "Hezbollah, which is backed by Iran, fired rockets across the border on Tuesday.",
      "Which armed group in Lebanon is backed by Iran?",
      "Hezbollah",
    ],
  ])("%s", (body, stem, answer) => {
    const question = relative(body)[0];
    expect(question?.stem).toBe(stem);
    expect(question?.answer).toBe(answer);
  });

  it("offers armed groups of the same country", () => {
    const body =
      "Talks stalled again. The Arakan Army, which recruits mainly among ethnic Rakhine villagers, rejected the offer.";
    const question = run(body).questions.find(
      (q) => q.ruleId === "which-organisation.relative-clause",
    );
    expect(question?.options).toHaveLength(4);
    for (const option of question?.options ?? []) {
      expect(knowledge.organisations.find((o) => o.name === option)).toMatchObject({
        type: "armed-group",
        country: "Myanmar",
      });
    }
  });

  it.each([
    [
      "a pronoun in the clause",
      "Hezbollah, which says it fired rockets, warned Israel on Tuesday.",
    ],
    ["speech, not a description", "Hezbollah, which said the strike was a warning, fired again."],
    ["a negation", "Hezbollah, which has not fired since March, warned Israel on Tuesday."],
    ["not at the head", "Officials said Hezbollah, which is backed by Iran, fired rockets."],
    ["a company", "Reliance Industries, which owns Jio, reported record profits on Friday."],
    [
      "no main clause after",
      "Fighting continued in the north of Hezbollah, which is backed by Iran.",
    ],
  ])("%s", (_label, body) => {
    expect(relative(body)).toHaveLength(0);
  });
});
