// Questions that share an article may not hold each other's answers; where a stem can do without
// the part that holds one, it is rewritten rather than the question dropped (settle.ts).
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import type { Draft } from "../../src/generator/checks/index";
import { generateQuestions } from "../../src/generator/index";
import { withoutAnswerOf } from "../../src/generator/settle";

const stems = (title: string, body: string): string[] =>
  generateQuestions({ title, body, publishedAt: "2026-03-10" }).questions.map((q) => q.stem);

describe("settling questions beside each other", () => {
  const body = [
    "Japanese Prime Minister Sanae Takaichi began a four-day visit to India on Sunday.",
    "She held talks with Prime Minister Narendra Modi in New Delhi on Monday.",
  ].join(" ");

  it.each([
    // The office replaces the name another question asks for, in its own sentence and others.
    "As of March 2026, who is the Prime Minister of Japan?",
    "To which country did the Japanese Prime Minister begin a four-day visit on 8 March 2026?",
    "In which city did the Japanese Prime Minister hold talks with the Indian Prime Minister in March 2026?",
    // The full date another question asks for is cut to its month.
    "When did the Japanese Prime Minister hold talks with the Indian Prime Minister?",
  ])("keeps: %s", (stem) => {
    expect(stems("Takaichi visits India", body)).toContain(stem);
  });

  it("never keeps two questions of one sentence when one stem still holds the other's answer", () => {
    const sentence =
      "India beat Ghana 3-1 in a friendly hockey match at the Kalinga Stadium in Bhubaneswar on Tuesday.";
    const kept = stems("India beat Ghana", sentence);
    // Every stem of this sentence names India or Ghana as its subject or object: one question only.
    expect(kept).toHaveLength(1);
  });
});

describe("withoutAnswerOf", () => {
  const person = (title: string): Draft =>
    ({
      answer: "John Hale",
      answerKind: {
        kind: "entity",
        entity: {
          kind: "person",
          id: "person:john-hale",
          name: "John Hale",
          aliases: ["Hale"],
          title,
          nationality: "United States",
          mentions: [],
        },
      },
    }) as unknown as Draft;

  it.each([
    // One holder at a time: the office says who.
    [
      "President",
      "When did President John Hale visit Delhi?",
      "When did the American President visit Delhi?",
    ],
    [
      "Foreign Minister",
      "Where did Hale sign the pact?",
      "Where did the American Foreign Minister sign the pact?",
    ],
    // Many holders at once: the name stays, and the question that holds it is dropped instead.
    ["Senator", "When was Senator John Hale elected?", "When was Senator John Hale elected?"],
    ["Governor", "Where did John Hale sign the bill?", "Where did John Hale sign the bill?"],
  ])("%s: %s", (title, stem, expected) => {
    expect(withoutAnswerOf(stem, person(title), knowledge)).toBe(expected);
  });
});

describe("withoutAnswerOf a month", () => {
  const month: Draft = {
    answer: "October 2018",
    answerKind: {
      kind: "date",
      date: { granularity: "month", date: "2018-10-01", text: "in October 2018" },
    },
  } as unknown as Draft;

  it.each([
    // The opening anchor and a closing adjunct become the year.
    ["In October 2018, who won the vote?", "In 2018, who won the vote?"],
    [
      "In which city was the envoy shot outside the embassy in October 2018?",
      "In which city was the envoy shot outside the embassy in 2018?",
    ],
    // Inside the stem the month may say which event: it stays.
    [
      "Which city hosted the October 2018 summit of the bloc?",
      "Which city hosted the October 2018 summit of the bloc?",
    ],
    [
      "Which party won the October 2018 election in the state?",
      "Which party won the October 2018 election in the state?",
    ],
  ])("%s", (stem, expected) => {
    expect(withoutAnswerOf(stem, month, knowledge)).toBe(expected);
  });
});

describe("a month and a place asked from one sentence", () => {
  it("both stay, each without the other's answer", () => {
    const body =
      "Relations soured after the dissident writer Omar Hadi was shot dead outside the Iraqi embassy in Vienna in October 2018. Austria expelled two diplomats the next week.";
    const kept = generateQuestions({
      title: "A chill in ties",
      body,
      publishedAt: "2026-03-10",
    }).questions.map((q) => `${q.stem} => ${q.answer}`);
    expect(kept).toEqual(
      expect.arrayContaining([
        "In which city was the dissident writer Omar Hadi shot dead outside the Iraqi embassy in 2018? => Vienna",
        "When was the dissident writer Omar Hadi shot dead outside the Iraqi embassy? => October 2018",
      ]),
    );
  });
});

describe("withoutAnswerOf a year", () => {
  const year: Draft = {
    answer: "2015",
    answerKind: { kind: "date", date: { granularity: "year", date: { year: 2015 }, text: "2015" } },
  } as unknown as Draft;

  it.each([
    // A pact is signed once: its name says which without the year.
    ["Who negotiated the 2015 Paris Agreement?", "Who negotiated the Paris Agreement?"],
    [
      "____, who signed the 2015 Minsk Peace Accord, met the envoy.",
      "____, who signed the Minsk Peace Accord, met the envoy.",
    ],
    // A Games, summit or election recurs: the year says which, and stays.
    ["Which city hosted the 2015 Pacific Games?", "Which city hosted the 2015 Pacific Games?"],
    ["Who won the 2015 election in the state?", "Who won the 2015 election in the state?"],
  ])("%s", (stem, expected) => {
    expect(withoutAnswerOf(stem, year, knowledge)).toBe(expected);
  });
});
