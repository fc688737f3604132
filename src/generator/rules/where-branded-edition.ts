// "Glasgow 2026 will feature just 10 disciplines", "Ahmedabad 2030 offers hope" in a piece about
// the Commonwealth Games → "Which city will host the 2026 Commonwealth Games?": a Games edition
// named, as the brand is, by its host city and year. Asked only when the article names one Games
// (referent-country.ts) and the year is not the year of writing (whether that edition is over
// is then unknown).
import type { AnalysedArticle, Candidate, Rule } from "../types";
import { askable, entityCandidate } from "./answer";
import { brandedEvent } from "./referent-country";
import { hasQuote } from "./stem";

// The year right after the city, then no more of a name: "Glasgow 2026 will", "Ahmedabad 2030,".
const YEAR_AFTER = /^\s+((?:19|20)\d{2})(?![\w-])(?!\s+[A-Z])/;

export const whereBrandedEdition: Rule = {
  id: "where.branded-edition",
  type: "where",
  description: "The host city of a Games edition the article names as '<City> <year>'",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    const published = article.publishedAt?.year;
    if (published === undefined) return candidates;
    const asked = new Set<string>();
    for (const entity of article.entities) {
      if (entity.kind !== "place" || entity.placeType !== "city" || !askable(entity, knowledge))
        continue;
      for (const mention of entity.mentions) {
        const sentence = article.sentences[mention.sentence];
        if (!sentence || hasQuote(sentence.text)) continue;
        // "Glasgow's 2026 bid", "the Glasgow 2026 organisers": the brand alone, as a name.
        const before = sentence.text.slice(0, mention.start);
        if (/\b(?:the|a|an)\s+$/i.test(before)) continue;
        const year = YEAR_AFTER.exec(sentence.text.slice(mention.end))?.[1];
        if (!year || Number(year) === published) continue;
        const branded = brandedEvent(article, `${entity.name} ${year}`);
        const suffix = ` in ${entity.name}`;
        if (!branded?.endsWith(suffix)) continue;
        const edition = branded.slice(0, -suffix.length);
        if (asked.has(edition)) continue;
        asked.add(edition);
        const verb = Number(year) > published ? "will host" : "hosted";
        candidates.push(
          entityCandidate(article, sentence, entity, {
            ruleId: "where.branded-edition",
            type: "where",
            stem: `Which city ${verb} ${edition}?`,
            priority: 0.85,
          }),
        );
      }
    }
    return candidates;
  },
};
