// The predicate of a clause runs on through a place apposition set off by commas ("in Aichi-Nagoya,
// Japan, with a record 119 medals"), and stops at a list or a new clause.
import { describe, expect, it } from "vitest";
import { parseClauses } from "../../src/generator/rules/clause";
import type { Sentence } from "../../src/generator/types";

const sentence = (text: string): Sentence =>
  ({ index: 0, text, paragraph: 0, start: 0, end: text.length }) as Sentence;

describe("parseClauses: a place apposition", () => {
  it.each([
    [
      "India ended the Games in Aichi-Nagoya, Japan, with a record 119 medals on Sunday.",
      "ended the Games in Aichi-Nagoya, Japan, with a record 119 medals on Sunday",
    ],
    [
      "The minister opened the summit in Perth, Western Australia, on Monday.",
      "opened the summit in Perth, Western Australia, on Monday",
    ],
    // A list goes on with capitals: the predicate stops at the first comma.
    ["The minister visited Delhi, Mumbai, Chennai and Kolkata last week.", "visited Delhi"],
    // A lower-case word after the name: no apposition.
    ["The team reached Doha, where the final will be played.", "reached Doha"],
  ])("%s", (text, predicate) => {
    const [clause] = parseClauses(sentence(text));
    expect(clause?.predicate.text).toBe(predicate);
  });
});
