// Where / when rules of the place family: located-in, participle dates, "the kingdom", landforms.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { checkStem } from "../../src/generator/checks/index";
import { generateQuestions } from "../../src/generator/index";
import { defaultRules } from "../../src/generator/rules/index";
import type { Candidate, PlaceEntity } from "../../src/generator/types";

const analysed = (body: string, date = "2026-02-10") =>
  analyseArticle({ title: "Test article", body, publishedAt: date }, { knowledge });
const byRule = (body: string, ruleId: string): Candidate[] => {
  const article = analysed(body);
  return defaultRules
    .filter((r) => r.id === ruleId)
    .flatMap((rule) => rule.apply(article, knowledge));
};
const question = (body: string, ruleId: string) =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-02-10" }).questions.find(
    (q) => q.ruleId === ruleId,
  );

describe("landforms in the gazetteer", () => {
  it.each([
    ["Rescuers reached the base of K2 after a storm.", "K2", "mountain"],
    ["A ferry sank off Lampedusa on Monday.", "Lampedusa", "island"],
    ["Troops are posted on the Siachen Glacier all year.", "Siachen Glacier", "glacier"],
    ["Snow closed passes across the Hindu Kush.", "Hindu Kush", "range"],
    ["Floods hit the Canadian province of Manitoba.", "Manitoba", "state"],
  ])("%s → %s (%s)", (body, name, placeType) => {
    const place = analysed(body).entities.find(
      (e): e is PlaceEntity => e.kind === "place" && e.name === name,
    );
    expect(place?.placeType).toBe(placeType);
  });
});

