import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { barePass, splitParagraph, splitSentences } from "../../src/generator/sentences";

describe("splitParagraph", () => {
  it.each<[string, string[]]>([
    [
      "The U.S. and the U.K. backed the resolution. The U.N. Security Council meets on Friday.",
      [
        "The U.S. and the U.K. backed the resolution.",
        "The U.N. Security Council meets on Friday.",
      ],
    ],
    [
      "Dr. Rao met Mr. Khan and Mrs. Iyer at St. Stephen's. Ms. Das chaired the session.",
      ["Dr. Rao met Mr. Khan and Mrs. Iyer at St. Stephen's.", "Ms. Das chaired the session."],
    ],
    [
      "Lt Gen. R. S. Bhatia and Lt. Gen. Meena inspected the unit. Maj. Gen. Arora and Col. Sen joined them.",
      [
        "Lt Gen. R. S. Bhatia and Lt. Gen. Meena inspected the unit.",
        "Maj. Gen. Arora and Col. Sen joined them.",
      ],
    ],
    [
      "Gen. Thapa thanked Adm. Kumar. The drill ends on Sunday.",
      ["Gen. Thapa thanked Adm. Kumar.", "The drill ends on Sunday."],
    ],
    [
      "Platform No. 4 and Nos. 7 and 8 were shut. Services resumed at noon.",
      ["Platform No. 4 and Nos. 7 and 8 were shut.", "Services resumed at noon."],
    ],
    [
      "The board approved Rs. 500 crore and Rs 20 lakh more. The plan starts in April.",
      ["The board approved Rs. 500 crore and Rs 20 lakh more.", "The plan starts in April."],
    ],
    [
      "Tata Sons Ltd. and Infosys Ltd. signed the pact. The deal is worth $2 billion.",
      ["Tata Sons Ltd. and Infosys Ltd. signed the pact.", "The deal is worth $2 billion."],
    ],
    [
      "Apple Inc. said sales rose. Samsung Co. declined to comment.",
      ["Apple Inc. said sales rose.", "Samsung Co. declined to comment."],
    ],
    [
      "Pulses, oilseeds, cereals etc. were covered by the order. Farmers welcomed it.",
      ["Pulses, oilseeds, cereals etc. were covered by the order.", "Farmers welcomed it."],
    ],
    [
      "Some metals, e.g. copper, i.e. the red one, rose approx. 3.5 per cent. Gold fell.",
      ["Some metals, e.g. copper, i.e. the red one, rose approx. 3.5 per cent.", "Gold fell."],
    ],
    [
      "The talks were held on Jan. 4 and again on Sept. 12 in Geneva. Both ended early.",
      ["The talks were held on Jan. 4 and again on Sept. 12 in Geneva.", "Both ended early."],
    ],
    [
      "Voting closed at 6 p.m. on Monday. Counting starts at 8 a.m. The result is due by noon.",
      [
        "Voting closed at 6 p.m. on Monday.",
        "Counting starts at 8 a.m.",
        "The result is due by noon.",
      ],
    ],
    [
      "A. K. Singh and N. Chandrasekaran attended. So did V.K. Menon.",
      ["A. K. Singh and N. Chandrasekaran attended.", "So did V.K. Menon."],
    ],
    [
      'He said, "We will go." Then he left the hall.',
      ['He said, "We will go."', "Then he left the hall."],
    ],
    [
      "“We are ready,” she said. “Are you?” he asked. Nobody answered!",
      ["“We are ready,” she said.", "“Are you?” he asked.", "Nobody answered!"],
    ],
    [
      "Will the ceasefire hold? Nobody knows. Talks resume today!",
      ["Will the ceasefire hold?", "Nobody knows.", "Talks resume today!"],
    ],
    [
      "The minister paused... and then resumed. The crowd waited… Applause followed.",
      ["The minister paused... and then resumed.", "The crowd waited…", "Applause followed."],
    ],
    [
      "The Mumbai Indians vs. Chennai match drew 33,000 fans. Tickets sold out.",
      ["The Mumbai Indians vs. Chennai match drew 33,000 fans.", "Tickets sold out."],
    ],
    [
      "Martin Luther King Jr. spoke first. Sr. officials followed.",
      ["Martin Luther King Jr. spoke first.", "Sr. officials followed."],
    ],
  ])("splits %j", (paragraph, expected) => {
    expect(splitParagraph(paragraph)).toEqual(expected);
  });

  it.each([
    ["Growth slowed to 5.2 per cent in the quarter ending in September."],
    ['"We will not back down," the chief minister said on Sunday.'],
    ["The index rose 1.25% to 24,310.5 points"],
  ])("keeps %j whole", (paragraph) => {
    expect(splitParagraph(paragraph)).toEqual([paragraph]);
  });
});

describe("splitSentences", () => {
  it("numbers sentences over the whole article and records their paragraph", () => {
    const sentences = splitSentences([
      "Rains lashed Chennai. Schools shut.",
      "The IMD issued an alert.",
    ]);
    expect(sentences).toEqual([
      { index: 0, paragraph: 0, text: "Rains lashed Chennai." },
      { index: 1, paragraph: 0, text: "Schools shut." },
      { index: 2, paragraph: 1, text: "The IMD issued an alert." },
    ]);
  });

  it("returns nothing for no paragraphs", () => {
    expect(splitSentences([])).toEqual([]);
  });
});

describe("barePass", () => {
  it.each([
    ["Rains lashed Chennai. Schools shut.", 7],
    ["", 0],
    ["The U.S. voted no.", 6],
  ])("counts the tokens of %j", (text, tokens) => {
    expect(barePass(text)).toBe(tokens);
  });
});

describe("splitParagraph properties", () => {
  const newsy = fc
    .array(
      fc.constantFrom(
        "The",
        "U.S.",
        "Dr.",
        "said",
        "3.5",
        "per",
        "cent.",
        "Rs.",
        "500",
        "crore",
        "“We",
        "go.”",
        "Then",
        "A.",
        "K.",
        "Singh",
        "No.",
        "4",
        "etc.",
        "why?",
        "Yes!",
        "...",
        "…",
        "and",
        "e.g.",
        "He",
      ),
      { maxLength: 40 },
    )
    .map((words) => words.join(" "));

  it("slices the paragraph in order, loses no characters but whitespace, and never yields empty text", () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ maxLength: 200 })), (paragraph) => {
        const parts = splitParagraph(paragraph);
        let from = 0;
        for (const part of parts) {
          expect(part).not.toBe("");
          const at = paragraph.indexOf(part, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at + part.length;
        }
        expect(parts.join("").replace(/\s/g, "")).toBe(paragraph.replace(/\s/g, ""));
      }),
      { seed: 20260104, numRuns: 500 },
    );
  });
});
