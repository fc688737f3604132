// Round 3 figure rules: anniversaries in years, majorities written as splits, counts a speaker put
// forward at an event; and figures that stand beside other questions of their sentence (sentences
// written for these tests, the real analysis and rules, no mocks).
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { quantityDistractors } from "../../src/generator/distractors/numbers";
import { generateQuestions } from "../../src/generator/index";
import { createRandom } from "../../src/generator/random";
import { defaultRules } from "../../src/generator/rules/index";
import type { QuantityMention } from "../../src/generator/types";

const candidates = (body: string, ruleId: string, date = "2025-12-08", title = "Test article") => {
  const article = analyseArticle({ title, body, publishedAt: date }, { knowledge });
  return defaultRules
    .flatMap((rule) => rule.apply(article, knowledge))
    .filter((c) => c.ruleId === ruleId)
    .map((c) => [c.stem, c.answer]);
};

describe("how-many.anniversary", () => {
  it.each([
    [
      "Although the India-Japan relationship is centuries old, the special strategic partnership and the practice of annual summits marked 20 years this year, with the Prime Minister's visit to Tokyo.",
      "In 2025, how many years did the India-Japan special strategic partnership and the practice of annual summits mark?",
      "20",
    ],
    [
      "The Simla Agreement completes 53 years in 2025.",
      "In 2025, how many years does the Simla Agreement complete?",
      "53",
    ],
    [
      "The Indian Space Research Organisation celebrates 56 years this month.",
      "In 2025, how many years does the Indian Space Research Organisation celebrate?",
      "56",
    ],
  ])("%s", (body, stem, answer) => {
    expect(candidates(body, "how-many.anniversary")).toContainEqual([stem, answer]);
  });

  it.each([
    // A past tense with no year: which year the anniversary fell in is not said.
    "The alliance marked 70 years with a parade.",
    // A pronoun subject.
    "It marked 20 years in 2024.",
    // A relation without its parties, and no pair to name them.
    "The strategic partnership marked 25 years this year.",
    // A span of years, not an anniversary.
    "The party marked 25 years of rule in the state this year.",
    // A compound ("a 25-year lease") and an age.
    "The port marked a 25-year lease this year.",
    "The veteran turned 80 years old this year.",
  ])("asks nothing of: %s", (body) => {
    expect(candidates(body, "how-many.anniversary")).toEqual([]);
  });
});

describe("how-many.split", () => {
  const graham = [
    "Republican Senator Mitch McConnell, an ally of US President Donald Trump, died on Friday aged 84.",
    "Before McConnell's death, Republicans held a 52-48 majority over Democrats in the Senate.",
    "Flags flew at half-mast across the United States, where he had served since 1985.",
    "Leaders in the United States and allies of the United States paid tribute to the senator.",
  ].join(" ");

  it.each([
    [
      graham,
      "In March 2026, what majority did the Republicans hold over the Democrats in the US Senate?",
      "52-48",
      "2026-03-10",
    ],
    [
      "The Left Democratic Front won a 99-41 majority over the United Democratic Front in the Kerala Assembly in May 2021.",
      "In May 2021, what majority did the Left Democratic Front win over the United Democratic Front in the Kerala Assembly?",
      "99-41",
      "2026-03-10",
    ],
  ])("%s", (body, stem, answer, date) => {
    expect(candidates(body, "how-many.split", date, "US Senator McConnell dies")).toContainEqual([
      stem,
      answer,
    ]);
  });

  it.each([
    // The smaller side first is a result, not a majority.
    "Democrats held a 47-53 minority in the Senate.",
    // A pronoun, and a majority of nothing named.
    "They held a 6-3 majority over the liberals in the court.",
    "The conservatives held a 6-3 majority.",
    // An opener that is no person's event leaves the clause undated.
    "Before the 2019 election, the alliance held a 303-52 majority over the opposition in the Lok Sabha.",
    // A score is no majority.
    "India beat Ghana 3-1 in the Senate Cup final.",
  ])("asks nothing of: %s", (body) => {
    expect(candidates(body, "how-many.split", "2026-03-10")).toEqual([]);
  });

  it("offers splits of the same total, none of them the key", () => {
    const split: QuantityMention = {
      sentence: 0,
      start: 0,
      end: 5,
      text: "53-47",
      value: 53,
      unit: "split",
      format: "digits",
      approximate: false,
    };
    for (const seed of [1, 2, 3, 4, 5]) {
      const options = quantityDistractors(split, createRandom(seed));
      expect(options).toHaveLength(3);
      expect(options).not.toContain("53-47");
      for (const option of options) {
        const [a, b] = option.split("-").map(Number);
        expect((a ?? 0) + (b ?? 0)).toBe(100);
        expect(a ?? 0).toBeGreaterThan(b ?? 0);
      }
    }
  });
});

