// "The BRICS summit in Rio, the first one hosted in a South American city, ..." → "In July
// 2026, the BRICS summit was held for the first time on which continent?":
// a gathering's first time on a continent, the exam's "first ever hosted by" frame. The host city
// stays out of the stem (it would give the continent away).
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { entityAnswer } from "./answer";
import { anchored, timeAnchor } from "./stem";

// "The BRICS summit in Rio, the first one hosted in a South American city".
const FIRST_HELD =
  /^(The\s+(?:[^,]{2,60}?\s+)?(?:summit|conference|games|olympics|meeting|congress|assembly|cup|championships?|tournament|forum|edition|session|festival|expo|exposition|fair)\b)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?,\s+the\s+first\s+(?:ever\s+)?(?:(?:one|edition|summit)\s+)?(?:to\s+be\s+)?(?:held|hosted|staged|organised|organized)\s+(?:in|on)\s+(?:(?:an?\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:country|nation|city|soil)|(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s+continent)?)\b/iu;
const CONTINENT_OF: Readonly<Record<string, string>> = {
  African: "Africa",
  Asian: "Asia",
  European: "Europe",
  "South American": "South America",
  "North American": "North America",
  Africa: "Africa",
  Asia: "Asia",
  Europe: "Europe",
  "South America": "South America",
  "North America": "North America",
  Oceania: "Oceania",
};

export const whereFirstHeld: Rule = {
  id: "where.first-held",
  type: "where",
  description: "The continent a gathering was held on for the first time",
  apply: (article: AnalysedArticle) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const found = FIRST_HELD.exec(sentence.text);
      const event = found?.[1];
      const written = found?.[2] ?? found?.[3];
      const continent = written ? CONTINENT_OF[written] : undefined;
      if (!event || !continent) continue;
      // The continent must be an entity of the article: the answer stays traceable to its text.
      const answer = article.entities.find(
        (e): e is PlaceEntity => e.kind === "place" && e.name === continent,
      );
      if (!answer) continue;
      const stem = anchored(
        `${event.replace(/^The\b/, "the")} was held for the first time on which continent?`,
        timeAnchor(article, sentence, 0, event.length),
      );
      candidates.push({
        ruleId: "where.first-held",
        type: "where",
        stem: stem.charAt(0).toUpperCase() + stem.slice(1),
        ...entityAnswer(answer),
        sentence,
        reliesOn: [],
        alsoTrue: [],
        priority: 0.75,
      });
    }
    return candidates;
  },
};
