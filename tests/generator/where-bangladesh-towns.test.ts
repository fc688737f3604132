// Towns of Cox's Bazar district in the gazetteer: "X in Bangladesh" places them; the gazetteer
// must agree with the sentence.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";

const located = (body: string) => {
  const { questions, rejected } = generateQuestions({
    title: "Test article",
    body,
    publishedAt: "2026-05-12",
  });
  return [...questions, ...rejected].filter((q) => q.ruleId === "where.located-in");
};

describe("where.located-in: Teknaf", () => {
  it("asks the country of a town the sentence places", () => {
    expect(
      located("Smugglers load the boats at night near Teknaf in Bangladesh, aid workers said."),
    ).toContainEqual(
      expect.objectContaining({
        stem: "Teknaf, recently in the news, is located in which country?",
        answer: "Bangladesh",
      }),
    );
  });

  it("asks nothing when the sentence places it elsewhere", () => {
    expect(
      located("Smugglers load the boats at night near Teknaf in Myanmar, aid workers said."),
    ).toEqual([]);
  });
});
