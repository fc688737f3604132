// "<Country>'s ... commander <Name>": the country of a named military commander.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";

const asked = (body: string) => {
  const { questions, rejected } = generateQuestions({
    title: "Test article",
    body,
    publishedAt: "2026-05-12",
  });
  return [...questions, ...rejected].filter((q) => q.ruleId === "which-country.commander");
};

describe("which-country.commander", () => {
  it.each([
    [
      "Protesters marked the anniversary of the killing of Iran's top military commander Qasem Soleimani in Baghdad.",
      "Qasem Soleimani, recently in the news, was a military commander of which country?",
      "Iran",
    ],
    [
      "Officials said Pakistan's army chief Asim Munir met the visiting delegation on Tuesday.",
      "Asim Munir, recently in the news, is the army chief of which country?",
      "Pakistan",
    ],
  ])("%s", (body, stem, answer) => {
    expect(asked(body)).toContainEqual(expect.objectContaining({ stem, answer }));
  });

  it.each([
    ["no rank before the name", "Protesters marked the killing of Iran's Qasem Soleimani."],
    ["a politician, not a commander", "Iran's foreign minister Abbas Araghchi met the delegation."],
    ["a comma between rank and name", "Iran's top commander, Qasem Soleimani, was killed in 2020."],
  ])("%s", (_label, body) => {
    expect(asked(body)).toHaveLength(0);
  });
});
