// Anniversaries counted in years: "the defence dialogue between the two navies marked 20 years
// this year" → "In 2025, how many years did the India-France defence dialogue mark?"; "The Indus Waters Treaty completes 65 years in 2025" → "In
// 2025, how many years does the Indus Waters Treaty complete?". The year is the one the sentence
// gives for the anniversary, or the article's own for a present tense; a past tense without a year
// ("the alliance marked 70 years") is left unasked.
import type { AnalysedArticle, Candidate, Rule, Sentence } from "../types";
import { figureCandidate, sameUnitValues } from "./how-many-phrases";
import { anchored, hasQuote, resolvedSpan, wordCount } from "./stem";

const VERB =
  /^(marked|marks|mark|completed|completes|complete|celebrated|celebrates|celebrate|turned|turns|turn)\s+$/;
// The subject: from the sentence start or the last comma to the verb; a definite noun phrase or a
// name, never a pronoun.
const SUBJECT =
  /(?:^|,\s+)((?:[Tt]he\s+|[A-Z][\w’'.-]*\s+)(?:[\w’'.-]+\s+){0,9}?)(?:has\s+|have\s+|had\s+|will\s+)?$/;
const PRONOUN = /^(?:It|They|This|That|These|Those|He|She|We|Its|Their)\b/i;
// Nouns of a tie between two parties: "the strategic partnership" says whose only with the pair.
const RELATION =
  /\b(partnership|relationship|relations|ties|alliance|friendship|cooperation|dialogue|summits?)\b/;
// "India-Russia", "U.S.-Saudi Arabia": a pair of named parties in the sentence or headline.
const PAIR =
  /\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[-–]([A-Z][\w.]*(?:\s[A-Z][a-z]+)?)\s+(?:relationship|relations|ties|partnership|summit|trade)\b/;
const PRESENT = /^(marks|mark|completes|complete|celebrates|celebrate|turns|turn)$/;
const BASE: Readonly<Record<string, string>> = {
  marked: "mark",
  marks: "mark",
  completed: "complete",
  completes: "complete",
  celebrated: "celebrate",
  celebrates: "celebrate",
  turned: "turn",
  turns: "turn",
};

/** "India-Russia" from the sentence or the headline, for a relation its subject leaves unnamed. */
const pairOf = (article: AnalysedArticle, sentence: Sentence): string | undefined => {
  const found = PAIR.exec(sentence.text) ?? PAIR.exec(article.title);
  return found?.[1] && found[2] ? `${found[1]}-${found[2]}` : undefined;
};

/** The year of the anniversary: a date right after the figure, or the article's for a present. */
const yearOf = (
  article: AnalysedArticle,
  sentence: Sentence,
  end: number,
  present: boolean,
): number | undefined => {
  const date = article.dates.find(
    (d) =>
      d.sentence === sentence.index &&
      d.granularity === "year" &&
      /^\s*(?:in\s+)?$/i.test(sentence.text.slice(end, d.start)),
  );
  if (date) return date.date.year;
  return present ? article.publishedAt?.year : undefined;
};

export const howManyAnniversary: Rule = {
  id: "how-many.anniversary",
  type: "how-many",
  description: 'An anniversary in years: "the partnership marked 25 years this year"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.unit !== "year") continue;
        if (quantity.approximate || !Number.isInteger(quantity.value) || quantity.value < 2)
          continue;
        // "25 years" and nothing of a compound ("25-year") or a span ("25 years of rule").
        if (!/^\d+\s+years$/.test(quantity.text)) continue;
        const text = sentence.text;
        if (/^\s+(?:of|since|after|ago|old|later|earlier)\b/.test(text.slice(quantity.end)))
          continue;
        const before = text.slice(0, quantity.start);
        const verbAt = /(\S+)\s+$/.exec(before);
        const verb = verbAt?.[1];
        if (!verb || !VERB.test(`${verb} `) || verbAt?.index === undefined) continue;
        const head = SUBJECT.exec(text.slice(0, verbAt.index));
        const raw = head?.[1]?.trim();
        if (!raw || PRONOUN.test(raw) || wordCount(raw) < 2) continue;
        const start = verbAt.index - (head?.[0].length ?? 0) + (head?.[0].indexOf(raw) ?? 0);
        const resolved = resolvedSpan(article, sentence, start, start + raw.length);
        if (!resolved) continue;
        let subject = resolved.replace(/^The\s/, "the ");
        // "the strategic partnership" → "the India-Russia strategic partnership".
        if (/^the\s/.test(subject) && RELATION.test(subject) && !/\s[A-Z]/.test(subject)) {
          const pair = pairOf(article, sentence);
          if (!pair) continue;
          subject = subject.replace(/^the\s/, `the ${pair} `);
        }
        const present = PRESENT.test(verb);
        const year = yearOf(article, sentence, quantity.end, present);
        if (year === undefined) continue;
        const base = BASE[verb] ?? verb;
        const stem = `How many years ${present ? "does" : "did"} ${subject} ${base}?`;
        candidates.push(
          figureCandidate(
            "how-many.anniversary",
            anchored(stem, `In ${year}`),
            quantity,
            sentence,
            sameUnitValues(article, quantity),
            0.74,
          ),
        );
      }
    }
    return candidates;
  },
};
