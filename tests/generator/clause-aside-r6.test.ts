// Clauses: a participle aside between commas after the subject, a year opener without its comma,
// and a second gerund after "began <gerund>". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { generateQuestions } from "../../src/generator/index";
import { parseClauses } from "../../src/generator/rules/clause";

const clauses = (text: string) =>
  parseClauses({ index: 0, paragraph: 0, text }).map((c) => [c.subject.text, c.predicate.text]);

describe("clauses: asides, year openers and gerunds", () => {
  it.each([
    [
      "The ministry, angered by the leak, suspended two officials.",
      ["The ministry", "suspended two officials"],
    ],
    [
      "In 2019 the state government, stung by the floods, began building a new dam on the river.",
      ["the state government", "began building a new dam on the river"],
    ],
    [
      "Back in 2011 the Kenyan government began clearing the forest camps and moving the families out.",
      ["the Kenyan government", "began clearing the forest camps"],
    ],
  ])("%s", (text, clause) => {
    expect(clauses(text)).toContainEqual(clause);
  });

  it.each([
    // A participle with no preposition after it is no aside of cause.
    "In 2019 the ministry, suspended officials, began a review.",
    // A present participle is no aside of cause.
    "Officials, speaking on Monday, said the talks failed.",
    // An aside with commas inside is too loose to read past.
    "The ministry, angered by the leak, the protests and the strike, and the army, suspended two officials.",
  ])("no subject read past the aside: %s", (text) => {
    expect(clauses(text).filter(([subject]) => /ministry|Officials/.test(subject ?? ""))).toEqual(
      [],
    );
  });

  it("keeps a year inside the subject when no 'the' follows", () => {
    expect(clauses("In 2015 India began blocking the road routes.").map(([s]) => s)).not.toContain(
      "India",
    );
  });

  it("asks the year of an event told after 'Back in <year>'", () => {
    const { questions, rejected } = generateQuestions({
      title: "Test article",
      body: "Back in 2011 the Kenyan government, shaken by the drought, began clearing the forest camps and moving the families out. Aid groups protested.",
      publishedAt: "2026-05-12",
    });
    const stems = [...questions, ...rejected]
      .filter((q) => q.ruleId === "when.event-date")
      .map((q) => q.stem);
    expect(stems).toContain(
      "In which year did the Kenyan government begin clearing the forest camps?",
    );
  });
});
