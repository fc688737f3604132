// "the death of Sudan's army commander General X" → "General X, recently in the news, was a
// military commander of which country?". A commander's country is the exam's
// question about him; "killing", "death" or "late" before the name puts it in the past. Only a
// person the entities read as a military officer.
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityAnswer } from "./answer";
import { mentionsInSentence } from "./stem";

// Between "<Country>'s" and the name: a few lower-case words ending in the rank.
const RANK =
  /^[’']s\s+((?:[a-z-]+\s+){0,3}?)((?:(?:military|army|naval|air force|navy|militia|elite|top|senior)\s+)?(?:commander|general|army chief|commander-in-chief))\s+$/;
// Words of praise or size that the stem leaves out: "powerful", "top", "senior".
const KEPT = /^(?:military|army|naval|air force|navy|militia|elite)\s/;
const PAST = /\b(?:killing|death|assassination|funeral|murder)\s+of\s+$|\blate\s+$/i;

export const whichCountryCommander: Rule = {
  id: "which-country.commander",
  type: "which-country",
  description: "The country of a named military commander, from '<Country>'s ... commander <Name>'",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const mentions = mentionsInSentence(article, sentence.index);
      for (const { entity, mention } of mentions) {
        if (entity.kind !== "place" || entity.placeType !== "country") continue;
        if (!askable(entity, knowledge)) continue;
        const person = mentions.find(
          (m) =>
            m.entity.kind === "person" &&
            m.entity.role === "military-officer" &&
            m.mention.start > mention.end &&
            RANK.test(sentence.text.slice(mention.end, m.mention.start)),
        );
        if (person?.entity.kind !== "person") continue;
        const rank = RANK.exec(sentence.text.slice(mention.end, person.mention.start))?.[2] ?? "";
        const noun = KEPT.test(rank) ? rank : rank.replace(/^(?:top|senior)\s+/, "");
        const past = PAST.test(sentence.text.slice(0, mention.start));
        // "the army chief": one to a country; "a military commander": one of several.
        const article_ = /chief$/.test(noun) ? "the" : /^[aeiou]/.test(noun) ? "an" : "a";
        candidates.push({
          ruleId: "which-country.commander",
          type: "which-country",
          stem: `${person.entity.name}, recently in the news, ${past ? "was" : "is"} ${article_} ${noun} of which country?`,
          ...entityAnswer(entity as PlaceEntity),
          sentence,
          reliesOn: [person.entity.id],
          alsoTrue: [],
          priority: 0.65,
        });
      }
    }
    return candidates;
  },
};
