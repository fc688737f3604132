// Winning margins become a question of their own, and other stems from the sentence leave them out.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";
import { marginStem, withoutMargin } from "../../src/generator/rules/how-many-margin";

const stemOf = (text: string, figure: string, unit: string) => {
  const start = text.indexOf(figure);
  return marginStem(text, start, start + figure.length, unit)?.stem;
};

describe("margin stems", () => {
  it.each([
    [
      "Kerala defeated Punjab by 34 runs at the Eden Gardens on Sunday.",
      "34 runs",
      "run",
      "By how many runs did Punjab lose at the Eden Gardens?",
    ],
    [
      "In the title match, Ghana beat Peru by 3 goals in Accra.",
      "3 goals",
      "goal",
      "By how many goals did Peru lose in Accra?",
    ],
    [
      "Mysuru Warriors prevailed over Hubli Tigers by 6 wickets in the final.",
      "6 wickets",
      "wicket",
      "By how many wickets did Hubli Tigers lose in the final?",
    ],
    // Neither a venue nor a final: the stem would not say which match.
    ["Kerala defeated Punjab by 34 runs.", "34 runs", "run", undefined],
    // No defeat stated: a price rise is no margin.
    ["Fares rose by 34 runs across Delhi.", "34 runs", "run", undefined],
    // Not a margin unit.
    ["Kerala defeated Punjab by 34 points at the Eden Gardens.", "34 points", "point", undefined],
    // A pronoun in the venue leaves it out, and with no final the stem is not asked.
    ["Kerala defeated Punjab by 34 runs at their home ground.", "34 runs", "run", undefined],
  ])("%s", (text, figure, unit, expected) => {
    expect(stemOf(text, figure, unit)).toBe(expected);
  });
});

describe("stems without the margin", () => {
  it.each([
    [
      "Which state defeated Punjab by 34 runs at the Eden Gardens?",
      "Which state defeated Punjab at the Eden Gardens?",
    ],
    ["Which party won the seat by 1,204 votes?", "Which party won the seat?"],
    // A how-many stem and a cloze keep theirs.
    [
      "By how many runs did Punjab lose at the Eden Gardens?",
      "By how many runs did Punjab lose at the Eden Gardens?",
    ],
    [
      "____ defeated Punjab by 34 runs at the Eden Gardens.",
      "____ defeated Punjab by 34 runs at the Eden Gardens.",
    ],
    // Not a margin.
    ["Which city cut fares by 10 per cent?", "Which city cut fares by 10 per cent?"],
  ])("%s", (stem, expected) => {
    expect(withoutMargin(stem)).toBe(expected);
  });
});

describe("margin and winner from one sentence", () => {
  it("asks both, neither giving the other away", () => {
    const { questions } = generateQuestions(
      {
        title: "Cricket final",
        body: "Kerala defeated Punjab by 34 runs at the Eden Gardens in the Ranji Trophy final on Sunday.",
        publishedAt: "2026-03-02",
      },
      {},
    );
    const margin = questions.find((q) => q.ruleId === "how-many.margin");
    expect(margin?.answer).toBe("34");
    expect(margin?.stem).not.toMatch(/Kerala/);
    for (const q of questions.filter((q) => q !== margin)) expect(q.stem).not.toMatch(/34/);
  });
});