describe("how-many.proposed", () => {
  it.each([
    [
      "Prime Minister Narendra Modi spoke at both sessions of the BRICS summit, suggesting five initiatives that the bloc could take up.",
      "In December 2025, how many initiatives did Prime Minister Narendra Modi suggest at the BRICS summit?",
      "5",
    ],
    [
      "External Affairs Minister S. Jaishankar addressed the ASEAN Regional Forum, proposing four measures to curb piracy.",
      "In December 2025, how many measures did External Affairs Minister S. Jaishankar propose while addressing the ASEAN Regional Forum?",
      "4",
    ],
    [
      "The G-7 leaders' summit in Kananaskis ended on Tuesday. Prime Minister Narendra Modi spoke at two sessions of the G-7, proposing three partnerships on critical minerals.",
      "In December 2025, how many partnerships did Prime Minister Narendra Modi propose at the G-7 leaders' summit?",
      "3",
    ],
  ])("%s", (body, stem, answer) => {
    expect(candidates(body, "how-many.proposed")).toContainEqual([stem, answer]);
  });

  it.each([
    // No named speaker, and an event that is no name.
    "He spoke at the summit, announcing five schemes.",
    "The minister attended the meeting, signing three agreements.",
    "Prime Minister Narendra Modi spoke at a rally in the town, announcing five schemes.",
    // A hedged figure.
    "Prime Minister Narendra Modi spoke at the G20 summit, suggesting about six initiatives.",
  ])("asks nothing of: %s", (body) => {
    expect(candidates(body, "how-many.proposed")).toEqual([]);
  });
});

describe("figures beside other questions of their sentence", () => {
  const stems = (title: string, body: string, date = "2026-03-10") =>
    generateQuestions({ title, body, publishedAt: date }).questions.map((q) => q.stem);

  it("keeps the count of 'from six to two' beside a stem that says 'two-phase'", () => {
    const body =
      "Seafarers welcomed the two-phase plan of the Directorate General of Shipping to limit working hours. They bring an increase in the weekly rest period for deck crew from 24 hours to 36 hours, a cap on night watches from five to two, and longer breaks.";
    const kept = stems("Shipping hours capped", body);
    expect(kept.some((s) => /rest period .* how many hours\?$/.test(s))).toBe(true);
    expect(kept.some((s) => /night watches .* how many\?$/.test(s))).toBe(true);
  });

  it("drops a country owning a named place when another question asks for that country", () => {
    const body = [
      "Two boats carrying an estimated 300 fishermen left Indonesia's Aceh province on 2 March, and have not been heard from since.",
    ].join(" ");
    const kept = stems("Boats missing off Aceh", body);
    const aboard = kept.find((s) => /how many fishermen/.test(s));
    if (kept.some((s) => /which country\?$/.test(s))) {
      expect(aboard).toBeDefined();
      expect(aboard).not.toMatch(/Indonesia/);
    }
  });
});

