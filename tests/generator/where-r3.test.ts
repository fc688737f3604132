// Round 3 of the place family: based-in, superlative rankings, named events, first hosts, kinds of
// place, and the dates a sentence opens with. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { generateQuestions } from "../../src/generator/index";
import { defaultRules } from "../../src/generator/rules/index";
import type { Candidate } from "../../src/generator/types";

const analysed = (body: string, date = "2026-02-10") =>
  analyseArticle({ title: "Test article", body, publishedAt: date }, { knowledge });
const byRule = (body: string, ruleId: string, date = "2026-02-10"): Candidate[] => {
  const article = analysed(body, date);
  return defaultRules
    .filter((r) => r.id === ruleId)
    .flatMap((rule) => rule.apply(article, knowledge));
};
const question = (body: string, ruleId: string, date = "2026-02-10") =>
  generateQuestions({ title: "Test article", body, publishedAt: date }).questions.find(
    (q) => q.ruleId === ruleId,
  );

describe("which-country.based-in", () => {
  it.each([
    [
      "Switzerland has cleaner air: smog over Lahore was the worst on record, Swiss air quality tracker IQAir said.",
      "IQAir, an air quality tracker recently in the news, is based in which country?",
      "Switzerland",
    ],
    [
      "Chinese start-up DeepSeek released a new reasoning model in China on Monday.",
      "DeepSeek, a start-up recently in the news, is based in which country?",
      "China",
    ],
    [
      "The minister told French broadcaster TF1 that France would go ahead.",
      "TF1, a broadcaster recently in the news, is based in which country?",
      "France",
    ],
    [
      "The order went to South Korean shipbuilder Hanwha Ocean, a boost for South Korea.",
      "Hanwha Ocean, a shipbuilder recently in the news, is based in which country?",
      "South Korea",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "which-country.based-in")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it("keeps its options among countries", () => {
    const q = question(
      "Investors cheered a model from Chinese start-up DeepSeek. Its model rivals the best in China.",
      "which-country.based-in",
    );
    expect(q?.answer).toBe("China");
    expect(q?.options).toHaveLength(4);
    for (const option of q?.options ?? [])
      expect(knowledge.countries.some((c) => c.name === option)).toBe(true);
  });

  it.each([
    // A partner, an envoy, a person: no firm.
    "The robots were installed by UK partner MotionTech across ten sites.",
    "Chinese President Xi Jinping met the delegation in Beijing.",
    "The talks were led by US ambassador Eric Garcetti.",
    // The country is never named: the answer would not be traceable to the text.
    "Smog over Lahore was the worst on record, Swiss air quality tracker IQAir said.",
    // No trade noun between the nationality and the name.
    "Japanese voters went to the polls on Sunday.",
  ])("no candidate: %s", (body) => {
    expect(byRule(body, "which-country.based-in")).toEqual([]);
  });
});

describe("where.superlative", () => {
  it.each([
    [
      "Europe is the fastest-warming continent, heating at twice the global rate, according to the Copernicus Climate Change Service.",
      "According to the Copernicus Climate Change Service, which is the fastest-warming continent?",
      "Europe",
    ],
    [
      "Prices are rising, and Asia is the most populous continent, according to the United Nations.",
      "According to the United Nations, which is the most populous continent?",
      "Asia",
    ],
    // The owner's name ("the EU's") would point at Europe: it goes.
    [
      "Europe is the fastest-warming continent, according to the EU's Copernicus Climate Change Service.",
      "According to the Copernicus Climate Change Service, which is the fastest-warming continent?",
      "Europe",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "where.superlative")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it("offers only continents for a continent", () => {
    const q = question(
      "Europe is the fastest-warming continent, according to the Copernicus Climate Change Service.",
      "where.superlative",
    );
    const continents = knowledge.regions.filter((r) => r.type === "continent").map((r) => r.name);
    expect(q?.options).toHaveLength(4);
    for (const option of q?.options ?? []) expect(continents).toContain(option);
  });

  it.each([
    // No source: the ranking is the writer's.
    "Europe is the fastest-warming continent.",
    // The place does not open the clause: it is not what is ranked.
    "Heat in Europe is the worst problem of the continent, according to the Copernicus service.",
    // The noun is not the place's kind.
    "Europe is the biggest market, according to the company.",
  ])("no candidate: %s", (body) => {
    expect(byRule(body, "where.superlative")).toEqual([]);
  });
});

describe("a month that opens the sentence", () => {
  it.each([
    // The main verb, not the words right beside the month, dates it.
    ["In May, after a brief border clash, the army promoted its chief to field marshal.", 2025, 5],
    // A reporting verb dates the report, whatever the report says.
    ["In March, officials said the vote would be held in the capital.", 2025, 3],
    // A present scheduling verb looks ahead.
    ["In June, the two teams meet again in the final.", 2026, 6],
  ])("%s", (body, year, month) => {
    const date = analysed(body, "2025-11-18").dates[0];
    expect(date?.date).toEqual({ year, month });
  });

  it("leaves a month with no verb in reach unresolved", () => {
    expect(
      analysed("In May, a year of hope, a decade of waiting and more.", "2025-11-18").dates,
    ).toEqual([]);
  });
});

describe("where.event-place: the kind written after the name", () => {
  it.each([
    [
      "Japan deployed missiles on Yonaguni island in October.",
      "On which island did Japan deploy missiles in October 2025?",
    ],
  ])("%s", (body, stem) => {
    expect(byRule(body, "where.event-place", "2025-11-18")).toContainEqual(
      expect.objectContaining({ stem, answer: "Yonaguni" }),
    );
  });
});
