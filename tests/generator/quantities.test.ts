import { describe, expect, it } from "vitest";
import { findQuantities, singular } from "../../src/generator/quantities";
import type { Sentence } from "../../src/generator/types";

const sentence = (text: string): Sentence[] => [{ index: 0, paragraph: 0, text }];
/** Each quantity as "text | value unit | format | ~ when approximate". */
const found = (text: string) =>
  findQuantities(sentence(text)).map(
    (q) =>
      `${q.text} | ${q.value} ${q.unit}${q.scale ? ` (${q.scale})` : ""} | ${q.format}${q.approximate ? " | ~" : ""}`,
  );

describe("findQuantities", () => {
  it.each([
    ["The premier began a four-day visit to Hanoi.", ["four-day | 4 day | words"]],
    ["It is the first such visit in six years.", ["six years | 6 year | words"]],
    ["The curbs have lasted for nearly a decade.", ["nearly a decade | 1 decade | words | ~"]],
    ["The landslide killed 27 people in the hill district.", ["27 people | 27 person | digits"]],
    ["At least 12 killed as a bus fell into a gorge.", ["At least 12 | 12  | digits | ~"]],
    [
      "More than 140,000 pilgrims took a dip on the first day.",
      ["More than 140,000 pilgrims | 140000 pilgrim | digits | ~"],
    ],
    ["The two-day summit ended with a joint statement.", ["two-day | 2 day | words"]],
    ["The minister toured three nations in a week.", ["three nations | 3 nation | words"]],
    [
      "Rescuers reached 10 climbers stranded near the summit.",
      ["10 climbers | 10 climber | digits"],
    ],
    ["The corridor will run 1,200 km along the coast.", ["1,200 km | 1200 kilometre | digits"]],
    ["The economy grew 5.2 per cent in the quarter.", ["5.2 per cent | 5.2 percent | digits"]],
    ["Retail inflation eased to 5.2% in May.", ["5.2% | 5.2 percent | digits"]],
    [
      "The state set aside Rs 500 crore for flood relief.",
      ["Rs 500 crore | 5000000000 rupee (crore) | digits"],
    ],
    ["The fine was raised to Rs. 5,000 per violation.", ["Rs. 5,000 | 5000 rupee | digits"]],
    ["The court fined him $465 for the offence.", ["$465 | 465 dollar | digits"]],
    [
      "The lender raised US$ 2 billion from bonds.",
      ["US$ 2 billion | 2000000000 dollar (billion) | digits"],
    ],
    ["The scheme covers two lakh farmers.", ["two lakh farmers | 200000 farmer (lakh) | words"]],
    [
      "About 1.2 million people were displaced.",
      ["About 1.2 million people | 1200000 person (million) | digits | ~"],
    ],
    ["Twenty-five students won scholarships.", ["Twenty-five students | 25 student | words"]],
    ["A dozen countries signed the charter.", ["A dozen | 12  | words"]],
    ["The pilot, 89-year-old veteran, flew again.", ["89-year-old | 89 year | digits"]],
    [
      "Seven of the 10 people injured were discharged.",
      ["Seven | 7  | words", "10 people | 10 person | digits"],
    ],
    ["Officials counted 150 fire crews at the site.", ["150 fire crews | 150 crew | digits"]],
    ["Another 23 people are still missing.", ["23 people | 23 person | digits"]],
    ["Turnout was 60 per cent or more in most seats.", ["60 per cent | 60 percent | digits | ~"]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("finds money and qualifiers far into a long sentence", () => {
    const text =
      "After weeks of talks with lenders, regulators and the finance ministry in the capital, the state approved about Rs 500 crore for rural roads.";
    const [money] = findQuantities(sentence(text));
    expect(money).toMatchObject({
      text: "about Rs 500 crore",
      value: 5e9,
      unit: "rupee",
      approximate: true,
    });
    expect(text.slice(money?.start, money?.end)).toBe("about Rs 500 crore");
  });

  it("records the sentence and offsets", () => {
    const [quantity] = findQuantities(sentence("The team played six matches."));
    expect(quantity).toMatchObject({ sentence: 0, start: 16, end: 27, text: "six matches" });
  });

  it.each([
    ["The summit will be held in 2026 in Delhi."],
    ["The accord was signed on 4 January 2026."],
    ["Polling ends on January 4, officials said."],
    ["India finished third, its first medal in the event."],
    ["He finished 27th in the final standings."],
    ["Leaders met at the G20 and at COP30."],
    ["The IAF flew Su-30MKI jets over the venue."],
    ["Cases of Covid-19 fell again."],
    ["Article 370 was revoked by Parliament."],
    ["Trains leave from Platform No. 4 at 10:30."],
    ["The session starts at 9 a.m. sharp."],
    ["Call 1800 425 1213 for help."],
    ["One of the officers declined to comment."],
    ["The Group of Seven met in Italy."],
    ["The ward had between 10-15 beds free."],
    ["The shop is open 24/7."],
  ])("finds no quantity in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("singular", () => {
  it.each([
    ["people", "person"],
    ["years", "year"],
    ["countries", "country"],
    ["matches", "match"],
    ["days", "day"],
    ["crores", "crore"],
    ["series", "series"],
    ["bus", "bus"],
  ])("%s -> %s", (plural, expected) => {
    expect(singular(plural)).toBe(expected);
  });
});
