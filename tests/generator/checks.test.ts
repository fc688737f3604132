import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import {
  checkCandidate,
  checkOptions,
  checkStem,
  isNested,
} from "../../src/generator/checks/index";
import type { Candidate, PersonEntity, Sentence } from "../../src/generator/types";

describe("checkStem", () => {
  it.each([
    ["As of March 2026, who is the Governor of the Reserve Bank of India?", undefined],
    ["In which sea did the Indian Navy hold the Malabar exercise in March 2026?", undefined],
    // A date after the noun says when, not which: "the exercise in March 2026" is still unnamed.
    ["In which sea did the navy hold the exercise in March 2026?", "unresolved-pronoun"],
    ["Which country launched an escort mission in the area in 2019?", "unresolved-pronoun"],
    ["Tata Motors moved its headquarters to ____ in 2024.", undefined],
    ["Who won", "stem-malformed"],
    ["who won the final in Chennai in 2025?", "stem-malformed"],
    ["Who won the final in Chennai in 2025", "stem-malformed"],
    ["Who won the final? And where?", "stem-malformed"],
    ["____ beat ____ in the final in 2025.", "stem-malformed"],
    ["The trophy went to an ____ in the final.", "stem-malformed"],
    ["Who won the the final in Chennai in 2025?", "stem-malformed"],
    ["Who said he would resign from the cabinet in 2025?", "unresolved-pronoun"],
    ["Which country did it accuse of spying in 2025?", "unresolved-pronoun"],
    ["According to the article, who chaired the meeting in 2025?", "unresolved-pronoun"],
    ["When did the visit end after the talks in Delhi?", "unresolved-pronoun"],
    [
      "In which city did the Conference of Parties (COP) open in November 2025?",
      "unresolved-pronoun",
    ],
    ["In which city did the 30th Conference of Parties (COP30) open in November 2025?", undefined],
    [
      "In which city did the 30th edition of the Conference of Parties open in November 2025?",
      undefined,
    ],
    ["In which city did the UN climate Conference of Parties open in November 2025?", undefined],
    ["Who chaired the meeting on Monday in Delhi?", "relative-time"],
    ["Who took charge as finance secretary last week in Delhi?", "relative-time"],
    ["Which city hosted the fair last November in India?", "relative-time"],
    ["Many ships that year headed to a port in ____.", "relative-time"],
    ["In ____, storms will hit the coast over the next few days.", "relative-time"],
    ["When was the tax introduced in India?", "unresolved-pronoun"],
    ["For which city is the plan part of a drive to build what it calls?", "stem-malformed"],
    ["In 2026, which country leads the negotiations?", "unresolved-pronoun"],
    ["Who flew one of the jets during the ceremony?", "unresolved-pronoun"],
    ["Which country hosted the BRICS grouping's summit in 2026?", undefined],
    ["Prices in ____ rose sharply in the past two years.", "relative-time"],
    ["Officials said ____ had visited that morning.", "relative-time"],
    [
      "In May 2026, how many pilgrims have reached the shrine in the last 48 hours?",
      "relative-time",
    ],
    ["In May 2026, air quality in which city is currently the worst in Asia?", "relative-time"],
    ["Most of the stranded fishermen have now returned to ____.", "relative-time"],
    ["Rescuers in ____ are still searching the debris of the collapsed mall.", "relative-time"],
    ["Drivers from Kerala to ____ face toll checks for a few weeks.", "relative-time"],
    ["At that point, how many trucks did officials allow across the border?", "relative-time"],
    ["How many votes had the mayor won at the time?", "relative-time"],
    ["Which batter anchored an astounding chase against Sri Lanka in 2025?", "stem-malformed"],
    ["An enraged ____ has recalled its envoy from Manila.", "stem-malformed"],
    ["By how many runs did Kenya lose the final?", "unresolved-pronoun"],
    ["How many flights did the airline run in the winter schedule?", "relative-time"],
    ["Which body raised its growth forecast for the current financial year?", "relative-time"],
    ["Pakistan also launched strikes against parts of ____ in 2025.", "unresolved-pronoun"],
    ["The minister then announced that ____ would host the talks in 2026.", "unresolved-pronoun"],
    ["Who was the then president of the Indian Olympic Association in 2019?", undefined],
    ["The potter Ravi Menon has lived in Mysuru for the past ____ years.", "relative-time"],
    ["____ has been experiencing record heat in recent months.", "relative-time"],
    ["The latest data shows ____ people were admitted to hospitals in Pune.", "relative-time"],
    ["In ____, 40 people died of heatstroke from 6-12 May.", "relative-time"],
    ["In ____, 40 people died of heatstroke from 6-12 May 2025.", undefined],
    ["Which city saw its hottest June in summer?", "relative-time"],
    ["In summer 2026, which city saw its hottest June on record?", undefined],
    ["Which city will host the Winter Olympics in 2030?", undefined],
    // Not relative: a dated span, a named time, a word that only contains "now".
    ["In May 2026, how many pilgrims reached the shrine in the 48 hours to 3 May 2026?", undefined],
    ["How many votes had the mayor won at the time of the recount in 2025?", undefined],
    ["Which well-known author won the Booker Prize in 2025?", undefined],
    // "the official end": an adjective, not the official who said something.
    ["In 2025, ____'s trip to Beijing signalled the official end of a long freeze.", undefined],
    ["The official said ____ was the capital of Chile in 2025.", "unresolved-pronoun"],
    [
      "Who, after long talks between farmers, traders, bankers, lawyers, teachers, nurses, drivers, pilots, sailors, miners, weavers and potters across seven districts of the eastern coastal state and four more in the hill region beyond the river, finally signed the water accord in 2025?",
      "stem-too-long",
    ],
  ])("%s → %s", (stem, reason) => {
    expect(checkStem(stem)?.reason).toBe(reason);
  });
});

