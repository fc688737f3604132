// A named honour and the country the sentence gives it to: "the Order of Saint Olga, Ukraine's
// highest state honour" asks "... is the highest state honour of which country?"; an honour
// whose name holds the country, or a description without a named honour, asks nothing.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";

const questions = (body: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-05-14" }).questions.filter(
    (q) => q.ruleId === "which-country.honour",
  );

describe("which-country.honour", () => {
  it.each([
    [
      "The visiting leader was conferred the Order of the Golden Eagle, Kazakhstan's highest state honour, in Astana on Tuesday.",
      "The Order of the Golden Eagle, recently in the news, is the highest state honour of which country?",
      "Kazakhstan",
    ],
    [
      "Kenya's top literary prize, the Wahome Mutahi Literary Prize, went to a debut novelist this week.",
      "The Wahome Mutahi Literary Prize, recently in the news, is the top literary prize of which country?",
      "Kenya",
    ],
    [
      "A novel written on a night shift has won a retired nurse one of Kenya's top literary honours. The book, a story of two sisters, has bagged the Wahome Mutahi Literary Prize after a public vote.",
      "The Wahome Mutahi Literary Prize, recently in the news, is one of the top literary honours of which country?",
      "Kenya",
    ],
  ])("%s", (body, stem, answer) => {
    const found = questions(body);
    expect(found.map((q) => q.stem)).toEqual([stem]);
    expect(found[0]?.options[found[0].answerIndex]).toBe(answer);
  });

  it.each([
    // The honour's name holds the country's name: a give-away.
    "The visiting leader was conferred the Kazakh State Medal, Kazakhstan's highest state honour, in Astana on Tuesday.",
    // No honour is named.
    "The retired nurse has won one of Kenya's top literary honours for her first novel.",
    // Two honours are won in the next sentence: which one is the top honour?
    "A novel has won a retired nurse one of Kenya's top literary honours. It won the Wahome Mutahi Literary Prize and won the Jomo Reader Award.",
    // The next sentence names a prize not said to be won.
    "A novel has won a retired nurse one of Kenya's top literary honours. Judges of the Wahome Mutahi Literary Prize praised it.",
    // "one of" with a singular noun is not the pattern.
    "The Wahome Mutahi Literary Prize, one of Kenya's top literary prize, went to a debut novelist.",
  ])("no honour question: %s", (body) => {
    expect(questions(body)).toEqual([]);
  });
});
