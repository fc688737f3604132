// "<Country>, which backs <cause>": the country's standing position, asked as of the article date.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";

const stance = (body: string) => {
  const { questions, rejected } = generateQuestions({
    title: "Test article",
    body,
    publishedAt: "2026-05-12",
  });
  return [...questions, ...rejected].filter((q) => q.ruleId === "which-country.stance");
};

describe("which-country.stance", () => {
  it.each([
    [
      "The minister flew to Pakistan on Monday. Talks there were tense. The envoy later met officials of Iran, which supports the rebel movement in Yemen.",
      "As of May 2026, which country supports the rebel movement in Yemen?",
      "Iran",
    ],
    [
      "Trade talks resumed over the sovereignty of Western Sahara. The deal angered Algeria, which backs independence for the territory.",
      "As of May 2026, which country backs independence for Western Sahara?",
      "Algeria",
    ],
  ])("%s", (body, stem, answer) => {
    const question = stance(body)[0];
    expect(question?.stem).toBe(stem);
    expect(question?.answer).toBe(answer);
  });

  it.each([
    ["a past event, not a stance", "The envoy met officials of Iran, which sent troops to Syria."],
    [
      "a pronoun in the clause",
      "The envoy met officials of Iran, which backs its allies in Yemen.",
    ],
    ["a negation", "The envoy met officials of Iran, which no longer funds the militia."],
    [
      "the region with no place to point back to",
      "The envoy met officials of Algeria, which backs independence for the region.",
    ],
    ["speech, not a stance", "The envoy met officials of Iran, which says the talks failed."],
  ])("%s", (_label, body) => {
    expect(stance(body)).toHaveLength(0);
  });
});
