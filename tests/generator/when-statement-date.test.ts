// "<Person>’s November 7 statement that ..." → "When did <person> make the statement that ...?".
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { whenStatementDate } from "../../src/generator/rules/when-statement-date";

const asked = (body: string, date = "2026-03-20") =>
  whenStatementDate
    .apply(
      analyseArticle({ title: "Test article", body, publishedAt: date }, { knowledge }),
      knowledge,
    )
    .map((c) => `${c.stem} => ${c.answer}`);

describe("when.statement-date", () => {
  it.each([
    [
      "Ties soured after Finance Minister Rohan Mehta’s March 3 statement that the rupee would be allowed to fall further, traders said.",
      "When did Rohan Mehta make the statement that the rupee would be allowed to fall further? => 3 March 2026",
    ],
    [
      "The row began with Governor Ana Ruiz’s February 12 announcement that the state would close two coal plants.",
      "When did Ana Ruiz make the announcement that the state would close two coal plants? => 12 February 2026",
    ],
  ])("%s", (body, expected) => {
    expect(asked(body)).toEqual([expected]);
  });

  it.each([
    // No date before the noun: nothing to ask.
    "The row began with Governor Ana Ruiz’s statement that the state would close two coal plants.",
    // A date elsewhere in the sentence does not date the statement.
    "On March 3, Governor Ana Ruiz’s statement that the state would close two coal plants angered unions.",
    // No that-clause: which statement is not said.
    "The row began with Governor Ana Ruiz’s February 12 statement, which angered unions.",
    // The statement opens the sentence: its that-clause would run on into the predicate.
    "Governor Ana Ruiz’s February 12 claim that the plants were safe angered unions.",
    // Too little after "that" to say which.
    "Unions were angered by Governor Ana Ruiz’s February 12 claim that it was safe.",
    // A quote is the speaker's words, not a fact to test.
    "Governor Ana Ruiz’s February 12 statement that “the plants must close” angered unions.",
  ])("none: %s", (body) => {
    expect(asked(body)).toEqual([]);
  });
});