describe("how-many.target", () => {
  it.each([
    [
      "This will put the goal of $50 billion in bilateral trade by 2030 further out of reach.",
      "Sharp swings: on India-Brazil ties",
      "India and Brazil have set a goal of how much bilateral trade by 2030?",
      "$50 billion",
    ],
    [
      "India's target of 500 GW of non-fossil capacity by 2030 is on track, officials said.",
      "Test article",
      "India has set a target of how many gigawatts of non-fossil capacity by 2030?",
      "500",
    ],
  ])("%s", (body, title, stem, answer) => {
    expect(candidates(body, "how-many.target", "2025-12-08", title)).toContainEqual([stem, answer]);
  });

  it.each([
    // Whose target is not said.
    ["Its target of 40% of renewable power by 2030 was met.", "Test article"],
    ["The goal of $5 trillion in GDP by 2027 looks distant.", "Test article"],
    // Bilateral trade with no pair of countries to name.
    ["The goal of $60 billion in bilateral trade by 2031 looks distant.", "Test article"],
    // No deadline, and a hedged figure.
    ["India's target of 500 GW of non-fossil capacity is on track.", "Test article"],
    ["India's target of about 500 GW of non-fossil capacity by 2030 is on track.", "Test article"],
  ])("asks nothing of: %s", (body, title) => {
    expect(candidates(body, "how-many.target", "2025-12-08", title)).toEqual([]);
  });
});

describe("an ordinal edition beside the question of its place", () => {
  it("keeps both: the place stem loses the ordinal, the ordinal stem loses the place", () => {
    const kept = generateQuestions({
      title: "Summit opens",
      body: "The 17th edition of the BRICS summit has begun in Brazil's Rio de Janeiro.",
      publishedAt: "2025-07-06",
    }).questions.map((q) => q.stem);
    expect(kept).toContain("In which city did the BRICS summit begin in July 2025?");
    expect(kept).toContain("In July 2025, which edition of the BRICS summit began?");
  });
});

describe("how-many.multiple", () => {
  it.each([
    [
      "In March 2026, the Reserve Bank of India decided to raise the penalty for late filing fivefold, after leaving it unchanged for 20 years.",
      "In March 2026, by what factor did the Reserve Bank of India decide to raise the penalty for late filing?",
      "fivefold",
    ],
    [
      "The Kerala government increased the compensation for snakebite deaths threefold in 2024.",
      "By what factor did the Kerala government increase the compensation for snakebite deaths in 2024?",
      "threefold",
    ],
  ])("%s", (body, stem, answer) => {
    expect(candidates(body, "how-many.multiple", "2026-03-20")).toContainEqual([stem, answer]);
  });

  it.each([
    // Hedged, or no rise it measures.
    "The Reserve Bank of India raised the penalty nearly fivefold in March.",
    "The problem is fivefold, the Reserve Bank of India said in March.",
    // A multiple the list does not hold.
    "The Reserve Bank of India raised the penalty sevenfold in March.",
  ])("asks nothing of: %s", (body) => {
    expect(candidates(body, "how-many.multiple", "2026-03-20")).toEqual([]);
  });

  it("offers neighbouring multiples in words", () => {
    const fold: QuantityMention = {
      sentence: 0,
      start: 0,
      end: 8,
      text: "fivefold",
      value: 5,
      unit: "fold",
      format: "words",
      approximate: false,
    };
    for (const seed of [1, 2, 3, 4]) {
      const options = quantityDistractors(fold, createRandom(seed));
      expect(options).toHaveLength(3);
      expect(options).not.toContain("fivefold");
      for (const option of options) expect(option).toMatch(/^[a-z]+fold$/);
    }
  });

  it("stands beside the question of its month: the month goes to its year, the multiple goes", () => {
    const kept = generateQuestions({
      title: "Penalty raised",
      body: "In March 2026, the Reserve Bank of India decided to raise the penalty for late filing fivefold, after leaving it unchanged for 20 years.",
      publishedAt: "2026-04-20",
    }).questions.map((q) => q.stem);
    expect(kept).toContain(
      "In 2026, by what factor did the Reserve Bank of India decide to raise the penalty for late filing?",
    );
    expect(kept.some((s) => /^When did .* penalty for late filing\?$/.test(s))).toBe(true);
  });
});

