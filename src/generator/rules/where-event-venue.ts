// "The G-20 leaders’ summit in Johannesburg" → "Which city hosted the G-20 leaders’ summit in
// November 2025?": the venue of a named event, in the exam's "... was held in which city?" sense.
import type { AnalysedArticle, Candidate, Rule } from "../types";
import { askable, entityAnswer, sameKindIn, typeForEntity } from "./answer";
import { hasQuote, mentionsInSentence, resolvedSpan, timeAnchor, wordCount } from "./stem";
import { placeNoun } from "./where-nouns";

const EVENT =
  /\b[Tt]he\s+((?:(?!(?:at|in|on|to|for|with|by|from|a|an|the)\s)[\w’'.-]+\s+){0,6}?(?:summit|conference|meeting|talks|games|olympics|festival|exhibition|expo|forum|dialogue|convention|championship|tournament|world cup|fair|ceremony|congress|cop\d*|session))\s+(?:in|at)\s+(?:the\s+)?$/i;
const FUTURE = /\b(will|is set to|are set to|is to|are to|to be held|scheduled|next)\b/i;

export const whereEventVenue: Rule = {
  id: "where.event-venue",
  type: "where",
  description: "The city or country that hosts a named event: summits, games, conferences",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (entity.kind !== "place" || !askable(entity, knowledge)) continue;
        if (entity.placeType !== "city" && entity.placeType !== "country") continue;
        if (/^[’']s\b/.test(sentence.text.slice(mention.end))) continue;
        const match = EVENT.exec(
          sentence.text.slice(Math.max(0, mention.start - 80), mention.start),
        );
        if (!match?.[1]) continue;
        const start = mention.start - match[0].length + match[0].indexOf(match[1]);
        const event = resolvedSpan(article, sentence, start, start + match[1].length);
        if (!event || wordCount(event) > 10 || /\b(this|that|its|their|his|her)\b/i.test(event)) {
          continue;
        }
        const noun = placeNoun(entity, knowledge) ?? "place";
        // "the Commonwealth Games in Ahmedabad in 2030": the year after the venue names the edition.
        const yearAfter = article.dates.find(
          (d) =>
            d.sentence === sentence.index &&
            d.granularity === "year" &&
            d.start >= mention.end &&
            /^\s*(?:,\s*[A-Z][\w-]*,)?\s*$/.test(
              sentence.text.slice(mention.end, d.start).replace(/\bin\s*$/, ""),
            ),
        );
        const named = /\b(1[89]|20)\d\d\b/.exec(event)?.[0];
        const year = named ? Number(named) : yearAfter?.date.year;
        const edition = !named && yearAfter ? `${yearAfter.date.year} ` : "";
        // An edition still to come is hosted in the future tense, whatever the sentence's verb.
        const later = year !== undefined && article.publishedAt && year > article.publishedAt.year;
        const verb = FUTURE.test(sentence.text) || later ? "will host" : "hosted";
        const anchor = timeAnchor(article, sentence, start)?.replace(/^(In|On)\s/, (m) =>
          m.toLowerCase(),
        );
        const when = anchor && year === undefined ? ` ${anchor}` : "";
        candidates.push({
          ruleId: "where.event-venue",
          type: typeForEntity(entity) ?? "where",
          stem: `Which ${noun} ${verb} the ${edition}${event}${when}?`,
          ...entityAnswer(entity),
          sentence,
          reliesOn: [],
          alsoTrue: sameKindIn(article, sentence.index, entity),
          priority: 0.85,
        });
      }
    }
    return candidates;
  },
};