describe("checkOptions", () => {
  it.each([
    [["Chennai", "Mumbai", "Kolkata", "Pune"], 0, "Chennai", undefined],
    [["Chennai", "Mumbai", "Kolkata"], 0, "Chennai", "no-distractors"],
    [["Chennai", "chennai", "Kolkata", "Pune"], 0, "Chennai", "options-not-distinct"],
    [["The Hague", "Hague", "Kolkata", "Pune"], 0, "The Hague", "options-not-distinct"],
    [
      ["President Lee Jae Myung", "Lee Jae Myung", "Xi Jinping", "Li Qiang"],
      0,
      "President Lee Jae Myung",
      "options-not-distinct",
    ],
    [["Lee", "Lee Jae Myung", "Xi Jinping", "Li Qiang"], 1, "Lee Jae Myung", "options-nested"],
    [
      ["Samsung", "Samsung Electronics", "LG", "SK Hynix"],
      1,
      "Samsung Electronics",
      "options-nested",
    ],
    [["4", "5", "6", "None of the above"], 0, "4", "option-all-none"],
    [["4", "5", "6", "All of these"], 0, "4", "option-all-none"],
  ])("%j → %s", (options, answerIndex, answer, reason) => {
    expect(checkOptions(options, answerIndex, answer)?.reason).toBe(reason);
  });

  it.each([
    ["Lee", "Lee Jae Myung", true],
    ["Sea of Japan", "Japan", true],
    ["South Korea", "North Korea", false],
    ["Mumbai", "Navi Mumbai", true],
    ["Pune", "Chennai", false],
  ])("isNested(%s, %s) = %s", (a, b, expected) => {
    expect(isNested(a, b)).toBe(expected);
  });
});

describe("checkCandidate", () => {
  const article = analyseArticle(
    {
      title: "Minister opens port",
      body: "Shipping Minister Arjun Rao opened a new container terminal at Paradip on Monday. The terminal can handle 40 ships a month.",
      publishedAt: "2026-03-04",
    },
    { knowledge },
  );
  const sentence = article.sentences[0] as Sentence;
  const person: PersonEntity = {
    kind: "person",
    id: "person:arjun-rao",
    name: "Arjun Rao",
    aliases: ["Rao"],
    mentions: [{ sentence: 0, start: 18, end: 27, text: "Arjun Rao" }],
  };
  const base: Candidate = {
    ruleId: "who.subject-of-event",
    type: "who",
    stem: "Who opened a new container terminal at Paradip on 2 March 2026?",
    answer: "Arjun Rao",
    answerKind: { kind: "entity", entity: person },
    sentence,
    reliesOn: [],
    alsoTrue: [],
    priority: 0.7,
  };

  it.each([
    ["a clean candidate", {}, undefined],
    [
      "the answer's surname in the stem",
      { stem: "Who did Rao replace as shipping minister in 2026?" },
      "answer-in-stem",
    ],
    [
      "a word built on a person's name is no place adjective",
      { stem: "Who did the Arjunites pick as shipping minister in 2026?" },
      undefined,
    ],
    [
      "a longer word that merely starts like a short name part",
      { stem: "Who opened a new container terminal at Paradip, a Raosahebpur project, in 2026?" },
      undefined,
    ],
    [
      "a brand made of the answer's name",
      {
        stem: "As of March 2026, who is the founder of XTang?",
        answer: "Li Xiaotang",
        answerKind: {
          kind: "entity" as const,
          entity: { ...person, name: "Li Xiaotang", aliases: [] },
        },
      },
      "answer-in-stem",
    ],
    [
      "a word that only ends like a name part",
      {
        stem: "As of March 2026, who heads the Tang dynasty museum?",
        answer: "Li Xiaotang",
        answerKind: {
          kind: "entity" as const,
          entity: { ...person, name: "Li Xiaotang", aliases: [] },
        },
      },
      undefined,
    ],
    ["a who-stem with a date answer type", { type: "when" as const }, "type-mismatch"],
    [
      "a where-type for a person",
      { type: "where" as const, stem: "Which port city did the shipping ministry pick in 2026?" },
      "type-mismatch",
    ],
    [
      "an explanation not in the article",
      { sentence: { ...sentence, text: `${sentence.text} Extra.` } },
      "explanation-not-in-article",
    ],
    [
      "an answer the article never names",
      {
        answer: "Vikram Sen",
        answerKind: {
          kind: "entity" as const,
          entity: { ...person, name: "Vikram Sen", aliases: [], mentions: [] },
        },
      },
      "answer-not-in-article",
    ],
  ])("%s", (_, change, reason) => {
    expect(checkCandidate({ ...base, ...change }, article)?.reason).toBe(reason);
  });

  it.each([
    ["How many ships can the terminal handle a month at Paradip in 2026?", "approximate-number"],
    ["At least how many ships can the terminal at Paradip handle a month in 2026?", undefined],
  ])("approximate answers: %s", (stem, reason) => {
    const quantity = {
      sentence: 1,
      start: 28,
      end: 36,
      text: "40 ships",
      value: 40,
      unit: "ship",
      format: "digits" as const,
      approximate: true,
    };
    const candidate: Candidate = {
      ...base,
      type: "how-many",
      ruleId: "how-many.count",
      stem,
      answer: "40",
      answerKind: { kind: "quantity", quantity },
      sentence: article.sentences[1] as Sentence,
    };
    expect(checkCandidate(candidate, article)?.reason).toBe(reason);
  });
});
