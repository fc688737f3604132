// Options for a cloze (the real pipeline, no mocks): never a country or city the same article
// names (it often ties them to the same predicate), countries from the answer's own corner of
// the world, a country's main cities, and stock-exchange cities for "listed in ____".
import { describe, expect, it } from "vitest";
import { EUROPEAN_SUBREGIONS, EXCHANGE_CITIES } from "../../questions/country-groups";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { checkCandidate } from "../../src/generator/checks/index";
import { chooseOptions } from "../../src/generator/distractors/index";
import { createRandom } from "../../src/generator/random";
import { clozeFallback } from "../../src/generator/rules/cloze";

/** The distractors of the first passing cloze for `answer`. */
const distractors = (body: string, answer: string): string[] => {
  const article = analyseArticle(
    { title: "Test article", body, publishedAt: "2026-03-10" },
    { knowledge },
  );
  const candidate = clozeFallback
    .apply(article, knowledge)
    .find((c) => c.answer === answer && checkCandidate(c, article) === undefined);
  expect(candidate, `no cloze for ${answer}`).toBeDefined();
  if (!candidate) return [];
  const chosen = chooseOptions({ candidate, knowledge, article, random: createRandom(7) });
  expect(chosen.ok).toBe(true);
  return chosen.ok ? chosen.options.filter((o) => o !== answer) : [];
};

describe("cloze options", () => {
  it.each([
    [
      "Wildfires are burning in Greece, Italy and Croatia. Hundreds of schools in Portugal have closed as firefighters battle blazes in the north since 2 March 2026.",
      "Portugal",
      ["Greece", "Italy", "Croatia"],
    ],
    [
      "Heat records fell in Italy and Austria. Cities across Germany saw temperatures rise above 38C on 2 March 2026.",
      "Germany",
      ["Italy", "Austria"],
    ],
  ])("no other country of the article: %s", (body, answer, named) => {
    for (const name of distractors(body, answer)) expect(named).not.toContain(name);
  });

  it("a Western European country has Western European options", () => {
    const body =
      "Hundreds of schools closed on 2 March 2026 as France recorded its hottest day on record.";
    for (const name of distractors(body, "France")) {
      expect(EUROPEAN_SUBREGIONS[name]).toBe("Western Europe");
    }
  });

  it("an East Asian country is completed by major economies, not small states", () => {
    const body =
      "Across Japan, companies including Sony and Honda have invested billions in robots since 2024.";
    for (const name of distractors(body, "Japan")) {
      expect(["North Korea", "Mongolia"]).not.toContain(name);
    }
  });

  it("a city's options are its country's main cities", () => {
    const body =
      "Spain's government has declared an emergency after blazes spread close to Madrid, forcing 30,000 people to leave.";
    const main = knowledge.cities
      .filter((c) => c.country === "Spain")
      .slice(0, 7)
      .map((c) => c.name);
    for (const name of distractors(body, "Madrid")) expect(main).toContain(name);
  });

  it("a listing venue's options have stock exchanges", () => {
    const body =
      "Founded in 2015, the robot maker Geek+, which listed in Hong Kong in 2025, has become a leading supplier of warehouse robots.";
    for (const name of distractors(body, "Hong Kong")) expect(EXCHANGE_CITIES).toContain(name);
  });
});
