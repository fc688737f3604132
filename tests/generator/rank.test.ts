import { describe, expect, it } from "vitest";
import type { Draft } from "../../src/generator/checks/index";
import { generateQuestions } from "../../src/generator/index";
import { rankDrafts, scoreDraft } from "../../src/generator/rank";
import type { AnalysedArticle, PlaceEntity, QuestionType } from "../../src/generator/types";

const sentence = (index: number) => ({ index, paragraph: index, text: `Sentence ${index}.` });
const article: AnalysedArticle = {
  title: "Chennai hosts the final",
  sentences: Array.from({ length: 30 }, (_, i) => sentence(i)),
  entities: [],
  dates: [],
  quantities: [],
  pronouns: new Map(),
};

const place = (name: string, mentions: number[]): PlaceEntity => ({
  kind: "place",
  id: `place:${name}`,
  name,
  placeType: "city",
  mentions: mentions.map((s) => ({ sentence: s, start: 0, end: name.length, text: name })),
});

let counter = 0;
const draft = (
  type: QuestionType,
  answer: string,
  priority: number,
  sentenceIndex = counter++,
): Draft => ({
  ruleId: `${type}.test`,
  type,
  stem: `Which of these is question number ${sentenceIndex} about ${type} in the test?`,
  answer,
  answerKind: { kind: "entity", entity: place(answer, [sentenceIndex]) },
  sentence: sentence(sentenceIndex % 30),
  reliesOn: [],
  alsoTrue: [],
  priority,
  options: [answer, "B", "C", "D"],
  answerIndex: 0,
});

describe("scoreDraft", () => {
  it.each([
    ["higher rule priority", draft("who", "A1", 0.9, 3), draft("who", "A2", 0.3, 3)],
    [
      "an answer in the title",
      draft("where", "Chennai", 0.5, 4),
      draft("where", "Madurai", 0.5, 4),
    ],
  ])("ranks %s first", (_, better, worse) => {
    expect(scoreDraft(better, article)).toBeGreaterThan(scoreDraft(worse, article));
  });

  it("penalises a cloze against a wh-question of the same priority", () => {
    const wh = draft("where", "Salem", 0.5, 5);
    const cloze = { ...wh, stem: "The final was played in ____ on a warm evening in 2025." };
    expect(scoreDraft(wh, article)).toBeGreaterThan(scoreDraft(cloze, article));
  });
});

describe("rankDrafts", () => {
  it("keeps at most one question per answer and says why the rest went", () => {
    const drafts = [
      draft("who", "Same", 0.9),
      draft("where", "Same", 0.8),
      draft("when", "Other", 0.7),
    ];
    const { kept, dropped } = rankDrafts(drafts, article, 12);
    expect(kept.map((k) => k.draft.answer).sort()).toEqual(["Other", "Same"]);
    expect(dropped.map((d) => d.reason)).toEqual(["duplicate-answer"]);
  });

  it("treats answers equal after normalising as the same answer", () => {
    const drafts = [draft("who", "The Hague", 0.9), draft("where", "Hague", 0.8)];
    expect(rankDrafts(drafts, article, 12).kept).toHaveLength(1);
  });

  it("keeps a spread of types before filling with one type", () => {
    const drafts = [
      ...Array.from({ length: 10 }, (_, i) => draft("who", `Person ${i}`, 0.95)),
      draft("where", "Place", 0.4),
      draft("how-many", "7", 0.3),
    ];
    const { kept, dropped } = rankDrafts(drafts, article, 6);
    const types = kept.map((k) => k.draft.type);
    expect(kept).toHaveLength(6);
    expect(types).toContain("where");
    expect(types).toContain("how-many");
    expect(dropped.every((d) => d.reason === "ranked-out")).toBe(true);
    expect(dropped).toHaveLength(6);
  });

  it("fills with the strongest remaining questions when types run out", () => {
    const drafts = Array.from({ length: 8 }, (_, i) => draft("who", `Name ${i}`, 0.9));
    expect(rankDrafts(drafts, article, 6).kept).toHaveLength(6);
  });

  it.each([[0], [1], [3]])("never keeps more than maxQuestions = %d", (max) => {
    const drafts = Array.from({ length: 5 }, (_, i) => draft("where", `City ${i}`, 0.5));
    expect(rankDrafts(drafts, article, max).kept.length).toBeLessThanOrEqual(max);
  });

  it("is deterministic", () => {
    const drafts = Array.from({ length: 9 }, (_, i) =>
      draft(i % 2 ? "who" : "where", `X${i}`, 0.5),
    );
    expect(rankDrafts(drafts, article, 4)).toEqual(rankDrafts(drafts, article, 4));
  });
});

