import { describe, expect, it } from "vitest";
import { formatFraction } from "../../src/quiz/fraction";
import { SCHEMES, type SchemeId } from "../../src/quiz/scheme";
import { type Marked, tally } from "../../src/quiz/score";

// Six questions: 3 right, 2 wrong, 1 skipped.
const answers: Marked[] = [
  { choice: 0, correctIndex: 0 },
  { choice: 1, correctIndex: 1 },
  { choice: 3, correctIndex: 3 },
  { choice: 2, correctIndex: 0 },
  { choice: 0, correctIndex: 1 },
  { choice: null, correctIndex: 2 },
];

describe("tally", () => {
  it.each<[SchemeId, string, string]>([
    ["cds", "7/3", "6"], // 3 - 2/3
    ["afcat", "7", "18"], // 9 - 2
    ["nda", "28/3", "24"], // 12 - 8/3
    ["upsc", "14/3", "12"], // 6 - 4/3
    ["ssc", "5", "12"], // 6 - 1
    ["practice", "3", "6"],
  ])("scores under %s exactly", (id, score, max) => {
    const result = tally(SCHEMES[id], answers);
    expect(formatFraction(result.score)).toBe(score);
    expect(formatFraction(result.maxScore)).toBe(max);
    expect([result.correct, result.wrong, result.skipped]).toEqual([3, 2, 1]);
  });

  it.each<[SchemeId, string]>([
    ["cds", "-1"],
    ["afcat", "-3"],
    ["nda", "-4"],
    ["upsc", "-2"],
    ["ssc", "-3/2"],
    ["practice", "0"],
  ])("three wrong answers under %s cost %s", (id, expected) => {
    const wrong = [0, 1, 2].map(() => ({ choice: 1, correctIndex: 0 }));
    expect(formatFraction(tally(SCHEMES[id], wrong).score)).toBe(expected);
  });

  it("scores an all-skipped attempt zero under every scheme", () => {
    for (const scheme of Object.values(SCHEMES)) {
      const result = tally(scheme, [{ choice: null, correctIndex: 1 }]);
      expect(formatFraction(result.score)).toBe("0");
      expect(result.skipped).toBe(1);
    }
  });

  it("scores an empty attempt zero out of zero", () => {
    const result = tally(SCHEMES.cds, []);
    expect([formatFraction(result.score), formatFraction(result.maxScore)]).toEqual(["0", "0"]);
  });
});
