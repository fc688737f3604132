// "Hosts keep pulling out over the bill – Gold Coast stepped in for Hambantota in 2018" in an
// article on one Games → "Which city stepped in for Hambantota as the host of the 2018
// Commonwealth Games?": a host city that stepped in for another, the edition named by its year.
import type { AnalysedArticle, Candidate, Rule } from "../types";
import { askable, entityAnswer, sameKindIn, typeForEntity } from "./answer";
import { gamesOf } from "./referent-country";
import { hasQuote, mentionsInSentence } from "./stem";

const REPLACED = /^\s+(?:replaced|stepped in for|took over from)\s+$/;
const EDITION = /^\s+(?:as (?:the )?hosts?\s+)?(?:in|for)\s+((?:19|20)\d{2})\b/;
// The sentence speaks of hosting: "host cities", "to host", "hosting rights".
const HOSTING = /\bhost(?:s|ed|ing)?\b/i;

export const whereReplacedHost: Rule = {
  id: "where.replaced-host",
  type: "where",
  description: "A host city that replaced another for an edition of the article's one Games",
  apply: (article: AnalysedArticle, knowledge) => {
    const games = gamesOf(article);
    if (!games) return [];
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text) || !HOSTING.test(sentence.text)) continue;
      const cities = mentionsInSentence(article, sentence.index).filter(
        ({ entity }) => entity.kind === "place" && entity.placeType === "city",
      );
      for (const [i, host] of cities.entries()) {
        const dropped = cities[i + 1];
        if (!dropped || !askable(host.entity, knowledge)) continue;
        const between = sentence.text.slice(host.mention.end, dropped.mention.start);
        const year = EDITION.exec(sentence.text.slice(dropped.mention.end))?.[1];
        if (!REPLACED.test(between) || !year) continue;
        candidates.push({
          ruleId: "where.replaced-host",
          type: typeForEntity(host.entity) ?? "where",
          stem: `Which city replaced ${dropped.entity.name} as the host of the ${year} ${games}?`,
          ...entityAnswer(host.entity),
          sentence,
          reliesOn: [],
          alsoTrue: sameKindIn(article, sentence.index, host.entity),
          priority: 0.8,
        });
      }
    }
    return candidates;
  },
};
