// "Sri Lanka is divided from India by the Palk Strait" → "By which strait is Sri Lanka divided
// from India?": the water or range a geographic relation names after "by".
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityAnswer, sameKindIn } from "./answer";
import { mentionsInSentence, resolvedSpan, upperFirst, withArticle } from "./stem";
import { placeNoun } from "./where-nouns";

// Relations of geography, true of the place whatever the day: no time anchor needed.
const RELATION =
  /^(?:,[^,]{1,60},)?\s+(is|are)\s+((?:separated|cut off|divided)\s+from\s+[^,;]{2,40}?|(?:bordered|surrounded|flanked|fed|drained))\s+by\s+(?:the\s+)?$/;
const BY_TYPES = new Set(["sea", "strait", "ocean", "gulf", "bay", "channel", "river", "range"]);

export const whereSeparatedBy: Rule = {
  id: "where.separated-by",
  type: "where",
  description: "The sea, strait, river or range a place is separated from or bordered by",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const places = mentionsInSentence(article, sentence.index).filter(
        (m): m is { entity: PlaceEntity; mention: (typeof m)["mention"] } =>
          m.entity.kind === "place",
      );
      for (const inner of places) {
        // The place opens the sentence: it is what the relation is about.
        if (inner.mention.start > 4) continue;
        for (const by of places) {
          if (by.mention.start <= inner.mention.end || !BY_TYPES.has(by.entity.placeType)) continue;
          if (!askable(by.entity, knowledge)) continue;
          const link = RELATION.exec(sentence.text.slice(inner.mention.end, by.mention.start));
          if (!link?.[1] || !link[2]) continue;
          const relation = resolvedSpan(
            article,
            sentence,
            inner.mention.end + link[0].indexOf(link[2]),
            inner.mention.end + link[0].indexOf(link[2]) + link[2].length,
          );
          const noun = placeNoun(by.entity, knowledge);
          if (!relation || !noun) continue;
          candidates.push({
            ruleId: "where.separated-by",
            type: "where",
            stem: `By which ${noun} ${link[1]} ${withArticle(inner.entity.name)} ${relation}?`,
            ...entityAnswer(by.entity),
            sentence,
            reliesOn: [inner.entity.id],
            alsoTrue: sameKindIn(article, sentence.index, by.entity),
            priority: 0.75,
          });
        }
      }
    }
    return candidates.map((c) => ({ ...c, stem: upperFirst(c.stem) }));
  },
};
