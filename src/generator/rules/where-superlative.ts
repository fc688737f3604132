// "Europe is the fastest-warming continent, ..., according to the Copernicus service" → "According
// to the Copernicus service, which is the fastest-warming continent?": a ranking a named source
// gives a continent, country or city. Without a source the ranking is the writer's: not asked.
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { entityAnswer } from "./answer";
import { mentionsInSentence, resolvedSpan } from "./stem";

// "is the fastest-warming continent", "is now the most visited city", "is the largest country".
const RANKING =
  /^\s+(is|are)\s+(?:now\s+|currently\s+|still\s+)?the\s+((?:(?:most|least)\s+[a-z-]+|[a-z]+est|worst|best)(?:[- ][a-z]+ing)?)\s+(continent|country|city|nation)\b/;
// The source closes the clause: ", according to the World Meteorological Organization."
const SOURCE = /,?\s+according to\s+((?:the\s+)?[^,.;]*?[A-Z][^,.;]*?)\s*[.;]?$/;
// The ranking opens the sentence or a clause after ", and" / ";".
const OPENS = /(?:^|,\s+and\s+|;\s+)$/;

const KIND_OF: Readonly<Record<string, (place: PlaceEntity, knowledge: Knowledge) => boolean>> = {
  continent: (place, knowledge) =>
    knowledge.regions.some((r) => r.type === "continent" && r.name === place.name),
  country: (place) => place.placeType === "country",
  nation: (place) => place.placeType === "country",
  city: (place) => place.placeType === "city",
};

export const whereSuperlative: Rule = {
  id: "where.superlative",
  type: "where",
  description: "The continent, country or city a named source ranks first ('the fastest-warming')",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const text = sentence.text;
      const source = SOURCE.exec(text);
      if (!source?.[1] || source.index === undefined) continue;
      const said = resolvedSpan(
        article,
        sentence,
        source.index + source[0].indexOf(source[1]),
        source.index + source[0].indexOf(source[1]) + source[1].length,
      );
      if (!said) continue;
      // "the EU's Copernicus service": the owner's name would point at the answer (EU → Europe).
      const body = said.replace(/^(?:the\s+)?[A-Z][\w.-]*[’']s\s+/, "the ");
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (entity.kind !== "place") continue;
        if (!OPENS.test(text.slice(0, mention.start))) continue;
        const ranking = RANKING.exec(text.slice(mention.end));
        if (!ranking?.[2] || !ranking[3]) continue;
        const noun = ranking[3] === "nation" ? "country" : ranking[3];
        if (!KIND_OF[ranking[3]]?.(entity, knowledge)) continue;
        const type = entity.placeType === "country" ? "which-country" : "where";
        candidates.push({
          ruleId: "where.superlative",
          type,
          stem: `According to ${body}, which is the ${ranking[2]} ${noun}?`,
          ...entityAnswer(entity),
          sentence,
          reliesOn: [],
          alsoTrue: [],
          priority: 0.7,
        });
      }
    }
    return candidates;
  },
};