describe("settling keeps what says which thing", () => {
  it("keeps the owner of a body that is no place ('Nepal's Constitution')", () => {
    const kept = generateQuestions({
      title: "Nepal amends its Constitution",
      body: "The 4th amendment to Nepal's Constitution, passed on 12 March, redraws the provinces.",
      publishedAt: "2026-03-20",
    }).questions.map((q) => q.stem);
    expect(kept.join(" ")).not.toMatch(/amendment to Constitution/);
    expect(kept.join(" ")).not.toMatch(/\b\d{1,2} 2026\b/);
  });
});

describe("how-many.crossed", () => {
  const japan = [
    "Japan has long been wary of immigration, and Japan's ageing workforce is shrinking.",
    "Japan's government says Japan needs more workers, and Japan is easing visa rules.",
    "The foreign resident population – which mainly comes from Vietnam, China and Nepal - surpassed three million in 2023.",
  ].join(" ");

  it.each([
    [
      japan,
      "In 2023, Japan’s foreign resident population surpassed which mark for the first time?",
      "3 million",
    ],
    [
      "India's foreign exchange reserves crossed $700 billion for the first time in September 2024.",
      "In September 2024, India's foreign exchange reserves crossed which mark for the first time?",
      "$700 billion",
    ],
    [
      "The Sensex crossed 80,000 in July 2024.",
      "In July 2024, the Sensex crossed which mark for the first time?",
      "80,000",
    ],
  ])("%s", (body, stem, answer) => {
    expect(candidates(body, "how-many.crossed")).toContainEqual([stem, answer]);
  });

  it.each([
    // No date, a pronoun, an owner the article does not make plain, a small or hedged figure.
    "India's foreign exchange reserves crossed $700 billion.",
    "It crossed 100 million users in 2023.",
    "The population surpassed four million in 2025.",
    "The team crossed 40 points in 2024.",
    "India's foreign exchange reserves crossed nearly $700 billion in September 2024.",
  ])("asks nothing of: %s", (body) => {
    expect(candidates(body, "how-many.crossed")).toEqual([]);
  });
});

describe("how-many.left", () => {
  it.each([
    [
      "A 6.2-magnitude earthquake in eastern Afghanistan has left at least 800 people dead, officials said.",
      "In September 2025, at least how many people have died in a 6.2-magnitude earthquake in eastern Afghanistan?",
      "800",
    ],
    [
      "Floods in Assam have left nearly 2 lakh people homeless.",
      "In September 2025, about how many people have been left homeless in floods in Assam?",
      "2 lakh",
    ],
    [
      "Cyclone Dana left 12 people injured in Odisha.",
      "In September 2025, how many people were injured in Cyclone Dana in Odisha?",
      "12",
    ],
  ])("%s", (body, stem, answer) => {
    expect(candidates(body, "how-many.left", "2025-09-02")).toContainEqual([stem, answer]);
  });

  it.each([
    // The event points back into the article.
    "The sudden wave of crossings has left at least 41 people dead.",
    "It left 30 people homeless in Bihar.",
    // A hedge the stem cannot carry, and a toll of an earlier year.
    "A landslide in Wayanad has left more than 200 people dead.",
    "In 2019, a cyclone in Odisha left 64 people dead.",
    // Not a toll.
    "A storm in Kerala left 40 villages without power.",
  ])("asks nothing of: %s", (body) => {
    expect(candidates(body, "how-many.left", "2025-09-02")).toEqual([]);
  });
});

