// "the 2020 Abraham Accords", "the Tohoku earthquake and tsunami in March 2011", "Russia's 2022
// invasion of Ukraine" → "In which year were the Abraham Accords signed?", "When did the Tohoku
// earthquake and tsunami strike?", "In which year did Russia invade Ukraine?": the date of a named
// event the article mentions in passing. Only events that happen once: no summit, election or
// declaration of a recurring series ("the 2023 New Delhi declaration" has many namesakes).
import type { AnalysedArticle, Candidate, DateMention, Rule, Sentence } from "../types";
import { dateAnswer } from "./answer";

// Heads of events that happen once, and how the question says they happened.
const HEADS: readonly [RegExp, (name: string) => string][] = [
  [/\b(?:Accords|Agreements|Treaties|Pacts)$/, (n) => `were ${n} signed`],
  [/\b(?:Accord|Agreement|Treaty|Pact|Protocol)$/, (n) => `was ${n} signed`],
  [/\b(?:earthquake|tsunami|cyclone|typhoon|hurricane)$/i, (n) => `did ${n} strike`],
  [/\b(?:Revolution|War|Uprising|Massacre|Partition|Emergency)$/, (n) => `did ${n} take place`],
  // "the US Capitol riots", "the September 11 attacks": a named day of violence.
  [/\b(?:riots|attacks|bombings)$/, (n) => `did ${n} take place`],
  // "the Treaty of Shimonoseki", "the Battle of Plassey": the head comes first.
  [/^(?:Treaty|Pact|Agreement|Accord|Convention)\s+of\b/, (n) => `was ${n} signed`],
  [/^(?:Battle|Siege|Partition|Fall)\s+of\b/, (n) => `did ${n} take place`],
];
// A name: capitalised words (linked by "of", "and", "the"), the last maybe a lower-case head
// ("Tohoku earthquake and tsunami").
const NAME =
  "((?:[A-Z][\\w-]+\\s+)(?:(?:of|and|the|[A-Z][\\w-]+|\\d{1,2})\\s+){0,4}?(?:[A-Z][\\w-]+|earthquake(?:\\s+and\\s+tsunami)?|tsunami|cyclone|typhoon|hurricane|riots|attacks|bombings))";
const YEAR = "((?:1[6-9]|20)\\d{2})";
// "the 2020 Abraham Accords"
const YEAR_FIRST = new RegExp(`\\bthe\\s+${YEAR}\\s+${NAME}\\b`, "g");
// "the Bhuj earthquake in January 2001", "the Treaty of Versailles of 1919"
const NAME_FIRST = new RegExp(`\\bthe\\s+${NAME}\\s+((?:in|of)\\s+)?$`);
// "Russia's 2022 invasion of Ukraine"
const INVASION =
  /\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)[’']s\s+((?:1[6-9]|20)\d{2})\s+(invasion|annexation)\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/g;
const VERB_OF: Readonly<Record<string, string>> = { invasion: "invade", annexation: "annex" };

const headOf = (name: string) => HEADS.find(([head]) => head.test(name))?.[1];

const yearMention = (sentence: Sentence, start: number, text: string): DateMention => ({
  sentence: sentence.index,
  start,
  end: start + text.length,
  text,
  date: { year: Number(text) },
  granularity: "year",
  relative: false,
});

const candidate = (sentence: Sentence, stem: string, date: DateMention): Candidate => ({
  ruleId: "when.named-event",
  type: "when",
  stem,
  ...dateAnswer(date),
  sentence,
  reliesOn: [date.text],
  alsoTrue: [],
  priority: 0.65,
});

export const whenNamedEvent: Rule = {
  id: "when.named-event",
  type: "when",
  description: "The year (or month) of a named, one-time event the article mentions in passing",
  apply: (article: AnalysedArticle) => {
    const candidates: Candidate[] = [];
    const published = article.publishedAt?.year;
    for (const sentence of article.sentences) {
      const text = sentence.text;
      for (const match of text.matchAll(YEAR_FIRST)) {
        const [, year = "", name = ""] = match;
        const verb = headOf(name);
        if (!verb || (published !== undefined && Number(year) > published)) continue;
        const at = (match.index ?? 0) + match[0].indexOf(year);
        candidates.push(
          candidate(
            sentence,
            `In which year ${verb(`the ${name}`)}?`,
            yearMention(sentence, at, year),
          ),
        );
      }
      for (const date of article.dates.filter((d) => d.sentence === sentence.index)) {
        if (date.relative || date.granularity === "day") continue;
        const found = NAME_FIRST.exec(text.slice(Math.max(0, date.start - 70), date.start));
        const name = found?.[1];
        const verb = name ? headOf(name) : undefined;
        if (!name || !verb) continue;
        // "in" or "of" links the name and the date, on either side of the date's start.
        if (!found?.[2] && !/^(?:in|of)\s/i.test(date.text)) continue;
        const wh = date.granularity === "year" ? "In which year" : "When";
        // The date text may carry its preposition ("in March 2011"): the answer is the date.
        candidates.push(candidate(sentence, `${wh} ${verb(`the ${name}`)}?`, date));
      }
      for (const match of text.matchAll(INVASION)) {
        const [, actor = "", year = "", noun = "", target = ""] = match;
        const entities = article.entities.filter((e) => e.kind === "place");
        if (!entities.some((e) => e.name === actor) || !entities.some((e) => e.name === target))
          continue;
        const at = (match.index ?? 0) + match[0].indexOf(year, actor.length);
        candidates.push(
          candidate(
            sentence,
            `In which year did ${actor} ${VERB_OF[noun] ?? noun} ${target}?`,
            yearMention(sentence, at, year),
          ),
        );
      }
    }
    return candidates;
  },
};
