// A stem may not drop the opening time clause that says when its fact held.
import { describe, expect, it } from "vitest";
import { droppedQualifier, recentAsMonth } from "../../src/generator/checks/qualifier";
import type { Candidate, Sentence } from "../../src/generator/types";

const candidate = (sentence: string, stem: string): Candidate => ({
  ruleId: "how-many.split",
  type: "how-many",
  stem,
  answer: "51-49",
  answerKind: { kind: "date", date: { date: { year: 2026 }, granularity: "year" } } as never,
  sentence: { index: 0, text: sentence, paragraph: 0, start: 0, end: sentence.length } as Sentence,
  reliesOn: [],
  alsoTrue: [],
  priority: 0.7,
});

describe("droppedQualifier", () => {
  it.each([
    [
      "Before the senator's resignation, the ruling party held a 51-49 majority in the upper house.",
      "In May 2026, what majority did the ruling party hold in the upper house?",
      "relative-time",
    ],
    [
      "Until last year, the state run carrier flew 40 routes abroad.",
      "In May 2026, how many routes abroad did the state run carrier fly?",
      "relative-time",
    ],
    // The stem keeps the clause: fine.
    [
      "Before the senator's resignation, the ruling party held a 51-49 majority in the upper house.",
      "Before the senator's resignation, what majority did the ruling party hold in the upper house?",
      undefined,
    ],
    // No opening time clause.
    [
      "The ruling party held a 51-49 majority in the upper house in May.",
      "In May 2026, what majority did the ruling party hold in the upper house?",
      undefined,
    ],
    // A cloze keeps the whole sentence.
    [
      "Before the senator's resignation, the ruling party held a ____ majority in the upper house.",
      "Before the senator's resignation, the ruling party held a ____ majority in the upper house.",
      undefined,
    ],
  ])("%s → %s", (sentence, stem, reason) => {
    expect(droppedQualifier(candidate(sentence, stem))?.reason).toBe(reason);
  });
});

describe("recentAsMonth", () => {
  it.each([
    [
      "The row flared again recently, after the minister travelled to Oman.",
      "To which country did the minister travel in May 2026?",
      "relative-time",
    ],
    [
      "The row flared again recently, after the minister travelled to Oman.",
      "As of May 2026, which country is the row with?",
      undefined,
    ],
    [
      "The minister travelled to Oman on Monday.",
      "To which country did the minister travel in May 2026?",
      undefined,
    ],
  ])("%s → %s", (sentence, stem, reason) => {
    expect(recentAsMonth(candidate(sentence, stem))?.reason).toBe(reason);
  });
});
