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
      "Europe is the fastest-warming continent, according to the EU's Copernicus climate monitor.",
      "According to the Copernicus climate monitor, which is the fastest-warming continent?",
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

describe("which-country.kind-of", () => {
  it.each([
    [
      "Hundreds of people reached the Spanish exclave of Ceuta by sea on Friday, and Spain sent troops.",
      "Ceuta, recently in the news, is an exclave of which country?",
      "Spain",
    ],
    [
      "Wildfires forced thousands from their homes in the Canadian province of Alberta, and Canada asked for help.",
      "Alberta, recently in the news, is a province of which country?",
      "Canada",
    ],
    [
      "Troops moved into Spain's North African territory of Ceuta as Spain tightened its border.",
      "Ceuta, recently in the news, is a territory of which country?",
      "Spain",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "which-country.kind-of")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it.each([
    // The gazetteer puts Ceuta in Spain, not in Morocco: no question on the writer's slip.
    "Migrants swam into the Moroccan exclave of Ceuta as Morocco watched.",
    // The country is never named by its own name: the answer would not be traceable.
    "Wildfires forced thousands from their homes in the Canadian province of Alberta.",
    // A city is no kind a country holds in this frame.
    "Rescuers reached the Spanish city of Madrid after Spain asked for help.",
  ])("no candidate: %s", (body) => {
    expect(byRule(body, "which-country.kind-of")).toEqual([]);
  });
});

describe("where.first-held", () => {
  it.each([
    [
      "The G-20 leaders' summit at Johannesburg, the first ever staged on African soil, ended with a declaration on Africa.",
      "In February 2026, the G-20 leaders' summit was held for the first time on which continent?",
      "Africa",
    ],
    [
      "The climate conference in Belém, the first held in South America, drew leaders from Asia and Europe.",
      "In February 2026, the climate conference was held for the first time on which continent?",
      "South America",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "where.first-held")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it.each([
    // No gathering: a first without an event.
    "The G-20 leaders' summit in Johannesburg was praised by Africa.",
    // The first of something else: not a place of holding.
    "The summit in Johannesburg, the first ever attended by Africa's new leaders, was long.",
  ])("no candidate: %s", (body) => {
    expect(byRule(body, "where.first-held")).toEqual([]);
  });
});

describe("when.named-event", () => {
  it.each([
    [
      "Donald Trump, whose team brokered the 2020 Abraham Accords, wants to widen them.",
      "In which year were the Abraham Accords signed?",
      "2020",
    ],
    [
      "Energy use fell sharply after the Tohoku earthquake and tsunami in March 2011, officials said.",
      "When did the Tohoku earthquake and tsunami strike?",
      "March 2011",
    ],
    [
      "Trade has changed since Russia's 2022 invasion of Ukraine, a shock to Europe.",
      "In which year did Russia invade Ukraine?",
      "2022",
    ],
    [
      "After the US Capitol riots in 2021, the senator broke with the party.",
      "In which year did the US Capitol riots take place?",
      "2021",
    ],
    [
      "He backed the war after the September 11 attacks in 2001, records show.",
      "In which year did the September 11 attacks take place?",
      "2001",
    ],
    [
      "The island was ceded after the Treaty of Shimonoseki of 1895, historians note.",
      "In which year was the Treaty of Shimonoseki signed?",
      "1895",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "when.named-event", "2025-12-08")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it.each([
    // Recurring series: many namesakes, no single year.
    "The 2023 New Delhi declaration was stronger on terrorism.",
    "The 2016 presidential election changed the party.",
    // A lower-case event with no name: "the 1973 oil shock" could be any shock of the decade.
    "Ties were tested at times, for example by the 1973 oil shock.",
    // Violence with no name: "riots" alone could be any riots of that year.
    "The riots in 2021 shook the capital.",
    // A future year is a plan, not a date of the past.
    "The 2030 Commonwealth Games will be held in Ahmedabad.",
  ])("no candidate: %s", (body) => {
    expect(byRule(body, "when.named-event", "2025-12-08")).toEqual([]);
  });
});

describe("which-country.described-place", () => {
  it.each([
    [
      "Ukraine's emergency service said a Russian strike hit the southern port city of Mykolaiv overnight.",
      "Mykolaiv, recently in the news, is located in which country?",
      "Ukraine",
    ],
    [
      "Japan will station a radar unit on Yonaguni island, the defence ministry said.",
      "Yonaguni, recently in the news, is an island of which country?",
      "Japan",
    ],
    [
      "Kobe, a port city west of Osaka, was shaken by a strong quake, Japan's weather agency said.",
      "Kobe, recently in the news, is located in which country?",
      "Japan",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "which-country.described-place")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it.each([
    // The country is not named in the sentence: nothing ties the answer to the text.
    "A Russian strike hit the southern port city of Mykolaiv overnight.",
    // A capital needs no introduction.
    "Ukraine said drones hit the city of Kyiv overnight.",
    // A disputed island: no single key.
    "Japan sent a patrol boat to the island of Senkaku Islands, China said.",
  ])("no candidate: %s", (body) => {
    expect(byRule(body, "which-country.described-place")).toEqual([]);
  });
});

describe("where.located-in: Indonesia's provinces", () => {
  it("asks the country of a province the sentence places", () => {
    expect(
      byRule(
        "Two boats carrying refugees headed to Aceh in Indonesia last week.",
        "where.located-in",
      ),
    ).toContainEqual(
      expect.objectContaining({
        stem: "Aceh, recently in the news, is located in which country?",
        answer: "Indonesia",
      }),
    );
  });
});

describe("which-country.demonym-subject: connectives and closing places", () => {
  it("drops 'also' and a closing place that holds the country's name", () => {
    const [found] = byRule(
      "China denies any wrongdoing. Chinese survey ships are also operating near the Paracel Islands in the South China Sea, Vietnam says.",
      "which-country.demonym-subject",
    );
    expect(found?.stem).toBe(
      "In February 2026, which country’s survey ships are operating near the Paracel Islands?",
    );
    expect(found?.answer).toBe("China");
    // Vietnam is named beside the fact: never an option.
    expect(found?.alsoTrue).toContain("Vietnam");
  });

  it("keeps a closing place that names another country", () => {
    const [found] = byRule(
      "China denies any wrongdoing. Chinese survey ships are operating near the Paracel Islands off Vietnam.",
      "which-country.demonym-subject",
    );
    expect(found?.stem).toBe(
      "In February 2026, which country’s survey ships are operating near the Paracel Islands off Vietnam?",
    );
  });
});

describe("where.capital-of", () => {
  it.each([
    [
      "Rakhine has been at war for years, with rebels besieging the state capital Sittwe by land.",
      "Which city is the capital of Myanmar’s Rakhine state?",
      "Sittwe",
    ],
    [
      "Lucknow, the capital of Uttar Pradesh, hosted the summit.",
      "Which city is the capital of Uttar Pradesh?",
      "Lucknow",
    ],
    [
      "Floods hit Gujarat's capital, Gandhinagar.",
      "Which city is the capital of Gujarat?",
      "Gandhinagar",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "where.capital-of")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it.each([
    // The gazetteer puts Sittwe in Rakhine: the writer's slip is not asked.
    "Troops entered Kachin's capital, Sittwe.",
    // Kanpur is no capital of Uttar Pradesh.
    "Kanpur, the capital of Uttar Pradesh, hosted the summit.",
    // Two states in the sentence: whose capital is unclear.
    "Rakhine and Kachin have been at war, with rebels near the state capital Sittwe.",
  ])("no candidate: %s", (body) => {
    expect(byRule(body, "where.capital-of")).toEqual([]);
  });
});