describe("rankDrafts: questions that would give each other away", () => {
  const withStem = (d: Draft, stem: string): Draft => ({ ...d, stem });
  it.each([
    [
      "same sentence, the weaker stem names the stronger answer",
      withStem(draft("where", "Kochi", 0.9, 7), "In which city did the shipyard launch the ferry?"),
      withStem(draft("who", "Meera Nair", 0.5, 7), "Who launched the ferry in Kochi?"),
      1,
    ],
    [
      "same sentence, the stronger stem names the weaker answer",
      withStem(draft("who", "Meera Nair", 0.9, 8), "Who launched the ferry in Kochi?"),
      withStem(draft("where", "Kochi", 0.5, 8), "In which city did the shipyard launch the ferry?"),
      1,
    ],
    [
      "different sentences may mention each other's answers",
      withStem(draft("where", "Kochi", 0.9, 9), "In which city did Meera Nair launch the ferry?"),
      withStem(draft("who", "Meera Nair", 0.5, 10), "Who opened the new dock in Kochi?"),
      2,
    ],
    [
      "same sentence without shared words keeps both",
      withStem(draft("where", "Kochi", 0.9, 11), "In which city was the ferry launched?"),
      withStem(draft("who", "Meera Nair", 0.5, 11), "Who is the shipyard's chief engineer?"),
      2,
    ],
  ])("%s", (_, first, second, keptCount) => {
    const { kept, dropped } = rankDrafts([first, second], article, 12);
    expect(kept).toHaveLength(keptCount);
    expect(dropped.map((d) => d.reason)).toEqual(keptCount === 2 ? [] : ["gives-away-another"]);
    expect(kept[0]?.draft.answer).toBe(first.answer);
  });
});

describe("rankDrafts: a full date another question asks for is cut to its month", () => {
  const when: Draft = {
    ...draft("when", "12 July 2026", 0.9, 12),
    stem: "When did the fire tear through the market in Pune?",
    answerKind: {
      kind: "date",
      date: {
        sentence: 12,
        start: 0,
        end: 0,
        text: "on 12 July 2026",
        date: { year: 2026, month: 7, day: 12 },
        granularity: "day",
        relative: false,
      },
    },
  };
  it.each([
    [
      "late on 12 July 2026",
      "At least how many people died when the fire tore through the market late on 12 July 2026?",
      "At least how many people died when the fire tore through the market in July 2026?",
    ],
    [
      "early on 12 July 2026",
      "How many shops burnt when the fire tore through the market early on 12 July 2026?",
      "How many shops burnt when the fire tore through the market in July 2026?",
    ],
    [
      "on 12 July 2026",
      "How many shops burnt when the fire tore through the market on 12 July 2026?",
      "How many shops burnt when the fire tore through the market in July 2026?",
    ],
    [
      "a bare date",
      "How many shops had burnt by 12 July 2026?",
      "How many shops had burnt by July 2026?",
    ],
  ])("%s", (_, stem, expected) => {
    const count = { ...draft("how-many", "27", 0.5, 12), stem };
    const { kept } = rankDrafts([when, count], article, 12);
    expect(kept.map((k) => k.draft.stem)).toEqual([when.stem, expected]);
  });

  it("still drops a question whose stem names the other answer outright", () => {
    const where = {
      ...draft("where", "Pune", 0.5, 12),
      stem: "In which city was the market that burnt on 12 July 2026 in Pune?",
    };
    expect(rankDrafts([when, where], article, 12).dropped.map((d) => d.reason)).toEqual([
      "gives-away-another",
    ]);
  });
});

describe("familiar incumbents are asked last", () => {
  // "Who is the Prime Minister of India?" tests nothing: what the article says of him wins.
  it.each([
    ["a familiar incumbent", "Narendra Modi", "India", "who.by-agent"],
    ["a less familiar one keeps the office question", "Mark Carney", "Canada", "who.role-country"],
  ])("%s", (_, name, country, ruleId) => {
    const city = country === "India" ? "Mumbai" : "Halifax";
    const body = `The Global Ports Forum, headlined by Prime Minister ${name}, opened in ${city} on Monday.`;
    const { questions } = generateQuestions({ title: "T", body, publishedAt: "2026-03-10" });
    expect(questions.find((q) => q.answer === name)?.ruleId).toBe(ruleId);
  });
});

describe("rankDrafts: a figure one stem holds gives another question away in any sentence", () => {
  const figure = (
    text: string,
    value: number,
    unit: string,
    index: number,
    stem: string,
  ): Draft => ({
    ...draft("how-many", text, 0.9, index),
    stem,
    answerKind: {
      kind: "quantity",
      quantity: { sentence: index, start: 0, end: 0, text, value, unit, approximate: false },
    } as Draft["answerKind"],
  });
  it.each([
    [
      "an ordinal",
      figure("27th", 27, "ordinal", 20, "Which amendment was passed on 13 November 2025?"),
      "Which Article does the 27th amendment rewrite?",
      1,
    ],
    [
      "a large figure",
      figure("119", 119, "medal", 21, "How many medals did India win at the Games?"),
      "Which country won 119 medals at the Games?",
      1,
    ],
    [
      "a small count is no give-away",
      figure("2", 2, "person", 22, "How many people were hurt in the blast?"),
      "Which city did 2 ministers visit on Monday?",
      2,
    ],
  ])("%s", (_, asked, otherStem, keptCount) => {
    const other = { ...draft("where", "Lahore", 0.5, 25), stem: otherStem };
    expect(rankDrafts([asked, other], article, 12).kept).toHaveLength(keptCount);
  });
});
