// A birthplace before a name: "Nepal-born mountaineer Nirmal Purja", "Indian-born chief executive
// Satya Nadella" → "Mountaineer Nirmal Purja, recently in the news, was born in which country?".
// Only a person with an office, a title or a notable field: a private person's birthplace is
// trivia. The compound is a mention of the country (entities/maker-epithets.ts); the country is
// the answer only, never in the stem.

import { notableOf } from "../distractors/notable";
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, sameKindIn } from "./answer";
import { mentionsInSentence } from "./stem";

// "Nepal-born", "Indian-born", "South Korea-born": the place part and where it starts.
const BORN = /\b(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)-born\s+/gu;
// Words allowed between "-born" and the name: lower-case descriptions and capitalised titles.
const BETWEEN = /^(?:[\p{L}’'-]+\s+){0,5}$/u;

export const whichCountryBornIn: Rule = {
  id: "which-country.born-in",
  type: "which-country",
  description: "The country a person in the news was born in, from '<Country>-born <name>'",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const m of sentence.text.matchAll(BORN)) {
        const place = m[1] ?? "";
        const country = knowledge.countries.find(
          (c) => c.name === place || c.aliases.includes(place) || c.demonyms.includes(place),
        );
        if (!country) continue;
        const after = (m.index ?? 0) + m[0].length;
        const person = mentionsInSentence(article, sentence.index).find(
          ({ entity, mention }) =>
            entity.kind === "person" &&
            mention.start >= after &&
            BETWEEN.test(sentence.text.slice(after, mention.start)) &&
            !/[,;:]/.test(sentence.text.slice(after, mention.start)),
        );
        if (person?.entity.kind !== "person") continue;
        const notable = notableOf(knowledge, person.entity.name);
        if (!notable && !askable(person.entity, knowledge)) continue;
        // The gazetteer, where it knows the person, must agree with the article.
        if (notable?.country && notable.country !== country.name) continue;
        const entity = article.entities.find(
          (e): e is PlaceEntity =>
            e.kind === "place" && e.placeType === "country" && e.name === country.name,
        );
        if (!entity) continue;
        if (!askable(entity, knowledge)) continue;
        const field = notable?.field;
        const who = field
          ? `${field.charAt(0).toUpperCase()}${field.slice(1)} ${person.entity.name}`
          : person.entity.name;
        candidates.push({
          ruleId: "which-country.born-in",
          type: "which-country",
          stem: `${who}, recently in the news, was born in which country?`,
          answer: entity.name,
          answerKind: { kind: "entity", entity },
          sentence,
          reliesOn: [person.entity.id],
          alsoTrue: sameKindIn(article, sentence.index, entity),
          priority: 0.7,
        });
      }
    }
    return candidates;
  },
};
