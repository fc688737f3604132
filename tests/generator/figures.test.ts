// Figures beyond plain counts: amounts, shares, ordinals and changes "from X to Y" (the real
// analysis and rules on sentences written for these tests, no mocks).
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import {
  figureText,
  numberDistractors,
  ordinal,
  quantityDistractors,
} from "../../src/generator/distractors/numbers";
import { generateQuestions } from "../../src/generator/index";
import { createRandom } from "../../src/generator/random";
import { defaultRules } from "../../src/generator/rules/index";
import type { QuantityMention } from "../../src/generator/types";

const stems = (body: string, ruleId: string, date = "2026-02-10") => {
  const article = analyseArticle({ title: "Test article", body, publishedAt: date }, { knowledge });
  return defaultRules
    .flatMap((rule) => rule.apply(article, knowledge))
    .filter((c) => c.ruleId === ruleId)
    .map((c) => [c.stem, c.answer]);
};

describe("figure rules", () => {
  it.each([
    [
      "how-many.amount",
      "A district court has fined a Dutch tourist S$900 (€620; £530) for spraying paint on a bus shelter and leaving it there.",
      "In February 2026, how much has a district court fined a Dutch tourist for spraying paint on a bus shelter?",
      "S$900",
    ],
    [
      "how-many.amount",
      "The Kerala cabinet approved Rs 1,200 crore for a new metro line in Kochi.",
      "In February 2026, how much did the Kerala cabinet approve for a new metro line in Kochi?",
      "Rs 1,200 crore",
    ],
    [
      "how-many.amount",
      "Norway's rail operator announced weeks later that it would commit €40m (£34m) to fitting trains with heat pumps - mostly older ones - on northern routes.",
      "How much did Norway's rail operator announce for fitting trains with heat pumps on northern routes?",
      "€40m",
    ],
    [
      "how-many.share",
      "Shipping accounts for 3% of the world's greenhouse gas emissions, and carries 80% of global trade by volume.",
      "In February 2026, what percentage of the world's greenhouse gas emissions does shipping account for?",
      "3%",
    ],
    [
      "how-many.share",
      "Surat, in the state of Gujarat, is known as the diamond city as it reportedly cuts 90% of the world's rough diamonds.",
      "In February 2026, what percentage of the world's rough diamonds does Surat reportedly cut?",
      "90%",
    ],
    [
      "how-many.ordinal",
      "The 106th amendment to the Constitution, passed on 21 September 2023, reserves seats for women.",
      "Which amendment to the Constitution was passed on 21 September 2023?",
      "106th",
    ],
    [
      "how-many.ordinal",
      "The 31st edition of the Kala Ghoda festival has opened in Mumbai.",
      "In February 2026, which edition of the Kala Ghoda festival opened in Mumbai?",
      "31st",
    ],
    [
      "how-many.change",
      "Seafarers welcomed the three-phase plan by the Directorate General of Shipping to limit working hours. These include an increase in the weekly rest period for deck crew from 24 hours to 36 hours, a cap on night watches from five to three, and longer breaks.",
      "Under the three-phase plan by the Directorate General of Shipping, the weekly rest period for deck crew was increased from 24 hours to how many hours?",
      "36",
    ],
    [
      "how-many.change",
      "Seafarers welcomed the three-phase plan by the Directorate General of Shipping to limit working hours. These include an increase in the weekly rest period for deck crew from 24 hours to 36 hours, a cap on night watches from five to three, and longer breaks.",
      "Under the three-phase plan by the Directorate General of Shipping, the cap on night watches was reduced from five to how many?",
      "3",
    ],
    [
      "how-many.change",
      "The Railway Board issued a plan by the Railway Board on rest hours. These include a cut in the monthly overtime for loco pilots from 40 hours to 30 hours.",
      "Under the plan by the Railway Board, the monthly overtime for loco pilots was reduced from 40 hours to how many hours?",
      "30",
    ],
    [
      "how-many.change",
      "Air India raised its daily flights from 420 in May to 465 in the summer schedule.",
      "Air India raised its daily flights from 420 in May 2025 to how many in the summer schedule?",
      "465",
    ],
    [
      "how-many.holds",
      "The Eurozone is a currency union spanning 20 European countries that use the euro.",
      "In February 2026, how many European countries does the Eurozone span?",
      "20",
    ],
    [
      "how-many.holds",
      "Brisbane 2032 will feature just 28 sports, and several have been dropped.",
      "How many sports will Brisbane 2032 feature?",
      "28",
    ],
    [
      "how-many.holds",
      "An estimated 9,000 Pandits remain in the Kashmir Valley, most of them in Srinagar.",
      "In February 2026, about how many Pandits remain in the Kashmir Valley?",
      "9,000",
    ],
    [
      "how-many.holds",
      "Parsis in India, including those abroad on visas, numbered about 57,000 in 2011, down from 69,000 in 2001.",
      "About how many Parsis were there in India in 2011?",
      "57,000",
    ],
    [
      "how-many.measure",
      "Climbers left for Kangchenjunga on Monday. An avalanche struck the 8,586-metre (28,169 ft) peak at noon.",
      "How many metres high is Kangchenjunga?",
      "8,586",
    ],
    [
      "how-many.measure",
      "Sherpa Dorje, who led the team, is famous for scaling all 14 of the world's highest peaks in 2019.",
      "How many of the world's highest peaks is Sherpa Dorje famous for scaling in 2019?",
      "14",
    ],
    [
      "how-many.stated",
      "Officials said there were 120 workers at the Anand Textiles mill when the fire broke out.",
      "In February 2026, how many workers were at the Anand Textiles mill when a fire broke out?",
      "120",
    ],
    [
      "how-many.sized",
      "The All India Kisan Sabha, which represents almost 15 million farmers, called a strike.",
      "In February 2026, about how many farmers does the All India Kisan Sabha represent?",
      "15 million",
    ],
    [
      "when.years-after",
      "The fifth Kerala Water Summit has begun in Kochi. Coming 12 years after the landmark Kochi Accord, this would be a chance to take stock.",
      "In which year was the Kochi Accord signed?",
      "2014",
    ],
    [
      "when.years-after",
      "Exactly 25 years after the Bhopal Declaration, India will host the talks again in 2030.",
      "In which year was the Bhopal Declaration adopted?",
      "2005",
    ],
    [
      "how-many.penalty",
      "Vandals in Hong Kong face up to a HK$5,000 fine, six months in jail, or both.",
      "In February 2026, vandals in Hong Kong face a fine of up to how much?",
      "HK$5,000",
    ],
    [
      "how-many.penalty",
      "Vandals in Hong Kong face up to a HK$5,000 fine, six months in jail, or both.",
      "In February 2026, vandals in Hong Kong face up to how many months in jail?",
      "6",
    ],
    [
      "how-many.stated",
      "A ferry capsized near Elephanta Island on Sunday. The captain said 40 tourists were on the two-deck ferry, most of them students.",
      "In February 2026, how many tourists were on the two-deck ferry that capsized near Elephanta Island?",
      "40",
    ],
    [
      "how-many.holds",
      "The 3,000 Tibetans already living in Bylakuppe make it a favoured destination.",
      "In February 2026, about how many Tibetans are living in Bylakuppe?",
      "3,000",
    ],
    [
      "how-many.article",
      "Lawmakers debated the 130th amendment to the Constitution, adopted on 2 February 2026. The amendment goes further. It amends Article 75 of the Constitution, changing how ministers are removed.",
      "Which Article of the Constitution does the 130th amendment, adopted on 2 February 2026, amend?",
      "Article 75",
    ],
    [
      "how-many.article",
      "Judges of the Supreme Court can be removed only by Parliament under Article 124 of the Constitution.",
      "Under which Article of the Constitution can judges of the Supreme Court be removed only by Parliament?",
      "Article 124",
    ],
    [
      "how-many.aboard",
      "Three buses carrying an estimated 120 pilgrims left Jammu on 2 February, and reached Katra by night.",
      "About how many pilgrims were aboard the three buses that left Jammu on 2 February 2026?",
      "120",
    ],
    [
      "how-many.aboard",
      "A December survey by CVoter found 61% backed the plan to shift the capital to Amaravati.",
      "In a December 2025 survey by CVoter, what percentage of respondents backed the plan to shift the capital to Amaravati?",
      "61%",
    ],
    [
      "how-many.count",
      "A ferry capsized near Elephanta Island on Sunday. Five people on the ferry were injured.",
      "In February 2026, how many people on the ferry that capsized near Elephanta Island were injured?",
      "5",
    ],
  ])("%s: %s", (ruleId, body, stem, answer) => {
    expect(stems(body, ruleId)).toContainEqual([stem, answer]);
  });

  it.each([
    // A conversion in brackets is an aside, and a hedged amount is never asked.
    ["how-many.amount", "The court fined the firm about Rs 5 crore for polluting the Yamuna."],
    ["how-many.amount", "Tickets for the concert in Goa cost more than Rs 4,000 each."],
    // An amount that is not paid, fined or committed.
    ["how-many.amount", "The company reported a loss of Rs 300 crore in the quarter."],
    // A pronoun where the share's holder should be.
    ["how-many.share", "It accounts for 3% of the world's greenhouse gas emissions."],
    // A rise, not a share of a whole.
    ["how-many.share", "Sales of air coolers in Delhi surged 70% in May."],
    // An ordinal that is a date, and one that heads no subject.
    ["how-many.ordinal", "The talks will resume on the 4th of March in Geneva."],
    ["how-many.ordinal", "India finished 12th in the medals table at the Asian Games."],
    // "These include" with no named plan before it: whose change is unsaid.
    [
      "how-many.change",
      "These include an increase in the weekly rest period from 24 hours to 36 hours.",
    ],
    // A range, not a change.
    ["how-many.change", "Between 300 to 400 people crossed the border in Assam on Monday."],
    // A pronoun or a common noun holds nothing the stem can name.
    ["how-many.holds", "It will feature just 28 sports, and several have been dropped."],
    ["how-many.holds", "The new league will feature 12 teams from across Kerala."],
    // A height with two peaks near it: which one is unclear.
    [
      "how-many.measure",
      "Climbers left Lhotse for Makalu on Monday. An avalanche struck the 8,485-metre peak at noon.",
    ],
    // "six million" in words has no digits to keep among the options.
    [
      "how-many.sized",
      "The All India Kisan Sabha, which represents six million farmers, called a strike.",
    ],
    // A hedged or rounded interval, a gerund that names no instrument, and a main clause that is
    // a pronoun with nothing before it.
    [
      "when.years-after",
      "Nearly 25 years after the Bhopal Declaration, India will host the talks again in 2030.",
    ],
    [
      "when.years-after",
      "Exactly three decades after hosting its first Asian Games, India will host the event again in 2032.",
    ],
    [
      "when.years-after",
      "Coming 25 years after the Kochi Accord, this would be a chance to take stock.",
    ],
    // Whose law it is goes unsaid.
    ["how-many.penalty", "Offenders face up to a Rs 5,000 fine, six months in jail, or both."],
    // A vessel the article never pins down, and a count it later corrects.
    ["how-many.stated", "The captain said 40 tourists were on the ferry, most of them students."],
    [
      "how-many.stated",
      "A ferry capsized near Elephanta Island. In an earlier briefing, the captain said 40 tourists were on the ferry, most of them students.",
    ],
    // Whose constitution is unsaid, and "It" with nothing dated to stand for.
    ["how-many.article", "Judges can be removed only by Parliament under Article 124."],
    ["how-many.article", "The amendment goes further. It amends Article 75 of the Constitution."],
    // No place for the vehicles to have left, and a survey nobody ran.
    ["how-many.aboard", "Three buses carrying 120 pilgrims left early, and reached by night."],
    ["how-many.aboard", "A survey found 61% backed the plan to shift the capital to Amaravati."],
    ["how-many.count", "Five people on the ferry were injured."],
  ])("%s: nothing from %s", (ruleId, body) => {
    expect(stems(body, ruleId)).toEqual([]);
  });
});