describe("how-many.award", () => {
  it.each([
    [
      "The Haryana government announced a cash reward of Rs 2 lakh for each medallist at the Asian Games.",
      "In March 2026, how much did the Haryana government announce as a cash reward for each medallist at the Asian Games?",
      "Rs 2 lakh",
    ],
    [
      "The Centre has approved a relief package of Rs 1,500 crore for flood-hit farmers in Punjab.",
      "In March 2026, how much has the Centre approved as a relief package for flood-hit farmers in Punjab?",
      "Rs 1,500 crore",
    ],
    [
      "Prime Minister Narendra Modi will lay the foundation stone of the Rs 38,900 crore Vadhavan Port project on Friday.",
      "As of March 2026, how much is the Vadhavan Port project worth?",
      "Rs 38,900 crore",
    ],
  ])("%s", (body, stem, answer) => {
    expect(candidates(body, "how-many.award", "2026-03-10")).toContainEqual([stem, answer]);
  });

  it.each([
    // No named giver, no purpose, a hedged amount, a project with no name.
    "He announced a cash reward of Rs 5 lakh for the team.",
    "The Haryana government announced a cash reward of Rs 2 lakh.",
    "The Haryana government announced a cash reward of up to Rs 2 lakh for each medallist.",
    "Work began on the Rs 500 crore project in the district.",
  ])("asks nothing of: %s", (body) => {
    expect(candidates(body, "how-many.award", "2026-03-10")).toEqual([]);
  });
});

describe("how-many.ranking", () => {
  it.each([
    [
      "Neeraj Chopra, ranked No. 3 in the world, won the Diamond League meet in Doha on 8 March.",
      "As of March 2026, what is Neeraj Chopra’s world ranking?",
      "No. 3",
    ],
    [
      "World No. 4 Neeraj Chopra finished second in Doha on 8 March.",
      "As of March 2026, what is Neeraj Chopra’s world ranking?",
      "No. 4",
    ],
  ])("%s", (body, stem, answer) => {
    expect(candidates(body, "how-many.ranking", "2026-03-10")).toContainEqual([stem, answer]);
  });

  it.each([
    // No person named at the rank, and world No. 1 (asked as "who", not as a rank).
    "The team, ranked No. 3 in the world, won in Doha on 8 March.",
    "World No. 1 Neeraj Chopra won in Doha on 8 March.",
    // A rank that is no world ranking.
    "Neeraj Chopra, ranked No. 3 in Asia, won in Doha on 8 March.",
  ])("asks nothing of: %s", (body) => {
    expect(candidates(body, "how-many.ranking", "2026-03-10")).toEqual([]);
  });

  it("offers neighbouring ranks in the same shape", () => {
    const rank: QuantityMention = {
      sentence: 0,
      start: 0,
      end: 5,
      text: "No. 3",
      value: 3,
      unit: "rank",
      format: "digits",
      approximate: false,
    };
    const options = quantityDistractors(rank, createRandom(7));
    expect(options).toHaveLength(3);
    for (const option of options) expect(option).toMatch(/^No\. \d+$/);
    expect(options).not.toContain("No. 3");
  });
});

describe("a qualifier kept before a figure in words", () => {
  it.each([
    [
      "At least five people were killed in a landslide in Uttarakhand's Chamoli district on Monday.",
      "At least how many people were killed in a landslide in Uttarakhand's Chamoli district on 9 March 2026?",
      "5",
    ],
    [
      "At least six people were killed and 12 more injured in a bus crash near Shimla on Monday.",
      "At least how many people were killed in a bus crash near Shimla on 9 March 2026?",
      "6",
    ],
  ])("%s", (body, stem, answer) => {
    expect(candidates(body, "how-many.count", "2026-03-10")).toContainEqual([stem, answer]);
  });

  it("still asks nothing of a hedge the stem cannot carry ('more than five')", () => {
    const found = candidates(
      "More than five people were killed in a landslide in Uttarakhand's Chamoli district on Monday.",
      "how-many.count",
      "2026-03-10",
    );
    expect(found.some(([stem]) => /^(?:At least|About) how many/.test(stem ?? ""))).toBe(false);
  });
});
