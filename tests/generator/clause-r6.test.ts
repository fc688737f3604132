// Round 6: a second clause opened by "while in <year>," and a subject with an "including" aside.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { clausesOf } from "../../src/generator/rules/event";
import { defaultRules } from "../../src/generator/rules/index";

const analysed = (body: string) =>
  analyseArticle({ title: "Test article", body, publishedAt: "2026-03-10" }, { knowledge });
const clauses0 = (body: string) => {
  const sentence = analysed(body).sentences[0];
  return sentence ? clausesOf(sentence) : [];
};
const stems = (body: string, ruleId: string): string[] => {
  const article = analysed(body);
  return defaultRules
    .filter((r) => r.id === ruleId)
    .flatMap((rule) => rule.apply(article, knowledge))
    .map((c) => `${c.stem} => ${c.answer}`);
};

describe("subject with an 'including' aside", () => {
  it.each([
    ["Eleven miners, including two engineers, died in the collapse.", "Eleven miners"],
    ["The three envoys, including one from Oman, arrived in Geneva.", "The three envoys"],
  ])("%s → %s", (body, subject) => {
    const clauses = clauses0(body);
    expect(clauses.map((c) => c.subject.text)).toContain(subject);
  });

  it.each([
    // Not an aside between commas: "including" with no comma before it.
    ["Eleven miners including two engineers, died in the collapse."],
  ])("no aside: %s", (body) => {
    const clauses = clauses0(body);
    expect(clauses.map((c) => c.subject.text)).not.toContain("Eleven miners");
  });

  it("an aside after a predicate opens no second clause", () => {
    const body = "Crowds gathered in the square, including many students, chanted slogans.";
    const clauses = clauses0(body);
    expect(clauses.map((c) => c.verb.text)).toEqual(["gathered"]);
  });
});

describe("when.event-date after 'while in <year>,'", () => {
  it.each([
    [
      "In 2005, 11 people died in a fire in the hills of Guadalajara, while in 1991, 15 workers, including three teenagers, died in a blaze near Girona in north-eastern Spain.",
      "In which year did 15 workers die in a blaze near Girona in north-eastern Spain? => 1991",
    ],
    [
      "In 2012, floods killed 40 people in Assam, whereas in 1998, a cyclone killed 300 people in Gujarat.",
      "In which year did a cyclone kill 300 people in Gujarat? => 1998",
    ],
  ])("%s", (body, expected) => {
    expect(stems(body, "when.event-date")).toContain(expected);
  });

  it.each([
    // "and in 1991," is no contrast opener: the year may belong to a list of events.
    [
      "In 2005, 11 people died in a fire in Guadalajara, and in 1991, 15 workers died in a blaze near Girona.",
      "1991",
    ],
    // The year of the first clause never dates the second.
    [
      "In 2005, 11 people died in a fire in Guadalajara, while 15 workers died in a blaze near Girona.",
      "2005",
    ],
  ])("not asked: %s", (body, year) => {
    expect(
      stems(body, "when.event-date").filter((s) => s.endsWith(`=> ${year}`) && /Girona/.test(s)),
    ).toEqual([]);
  });
});