describe("where.located-in", () => {
  it.each([
    [
      "Japanese patrol boats shadowed a survey ship near the Senkaku Islands in the East China Sea.",
      "The Senkaku Islands, recently in the news, are located in which sea?",
      "East China Sea",
    ],
    [
      "Two ferries left Myanmar's Kachin region after the floods.",
      "Kachin, recently in the news, is located in which country?",
      "Myanmar",
    ],
    [
      "A landslide on Nepal's Manaslu buried a camp of climbers.",
      "Manaslu, recently in the news, is located in which country?",
      "Nepal",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "where.located-in")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it.each([
    // The gazetteer disagrees: Toronto is not in Quebec.
    "Crowds gathered in Toronto in Quebec on Monday.",
    // The venue of the sentence's event is asked by where.event-place instead.
    "The climate summit has begun in Brazil's Belém.",
    // A country does not lie in a sea for this rule.
    "Japan in the East China Sea faces a new test.",
    // "Ontario's premier": the place only modifies a noun.
    "Canada's Ontario's premier spoke on Monday.",
  ])("nothing from: %s", (body) => {
    expect(byRule(body, "where.located-in")).toEqual([]);
  });

  it("never offers the other country of a border peak", () => {
    const body = "An avalanche on Nepal's Mount Everest trapped a team of eight climbers.";
    const found = question(body, "where.located-in");
    expect(found?.answer).toBe("Nepal");
    expect(found?.options).not.toContain("China");
  });

  // Gilgit-Baltistan is claimed by India: for an Indian exam no country is the one key there.
  it("asks no country for a peak in a claimed region, but its range when the article names it", () => {
    const body = [
      "An avalanche on Pakistan's Broad Peak trapped a team of eight climbers.",
      "Rescuers flew in from Skardu to the peak in the Karakoram range.",
    ].join("\n\n");
    const found = byRule(body, "where.located-in");
    expect(found.map((c) => c.answer)).not.toContain("Pakistan");
    expect(found).toContainEqual(
      expect.objectContaining({
        stem: "Broad Peak, recently in the news, is located in which mountain range?",
        answer: "Karakoram",
      }),
    );
    const options = question(body, "where.located-in")?.options ?? [];
    for (const option of options)
      expect(["Karakoram", "Himalayas", "Hindu Kush", "Pamir Mountains"]).toContain(option);
  });

  it("asks no range the article does not name", () => {
    const body = "An avalanche on Nepal's Mount Everest trapped a team of eight climbers.";
    expect(byRule(body, "where.located-in").map((c) => c.answer)).not.toContain("Himalayas");
  });

  it("offers seas of the region for a sea", () => {
    const body =
      "Japanese patrol boats shadowed a survey ship near the Senkaku Islands in the East China Sea.";
    const found = question(body, "where.located-in");
    expect(found?.options).toHaveLength(4);
    for (const option of found?.options ?? []) expect(option).toMatch(/Sea$/);
  });
});

describe("when.participle-date: a description of the headline's person", () => {
  const stems = (title: string, body: string) =>
    defaultRules
      .flatMap((r) =>
        r.apply(
          analyseArticle({ title, body, publishedAt: "2026-02-10" }, { knowledge }),
          knowledge,
        ),
      )
      .map((c) => c.stem);
  const body = [
    "Mallika Rao, a Congress MP, addressed the assembly on Monday.",
    "Elected to the Rajya Sabha in 2014, the Karnataka politician was a leading voice on water.",
  ].join("\n\n");

  it("names the one person the headline names", () => {
    expect(stems("Karnataka MP Mallika Rao retires", body)).toContain(
      "In which year was Mallika Rao elected to the Rajya Sabha?",
    );
  });

  it("stays unresolved (and rejected) when the headline names two people", () => {
    const found = stems(
      "Mallika Rao and Vinod Shetty retire",
      `${body}\n\nVinod Shetty, a BJP MP, spoke too.`,
    );
    expect(found.some((s) => /elected to the Rajya Sabha/.test(s) && !/politician/.test(s))).toBe(
      false,
    );
  });
});

describe("when.participle-date", () => {
  it.each([
    [
      "The 19th amendment to Nepal's Constitution, passed on January 20, changes the senate.",
      "In which month was the 19th amendment to Nepal's Constitution passed?",
      "January 2026",
    ],
    // Not a law passing in stages: the day stays.
    [
      "The Atal Setu, opened on January 20, links Mumbai to Navi Mumbai.",
      "When was the Atal Setu opened?",
      "20 January 2026",
    ],
    [
      "Launched in France in 2023, the Velo One is sold in 12 countries.",
      "In which year was the Velo One launched in France?",
      "2023",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "when.participle-date")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it.each([
    // Nothing names the thing: "the rules" of what?
    "The rules, first proposed in 2024, take effect next year.",
    // Not a participle of an event.
    "The 12th report to Parliament, dated January 20, was short.",
    // A pronoun-like determiner.
    "This new law, passed on January 20, changes the senate.",
  ])("nothing from: %s", (body) => {
    expect(byRule(body, "when.participle-date")).toEqual([]);
  });
});

describe("the kingdom", () => {
  it("is spelt out when the article names exactly one kingdom", () => {
    const body =
      "A Thai activist was detained inside the kingdom's embassy in Vientiane in March 2024.";
    const stems = defaultRules
      .flatMap((r) => r.apply(analysed(body), knowledge))
      .map((c) => c.stem);
    expect(stems).toContain(
      "In which city was a Thai activist detained inside Thailand’s embassy in March 2024?",
    );
  });

  it("stays unresolved (and rejected) when the article names two kingdoms", () => {
    const body = [
      "Spain and Morocco signed a fisheries deal on Monday.",
      "A Spanish diplomat was detained inside the kingdom's embassy in Rabat in March 2024.",
    ].join("\n\n");
    const stems = defaultRules
      .flatMap((r) => r.apply(analysed(body), knowledge))
      .map((c) => c.stem);
    expect(stems.some((s) => /Spain’s embassy|Morocco’s embassy/.test(s))).toBe(false);
  });
});

describe("where.separated-by", () => {
  it.each([
    [
      "Bali is separated from Lombok by the Lombok Strait, a deep channel.",
      "By which strait is Bali separated from Lombok?",
      "Lombok Strait",
    ],
    [
      "Sri Lanka is separated from India by the Palk Strait and the Gulf of Mannar.",
      "By which strait is Sri Lanka separated from India?",
      "Palk Strait",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "where.separated-by")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it.each([
    // The place does not open the sentence: the relation may be about something else.
    "Ferries to Tangier from Spain are separated by the Strait of Gibraltar.",
    // A city after "by" is no water or range.
    "Ceuta is separated from Madrid by Malaga.",
  ])("nothing from: %s", (body) => {
    expect(byRule(body, "where.separated-by")).toEqual([]);
  });
});

describe("which-organisation.author and .made-member", () => {
  it.each([
    [
      "which-organisation.author",
      "Airlines must follow the new rules by the Directorate General of Civil Aviation to limit night landings.",
      "Which organisation issued the new rules to limit night landings?",
      "Directorate General of Civil Aviation",
    ],
    [
      "which-organisation.author",
      "Shipowners fought a draft resolution by members of the International Maritime Organization on a carbon levy.",
      "Members of which organisation proposed a draft resolution on a carbon levy?",
      "International Maritime Organization",
    ],
    [
      "which-organisation.made-member",
      "The bloc grew as the African Union was made a permanent member at the New Delhi summit in 2023.",
      "Which organisation was made a permanent member at the New Delhi summit in 2023?",
      "African Union",
    ],
    [
      "which-organisation.made-member",
      "The summit had a new voice after the African Union was made a member during Brazil's G20 Presidency in 2024.",
      "Which organisation was made a member of the G20 during Brazil's G20 Presidency in 2024?",
      "African Union",
    ],
  ])("%s: %s", (ruleId, body, stem, answer) => {
    expect(byRule(body, ruleId)).toContainEqual(expect.objectContaining({ stem, answer }));
  });

  it.each([
    // No purpose after the body: "the plan by the DGCA" alone says nothing to ask.
    [
      "which-organisation.author",
      "Pilots criticised the plan by the Directorate General of Civil Aviation.",
    ],
    // A company is no organisation for this rule.
    ["which-organisation.author", "Analysts welcomed the plan by Tata Motors to build a plant."],
    // Not made a member: only said to want it.
    ["which-organisation.made-member", "The African Union wants to be a member of the group."],
  ])("%s nothing from: %s", (ruleId, body) => {
    expect(byRule(body, ruleId)).toEqual([]);
  });
});

describe("when.span-end and spans of years", () => {
  it.each([
    [
      "From 1858 to 1947, India was ruled directly by the British Crown.",
      "India was ruled directly by the British Crown from 1858 to which year?",
      "1947",
    ],
    [
      "The old bridge was closed to traffic from 1990 to 2004.",
      "The old bridge was closed to traffic from 1990 to which year?",
      "2004",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "when.span-end")).toContainEqual(expect.objectContaining({ stem, answer }));
  });

  it.each([
    // Not led by a name: "From 1990 to 2004, it ..." says nothing by itself.
    "From 1990 to 2004, it was closed to traffic.",
    // Two clauses after the span: which one it dates is unclear.
    "From 1990 to 2004, Kerala grew fast, and Goa shrank.",
  ])("nothing from: %s", (body) => {
    expect(byRule(body, "when.span-end")).toEqual([]);
  });

  it("reads 'to 1945' as a date only after 'from 1895', and years from 1800", () => {
    const dates = (body: string) => analysed(body).dates.map((d) => d.text);
    expect(dates("The treaty held from 1895 to 1945.")).toEqual(["from 1895", "to 1945"]);
    expect(dates("The team ran to 1945 Street.")).toEqual([]);
    expect(dates("The treaty was signed in 1842.")).toEqual(["in 1842"]);
  });

  it("leaves half a span to the span rule, not to when.event-date", () => {
    const body = "The old bridge was closed to traffic from 1990 to 2004.";
    expect(byRule(body, "when.event-date")).toEqual([]);
  });
});

describe("stadiums", () => {
  it("asks the ground of a match, with grounds of the same country as options", () => {
    const body = "India prevailed over England by six wickets at Kolkata’s Eden Gardens on Sunday.";
    const found = byRule(body, "where.event-place").find((c) => c.answer === "Eden Gardens");
    expect(found?.stem).toBe(
      "At which stadium did India prevail over England by six wickets on 8 February 2026?",
    );
    const question = generateQuestions({
      title: "Test article",
      body,
      publishedAt: "2026-02-10",
    }).questions.find((q) => q.answer === "Eden Gardens");
    for (const option of question?.options ?? []) {
      const ground = knowledge.regions.find((r) => r.name === option);
      expect(ground?.type).toBe("stadium");
      expect(ground?.country).toBe("India");
    }
  });

  it("still drops a place that belongs to a concern ('concerns over ... in Delhi')", () => {
    const body = "Experts have raised concerns over the use of facial recognition in Mumbai.";
    expect(byRule(body, "where.event-place")).toEqual([]);
  });
});

describe("the capital", () => {
  const stems = (body: string) =>
    defaultRules.flatMap((r) => r.apply(analysed(body), knowledge)).map((c) => c.stem);

  it("is spelt out when the article names one capital city, more than once", () => {
    const body = [
      "Floods cut roads around Nairobi on Monday.",
      "In 2019, 30 people died in a flood in the capital.",
      "Officials in Nairobi said pumps were ready.",
    ].join("\n\n");
    expect(stems(body)).toContain("In which year did 30 people die in a flood in Nairobi?");
  });

  it.each([
    // Named once only: the capital may be another city.
    [
      "Floods cut roads around Nairobi on Monday.",
      "In 2019, 30 people died in a flood in the capital.",
    ],
    // Two capitals named: which one is meant is unclear.
    [
      "Talks in Nairobi and Kampala began on Monday, and Nairobi sent a team.",
      "In 2019, 30 people died in a flood in the capital.",
    ],
  ])("stays unresolved: %s", (...paragraphs) => {
    expect(stems(paragraphs.join("\n\n")).some((s) => /in (Nairobi|Kampala)\?$/.test(s))).toBe(
      false,
    );
  });
});

describe("where.host-bid", () => {
  it("asks the city a country's bid puts forward", () => {
    const body =
      "Officials said India has submitted a formal bid to host the 2038 Asian Games with Bengaluru as the front-runner.";
    expect(byRule(body, "where.host-bid")).toContainEqual(
      expect.objectContaining({
        stem: "Which city is India’s front-runner to host the 2038 Asian Games?",
        answer: "Bengaluru",
      }),
    );
  });

  it.each([
    // The city is not the bidder's: no question (the sentence may be garbled or a rival's).
    "India has submitted a formal bid to host the 2038 Asian Games with Doha as the front-runner.",
    // No bid: a city merely described.
    "Bengaluru is the front-runner among the cities, officials said.",
  ])("nothing from: %s", (body) => {
    expect(byRule(body, "where.host-bid")).toEqual([]);
  });
});

describe("which-country.subject-of-event: chronic states have no single answer", () => {
  it.each([
    "Italy has struggled with slow productivity gains for more than a decade.",
    "South Korea is grappling with who it is as its population ages.",
    "Portugal is busy protecting its coast against further fires.",
    "Chile remains very difficult for the migrants to reach by sea.",
  ])("nothing from: %s", (body) => {
    expect(byRule(body, "which-country.subject-of-event")).toEqual([]);
  });

  it("still asks a specific event", () => {
    expect(
      byRule(
        "Portugal banned the export of cork to Spain on Monday.",
        "which-country.subject-of-event",
      ),
    ).toHaveLength(1);
  });
});

describe("where.event-place: described places and 'on' an island or peak", () => {
  it.each([
    [
      "In 1986, 14 people died in a blaze on the Canary Island of La Gomera.",
      "On which Canary Island did 14 people die in a blaze in 1986?",
      "La Gomera",
    ],
    [
      "Officials opened a new port in the Canadian province of Nova Scotia in 2024.",
      "In which Canadian province did officials open a new port in 2024?",
      "Nova Scotia",
    ],
    [
      "An avalanche struck climbers on K2 in 2023.",
      "On which mountain did an avalanche strike climbers in 2023?",
      "K2",
    ],
  ])("%s", (body, stem, answer) => {
    expect(byRule(body, "where.event-place")).toContainEqual(
      expect.objectContaining({ stem, answer }),
    );
  });

  it.each([
    // "on" a city is no place of an event ("on Delhi's roads" is another matter).
    "Officials commented on Mumbai in 2024.",
    // The descriptor names another kind than the gazetteer's.
    "Officials opened a port in the city of Nova Scotia in 2024.",
    // Nothing but the blank and a date tells this fire from any other.
    "A fire broke out in a warehouse in Pune on Sunday.",
  ])("nothing from: %s", (body) => {
    expect(byRule(body, "where.event-place")).toEqual([]);
  });

  it("keeps the options inside the archipelago the stem names", () => {
    const body = "In 1986, 14 people died in a blaze on the Canary Island of La Gomera.";
    const found = question(body, "where.event-place");
    for (const option of found?.options ?? []) {
      expect(knowledge.regions.find((r) => r.name === option)?.group).toBe("Canary Islands");
    }
    expect(found?.options).toHaveLength(4);
  });
});

describe("stem check: 'the response', 'the cause' point back into the article", () => {
  it.each([
    "Whatever the cause, ____'s prime minister is angry with the response.",
    "Which President has mobilised the military to assist the response?",
  ])("%s", (stem) => {
    expect(checkStem(stem)?.reason).toBe("unresolved-pronoun");
  });

  it("'the response of the army' says whose", () => {
    expect(checkStem("Which country praised the response of the army?")).toBeUndefined();
  });
});

describe("where.subject-place", () => {
  it("asks the place that narrows the subject", () => {
    const body = "Air quality in the northern city of Lucknow was the worst in India on Monday.";
    expect(byRule(body, "where.subject-place")).toContainEqual(
      expect.objectContaining({
        stem: "Air quality in which city was the worst in India on 9 February 2026?",
        answer: "Lucknow",
      }),
    );
  });

  it("dates a ranking of the day of writing to that day, with its source", () => {
    const body =
      "Air quality in the northern city of Lucknow is currently the worst in India, the monitoring agency SAFAR said.";
    expect(byRule(body, "where.subject-place")).toContainEqual(
      expect.objectContaining({
        stem: "On 10 February 2026, air quality in which city was the worst in India, according to the monitoring agency SAFAR?",
        answer: "Lucknow",
      }),
    );
  });

  it.each([
    // A ranking of the day with no one to vouch for it.
    "Air quality in the northern city of Lucknow is currently the worst in India.",
    // People in a place and their speech say nothing about the place.
    "Officials in Lucknow said the schools would close on Monday.",
    // A copula with nothing only one place can be.
    "Air quality in Lucknow was poor on Monday.",
    // A country is asked by the which-country rules.
    "Air quality in India was the worst in Asia on Monday.",
  ])("nothing from: %s", (body) => {
    expect(byRule(body, "where.subject-place")).toEqual([]);
  });
});

describe("clauses: an aside between the auxiliary and the participle", () => {
  it("reads 'has, yet again, withdrawn' as one verb phrase", () => {
    const body = "Argentina has, yet again, withdrawn from the Paris Agreement.";
    expect(byRule(body, "which-country.subject-of-event")).toContainEqual(
      expect.objectContaining({
        stem: "In February 2026, which country has again withdrawn from the Paris Agreement?",
        answer: "Argentina",
      }),
    );
  });

  it("leaves a long aside alone", () => {
    const body =
      "Argentina has, as its new leaders promised during the campaign, withdrawn from the pact.";
    expect(byRule(body, "which-country.subject-of-event")).toEqual([]);
  });
});

describe("place nouns", () => {
  it.each([
    ["NTPC opened a new solar park in Ladakh on Monday.", "In which union territory"],
    ["NTPC opened a new solar park in Kerala on Monday.", "In which state"],
    ["Irving Oil opened a new port in Nova Scotia on Monday.", "In which province"],
  ])("%s → %s", (body, opening) => {
    expect(byRule(body, "where.event-place")[0]?.stem.startsWith(opening)).toBe(true);
  });
});

describe("the Games", () => {
  const stems = (body: string) =>
    defaultRules.flatMap((r) => r.apply(analysed(body), knowledge)).map((c) => c.stem);

  it("names the article's one Games", () => {
    const body = [
      "Glasgow will stage the Commonwealth Games next year.",
      "When Melbourne hosted the Games in 2006, costs rose sharply.",
    ].join("\n\n");
    expect(stems(body)).toContain("In which year did Melbourne host the Commonwealth Games?");
  });

  it("leaves 'the Games' alone when the article names two", () => {
    const body = [
      "Glasgow will stage the Commonwealth Games and Nagoya the Asian Games.",
      "When Melbourne hosted the Games in 2006, costs rose sharply.",
    ].join("\n\n");
    expect(stems(body)).toContain("In which year did Melbourne host the Games?");
  });
});
