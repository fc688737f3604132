// A mark crossed in a given year or month: "The foreign resident population ... surpassed four
// million in 2025" (an article on Japan) → "In 2025, Japan's foreign resident population
// surpassed which mark?"; "India's foreign exchange reserves crossed $700 billion in September
// 2024" → "In September 2024, India's foreign exchange reserves crossed which mark?". "Surpassed
// four million" is no count (three million was passed too, years before): the question asks the
// mark crossed for the first time in that year, which only the key was (news reports a mark
// crossed as a milestone; "for the first time" says so). A mark with no date is left unasked.

import { formatDate } from "../dates";
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { figureCandidate } from "./how-many-phrases";
import { hasQuote, possessive, resolvedSpan, wordCount } from "./stem";

const VERB = /\s+(surpassed|crossed|topped|passed|breached)\s+(?:the\s+)?$/;
// The subject: a noun phrase from the sentence start, with a dash or comma aside left out.
const ASIDE = /\s+[-–—]\s+[^-–—]{3,120}?\s+[-–—]$|,\s+[^,]{3,120},$/;
// Heads whose owner the stem must say: "the population" of which country?
const OWNED =
  /\b(population|economy|GDP|reserves|exports|imports|debt|output|production|market capitalisation)$/;
const PRONOUN = /^(?:It|They|This|That|These|Those|Its|Their|He|She)\b/;

/** The date right after the figure ("in 2025", "in September 2024"), as the stem's anchor. */
const dateAfter = (article: AnalysedArticle, sentence: Sentence, end: number) =>
  article.dates.find(
    (d) =>
      d.sentence === sentence.index &&
      d.granularity !== "day" &&
      /^\s*(?:(?:for the first time\s+)?(?:in\s+)?)$/i.test(sentence.text.slice(end, d.start)),
  );

const markOf = (quantity: QuantityMention): QuantityMention => ({ ...quantity, unit: "mark" });

export const howManyCrossed: Rule = {
  id: "how-many.crossed",
  type: "how-many",
  description: 'A mark crossed in a year: "the population surpassed four million in 2025"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.approximate) continue;
        // A mark is a round figure with a scale word: "four million", "$700 billion", "80,000".
        if (!quantity.scale && quantity.value < 10_000) continue;
        if (
          quantity.unit &&
          !/^(dollar|rupee|euro|pound|yen|yuan|person|people)$/.test(quantity.unit)
        )
          continue;
        const text = sentence.text;
        const verb = VERB.exec(text.slice(0, quantity.start));
        if (!verb?.[1] || verb.index === undefined) continue;
        const date = dateAfter(article, sentence, quantity.end);
        if (!date) continue;
        const before = text.slice(0, verb.index);
        const aside = ASIDE.exec(before);
        const subjectEnd = aside ? aside.index : before.length;
        const head = text.slice(0, subjectEnd);
        if (PRONOUN.test(head) || wordCount(head) > 8 || wordCount(head) < 2) continue;
        const span = resolvedSpan(article, sentence, 0, subjectEnd);
        if (!span) continue;
        let subject = span.replace(/^The\s/, "the ");
        if (/^the\s/.test(subject) && !/\s[A-Z]/.test(subject)) {
          // "the foreign resident population" → "Japan's foreign resident population".
          const country = article.focus?.country;
          if (!country || !OWNED.test(subject)) continue;
          subject = subject.replace(/^the\s/, `${possessive(country)} `);
        }
        // "for the first time": a lower mark, passed years before, is then plainly no answer.
        const stem = `In ${formatDate(date.date, date.granularity)}, ${subject} ${verb[1]} which mark for the first time?`;
        candidates.push(
          figureCandidate("how-many.crossed", stem, markOf(quantity), sentence, [], 0.72),
        );
      }
    }
    return candidates;
  },
};
