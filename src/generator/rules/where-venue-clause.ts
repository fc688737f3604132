// A place a relative clause names as the venue of a coming or current event: "... rain spread
// to Gujarat, where next week's Ranji Trophy final is set to be played" → "As of March 2026, the
// Ranji Trophy final is due to take place in which state?". The exam's "... will be held in which
// city/state/country?", from a sentence that mentions the venue on its way to something else.
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityCandidate, typeForEntity } from "./answer";
import { anchorOf, hasQuote, mentionsInSentence, wordCount } from "./stem";
import { whNoun } from "./where-located-in";

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
// The head nouns of an event that has one venue.
const EVENT_HEAD =
  "(?:summit|conference|games|olympics|festival|exhibition|expo|forum|convention|championships?|tournament|world cup|cup final|final|ceremony|congress|cop\\d*|grand prix|marathon)";
// ", where [the] [Sunday's|next week's] <event> is due to take place / will be held".
const CLAUSE = new RegExp(
  `^,?\\s+where\\s+(?:the\\s+|this\\s+year['’]s\\s+)?(?:(?:${WEEKDAY}|next\\s+week|next\\s+month|this\\s+week)['’]s\\s+)?` +
    `((?:[\\w’'.-]+\\s+){0,6}?${EVENT_HEAD})\\s+` +
    "(?:(is|are)\\s+(?:due|set|scheduled|expected)\\s+to\\s+(?:take\\s+place|be\\s+held|be\\s+played|be\\s+staged)" +
    "|will\\s+(?:take\\s+place|be\\s+held|be\\s+played|be\\s+staged)|(is|are)\\s+being\\s+held)\\b",
  "i",
);
// Words that make the event depend on the article: "the same summit", "its final".
const DEICTIC = /\b(this|that|its|their|his|her|same|such|another|other)\b/i;
const PLACE_TYPES = new Set(["city", "country", "state"]);

export const whereVenueClause: Rule = {
  id: "where.venue-clause",
  type: "where",
  description:
    "The venue a 'where' clause names for a coming event: '..., where the final is due to take place'",
  apply: (article: AnalysedArticle, knowledge) => {
    const anchor = anchorOf(article);
    if (!anchor) return [];
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (!/\swhere\s/.test(sentence.text) || hasQuote(sentence.text)) continue;
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (entity.kind !== "place" || !PLACE_TYPES.has(entity.placeType)) continue;
        if (!askable(entity, knowledge)) continue;
        const match = CLAUSE.exec(sentence.text.slice(mention.end));
        const event = match?.[1]?.trim();
        if (!match || !event || DEICTIC.test(event) || wordCount(event) > 7) continue;
        // A capital-less event head alone ("the final") does not say which final.
        if (wordCount(event) < 2) continue;
        const noun = whNoun(knowledge, entity as PlaceEntity);
        if (!noun) continue;
        const plural = /^are$/i.test(match[2] ?? match[3] ?? "");
        const verb = /being held/i.test(match[0])
          ? `${plural ? "are" : "is"} being held`
          : `${plural ? "are" : "is"} due to take place`;
        candidates.push(
          entityCandidate(article, sentence, entity, {
            ruleId: "where.venue-clause",
            type: typeForEntity(entity) ?? "where",
            stem: `As of ${anchor}, the ${event} ${verb} in which ${noun}?`,
            priority: 0.8,
          }),
        );
      }
    }
    return candidates;
  },
};
