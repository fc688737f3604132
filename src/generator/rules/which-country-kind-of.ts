// "the Spanish exclave of Ceuta", "Spain's North African territory of Ceuta", "the Canadian
// province of Alberta" → "Ceuta, recently in the news, is an exclave of which country?": the
// country a place belongs to, as the sentence names its kind, asked when the gazetteer agrees.
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityAnswer } from "./answer";
import { mentionsInSentence, upperFirst, withArticle } from "./stem";

// Kinds of place a country holds; cities and towns are left to the located-in frame.
const KINDS =
  "exclave|enclave|overseas territory|territory|autonomous city|autonomous region|autonomous community|province|state|prefecture|region|island";
// "the Spanish exclave of ", "the Canadian province of ", "the Australian State of ".
const DEMONYM_KIND = new RegExp(
  `\\bthe\\s+((?:[A-Z][a-z]+\\s+)?[A-Z][a-z]+)\\s+((?:[a-z-]+\\s+){0,2}?)(${KINDS})\\s+of\\s+$`,
  "i",
);
// "Spain's North African territory of ": the country's possessive, a few describing words.
const POSSESSIVE_KIND = new RegExp(
  `\\b([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)[’']s\\s+((?:[A-Za-z-]+\\s+){0,3}?)(${KINDS})\\s+of\\s+$`,
);
// What the place must be in the gazetteer for each kind.
const PLACE_TYPES: Readonly<Record<string, readonly string[]>> = {
  exclave: ["city", "state", "region"],
  enclave: ["city", "state", "region"],
  "overseas territory": ["state", "island", "region"],
  territory: ["city", "state", "island", "region"],
  "autonomous city": ["city"],
  "autonomous region": ["state", "region"],
  "autonomous community": ["state"],
  province: ["state"],
  state: ["state"],
  prefecture: ["state"],
  region: ["state"],
  island: ["island"],
};

const countryNamed = (knowledge: Knowledge, word: string) =>
  knowledge.countries.find(
    (c) => !c.status && (c.name === word || c.demonyms.includes(word) || c.aliases.includes(word)),
  );

/** The country the gazetteer puts the place in, if any. */
const homeOf = (knowledge: Knowledge, place: PlaceEntity): string | undefined =>
  place.country ??
  knowledge.regions.find((r) => r.name === place.name)?.country ??
  knowledge.cities.find((c) => c.name === place.name)?.country;

export const whichCountryKindOf: Rule = {
  id: "which-country.kind-of",
  type: "which-country",
  description: "The country a place belongs to, as 'the Spanish exclave of Ceuta' gives it",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    const countries = article.entities.filter(
      (e): e is PlaceEntity => e.kind === "place" && e.placeType === "country",
    );
    for (const sentence of article.sentences) {
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (entity.kind !== "place" || entity.placeType === "country") continue;
        const before = sentence.text.slice(Math.max(0, mention.start - 60), mention.start);
        const found = DEMONYM_KIND.exec(before) ?? POSSESSIVE_KIND.exec(before);
        const kind = found?.[3]?.toLowerCase();
        if (!found?.[1] || !kind) continue;
        const country = countryNamed(knowledge, found[1]);
        if (!country || !PLACE_TYPES[kind]?.includes(entity.placeType)) continue;
        if (homeOf(knowledge, entity) !== country.name) continue;
        // The country's own entity, so that the answer is traceable and its options of its kind.
        const answer = countries.find((c) => c.name === country.name);
        if (!answer || !askable(answer, knowledge)) continue;
        // A place another country claims ("Ceuta" by Morocco) stays askable: the holder is the key.
        const an = /^[aeiou]/.test(kind) ? "an" : "a";
        candidates.push({
          ruleId: "which-country.kind-of",
          type: "which-country",
          stem: `${upperFirst(withArticle(entity.name))}, recently in the news, is ${an} ${kind} of which country?`,
          ...entityAnswer(answer),
          sentence,
          reliesOn: [entity.id],
          alsoTrue: [],
          priority: 0.6,
        });
      }
    }
    return candidates;
  },
};
