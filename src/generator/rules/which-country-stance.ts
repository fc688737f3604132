// A country's standing position told in a relative clause after its name: "... travelled to
// Algeria, which backs independence for Western Sahara." → "As of July 2026, which country backs
// independence for Western Sahara?". Only a present-tense stance verb (backs, supports, claims,
// recognises ...): a position that holds at the article's date, not an event of one day.
import type { AnalysedArticle, Candidate, PlaceEntity, Rule, Sentence } from "../types";
import { askable, entityCandidate } from "./answer";
import { anchorOf, hasQuote, mentionsInSentence, resolvedSpan, wordCount } from "./stem";

const STANCE =
  "backs|supports|claims|opposes|recognises|recognizes|rejects|disputes|administers|controls|hosts|funds|arms";
// "<Country>[,] which backs independence for the region" up to the clause's end.
const RELATIVE = new RegExp(`^,?\\s+(?:which|that)\\s+((?:${STANCE})\\s+[^,;:()"“”]+?)(?=[,;.]|$)`);
const DEICTIC = /\b(he|she|it|they|them|his|her|its|their|this|these|those|here|there)\b/i;
const NEGATION = /\b(not|never|no|no longer|neither|nor|none)\b|n[’']t\b/i;
const CONTINENTS = new Set([
  "Africa",
  "Asia",
  "Europe",
  "North America",
  "South America",
  "Oceania",
  "Antarctica",
  "Middle East",
]);
// "the region" / "the territory": back to the one such place the sentence or the one before names.
const BACK_REFERENCE = /\bthe (region|territory)\b/;

const placeNamed = (article: AnalysedArticle, sentence: Sentence): string | undefined => {
  for (const index of [sentence.index, sentence.index - 1]) {
    const regions = new Set(
      mentionsInSentence(article, index)
        .map((m) => m.entity)
        .filter(
          (e): e is PlaceEntity =>
            e.kind === "place" && e.placeType === "region" && !CONTINENTS.has(e.name),
        )
        .map((e) => e.name),
    );
    if (regions.size === 1) return [...regions][0];
    if (regions.size > 1) return undefined;
  }
  return undefined;
};

export const countryStance: Rule = {
  id: "which-country.stance",
  type: "which-country",
  description: "A country's stance in a 'which backs/supports/claims ...' clause after its name",
  apply: (article: AnalysedArticle, knowledge) => {
    const anchor = anchorOf(article);
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (entity.kind !== "place" || entity.placeType !== "country") continue;
        if (!askable(entity, knowledge)) continue;
        const relative = RELATIVE.exec(sentence.text.slice(mention.end));
        const clause = relative?.[1]?.trim();
        if (!relative || !clause) continue;
        const from = mention.end + relative[0].indexOf(clause);
        let text = resolvedSpan(article, sentence, from, from + clause.length);
        if (!text || hasQuote(text) || DEICTIC.test(text) || NEGATION.test(text)) continue;
        if (BACK_REFERENCE.test(text)) {
          const place = placeNamed(article, sentence);
          if (!place) continue;
          text = text.replace(BACK_REFERENCE, place);
        }
        if (text.includes(entity.name) || wordCount(text) < 3 || wordCount(text) > 14) continue;
        const question = `which country ${text}?`;
        candidates.push(
          entityCandidate(article, sentence, entity, {
            ruleId: "which-country.stance",
            type: "which-country",
            stem: anchor ? `As of ${anchor}, ${question}` : `W${question.slice(1)}`,
            priority: 0.75,
          }),
        );
      }
    }
    return candidates;
  },
};
