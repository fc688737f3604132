// World rankings of named players: "world No. 7 Lakshya Sen" or "Lakshya Sen, ranked No. 7 in the
// world," → "As of March 2026, what is Lakshya Sen's world ranking?". Options are the neighbouring
// ranks (No. 5, No. 6, No. 8). A ranking changes week to week: the stem is dated to the article.
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { digitQuantity, figureCandidate } from "./how-many-phrases";
import { anchorOf, hasQuote, mentionsInSentence, possessive } from "./stem";

// "world No. 7 <Name>" and "<Name>, ranked No. 7 in the world".
const BEFORE_NAME = /\b[Ww]orld\s+(No\.\s?(\d{1,3}))\s+(?=[A-Z])/g;
const AFTER_NAME = /,\s+(?:currently\s+)?ranked\s+(No\.\s?(\d{1,3}))\s+in\s+the\s+world\b/g;

const personAt = (article: AnalysedArticle, sentence: Sentence, at: number, after: boolean) =>
  mentionsInSentence(article, sentence.index).find(
    (m) => m.entity.kind === "person" && (after ? m.mention.start === at : m.mention.end === at),
  )?.entity;

export const howManyRanking: Rule = {
  id: "how-many.ranking",
  type: "how-many",
  description: 'A named player\'s world ranking: "world No. 7 Lakshya Sen"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    const month = anchorOf(article);
    if (!month) return candidates;
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      const found: { person: string; rank: QuantityMention }[] = [];
      for (const match of sentence.text.matchAll(BEFORE_NAME)) {
        const at = (match.index ?? 0) + match[0].length;
        const person = personAt(article, sentence, at, true);
        const text = match[1] ?? "";
        const start = (match.index ?? 0) + match[0].indexOf(text);
        if (person)
          found.push({
            person: person.name,
            rank: digitQuantity(sentence, start, text, Number(match[2]), "rank"),
          });
      }
      for (const match of sentence.text.matchAll(AFTER_NAME)) {
        const person = personAt(article, sentence, match.index ?? 0, false);
        const text = match[1] ?? "";
        const start = (match.index ?? 0) + match[0].indexOf(text);
        if (person)
          found.push({
            person: person.name,
            rank: digitQuantity(sentence, start, text, Number(match[2]), "rank"),
          });
      }
      for (const { person, rank } of found) {
        // World No. 1 is asked "who", not "what rank": a key of 1 sits at the end of its options.
        if (rank.value < 2) continue;
        candidates.push(
          figureCandidate(
            "how-many.ranking",
            `As of ${month}, what is ${possessive(person)} world ranking?`,
            rank,
            sentence,
            [],
            0.7,
          ),
        );
      }
    }
    return candidates;
  },
};
