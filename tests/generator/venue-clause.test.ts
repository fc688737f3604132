// A 'where' clause that names the venue of a coming event after a place: "... into Ohio, where
// next week's Cup final is due to take place" asks the venue; an event the clause leaves
// unnamed ("the final", "its summit") or a past event asks nothing.
import { describe, expect, it } from "vitest";
import { analyseArticle, defaultKnowledge, generateQuestions } from "../../src/generator/index";
import { spelledInArticle } from "../../src/generator/rules/acronym";

const stems = (body: string): string[] =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-06-03" }).questions.map(
    (q) => q.stem,
  );

describe("where.venue-clause", () => {
  it.each([
    [
      "Heavy rain is forecast to move east into Texas, where next week's Gold Cup final is due to take place.",
      "As of June 2026, the Gold Cup final is due to take place in which US state?",
    ],
    [
      "Delegates flew on to Brazil, where the UN climate conference will be held later this year.",
      "As of June 2026, the UN climate conference is due to take place in which country?",
    ],
  ])("%s", (body, stem) => {
    expect(stems(body)).toContain(stem);
  });

  it.each([
    // The event is not named: which final?
    "Heavy rain is forecast to move east into Texas, where the final is due to take place.",
    // Deictic: the event depends on the article.
    "Delegates flew on to Brazil, where the same climate conference will be held later this year.",
    // A past event is not a coming venue.
    "Delegates flew on to Brazil, where the UN climate conference was held last year.",
  ])("no venue question: %s", (body) => {
    expect(stems(body).filter((s) => /due to take place|being held/.test(s))).toEqual([]);
  });
});

describe("acronyms the article spells out", () => {
  const article = (body: string) =>
    analyseArticle(
      { title: "Test article", body, publishedAt: "2026-06-03" },
      { knowledge: defaultKnowledge },
    );
  it.each([
    [
      "Members of the Lake Placid Curling Association (LPCA) met on Friday.",
      "LPCA",
      "Lake Placid Curling Association",
    ],
    [
      "The dinner of the Board of Rural Valuers (BRV) was held in May.",
      "BRV",
      "Board of Rural Valuers",
    ],
    ["The Lake Placid Curling Association met on Friday. The LPCA chair spoke.", "LPCA", undefined],
    ["Members of the Quiet Valley club (LPCA) met on Friday.", "LPCA", undefined],
  ])("%s", (body, acronym, spelled) => {
    expect(spelledInArticle(article(body), acronym)).toBe(spelled);
  });
});
