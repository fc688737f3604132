// "<State> Senator <Name>": the state a named US senator represents.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { generateQuestions } from "../../src/generator/index";

const run = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-05-12" });
const asked = (body: string) => {
  const { questions, rejected } = run(body);
  return [...questions, ...rejected].filter((q) => q.ruleId === "where.legislator-state");
};

describe("where.legislator-state", () => {
  it.each([
    [
      "Texas Senator Ted Cruz said on Monday the bill would fail in committee.",
      "As of May 2026, Ted Cruz is a US Senator from which state?",
      "Texas",
    ],
    [
      "The vote was delayed after Vermont Senator Bernie Sanders objected to the budget rules.",
      "As of May 2026, Bernie Sanders is a US Senator from which state?",
      "Vermont",
    ],
  ])("%s", (body, stem, answer) => {
    const question = asked(body)[0];
    expect(question?.stem).toBe(stem);
    expect(question?.answer).toBe(answer);
  });

  it("offers other US states", () => {
    const question = run(
      "Texas Senator Ted Cruz said on Monday the bill would fail in committee. Talks resumed.",
    ).questions.find((q) => q.ruleId === "where.legislator-state");
    expect(question?.options).toHaveLength(4);
    for (const option of question?.options ?? []) {
      expect(knowledge.regions.find((r) => r.name === option)?.country).toBe("United States");
    }
  });

  it.each([
    ["the gazetteer names another state", "Vermont Senator Ted Cruz said the bill would fail."],
    ["a governor, not a senator", "Texas Governor Greg Abbott said the bill would fail."],
    ["no title between", "Texas and Ted Cruz said the bill would fail."],
  ])("%s", (_label, body) => {
    expect(asked(body)).toHaveLength(0);
  });
});