const mention = (text: string, value: number, unit: string, scale?: string): QuantityMention => ({
  sentence: 0,
  start: 0,
  end: text.length,
  text,
  value,
  unit,
  format: "digits",
  approximate: false,
  ...(scale ? { scale } : {}),
});

describe("figure shapes", () => {
  it.each([
    [mention("S$600", 600, "Singapore dollar"), "S$600", /^S\$\d[\d,]*$/],
    [mention("€80m", 80e6, "euro"), "€80m", /^€\d+m$/],
    [mention("$300 billion", 3e11, "dollar", "billion"), "$300 billion", /^\$\d+ billion$/],
    [mention("about 6 million", 6e6, "", "million"), "6 million", /^\d+ million$/],
    [mention("Rs 1,200 crore", 1.2e10, "rupee", "crore"), "Rs 1,200 crore", /^Rs \d[\d,]* crore$/],
    [mention("2.7%", 2.7, "percent"), "2.7%", /^\d\.\d%$/],
    [mention("27th", 27, "ordinal"), "27th", /^\d+(st|nd|rd|th)$/],
    [mention("36 hours", 36, "hour"), "36", /^\d+$/],
  ])("%s reads as the article writes it", (quantity, answer, shape) => {
    expect(figureText(quantity)).toBe(answer);
    for (let seed = 0; seed < 10; seed++) {
      const options = quantityDistractors(quantity, createRandom(seed));
      expect(options).toHaveLength(3);
      expect(new Set([answer, ...options]).size).toBe(4);
      for (const option of options) expect(option).toMatch(shape);
    }
  });

  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [11, "11th"],
    [12, "12th"],
    [22, "22nd"],
    [101, "101st"],
    [113, "113th"],
  ])("ordinal %d is %s", (n, text) => {
    expect(ordinal(n)).toBe(text);
  });

  it.each([
    [48, 4],
    [27, 3],
    [52, 4],
  ])("%d gets neighbours on a step that divides it (%d)", (value, step) => {
    for (let seed = 0; seed < 10; seed++) {
      for (const option of numberDistractors(value, createRandom(seed))) {
        expect(Number(option) % step).toBe(0);
      }
    }
  });

  it("never offers the old figure of a change", () => {
    for (let seed = 0; seed < 10; seed++) {
      const { questions } = generateQuestions(
        {
          title: "Rest rules",
          body: "Pilots welcomed the plan by the Directorate General of Civil Aviation on rest. These include an increase in the weekly rest period for cabin crew from 24 hours to 28 hours.",
          publishedAt: "2026-02-10",
        },
        { seed },
      );
      const change = questions.find((q) => q.ruleId === "how-many.change");
      expect(change?.options).not.toContain("24");
    }
  });
});

describe("ordinal clozes", () => {
  it("never blank one of a pair of ordinals ('the 14th and 48th minutes')", () => {
    const body = "Skipper Rani Rampal scored in the 14th and 48th minutes against Chile in Pune.";
    const answers = stems(body, "cloze.fallback").map(([, answer]) => answer);
    expect(answers).not.toContain("14th");
    expect(answers).not.toContain("48th");
  });
});
