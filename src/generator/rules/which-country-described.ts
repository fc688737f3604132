// "a drone attack on the eastern river port of Dnipro", "radars on Ishigaki island" → "Dnipro,
// recently in the news, is located in which country?", "Ishigaki, recently in the news, is an
// island of which country?": a place the writer introduces by its kind (a sign it is not
// household knowledge), asked when the gazetteer's country for it is named in the same sentence
// or is the country the article is about.
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityAnswer } from "./answer";
import { mentionsInSentence, upperFirst, withArticle } from "./stem";

// "the southern port city of ", "the village of ", "the island of ": lower-case words only (a
// demonym or a name before the kind is which-country.kind-of's, or a cue).
const DESCRIBED_OF = /\bthe\s+(?:[a-z-]+\s+){0,3}?(city|town|village|port|island)\s+of\s+$/;
// "Yonaguni island", "Jeju Island": the kind right after an island's name.
const ISLAND_AFTER = /^\s+[Ii]sland\b/;
// "Kamakura, a quiet coastal town south of Yokohama": the kind in an
// apposition right after the name.
const KIND_APPOSED = /^,\s+an?\s+(?:[a-z-]+\s+){0,3}?(city|town|village|port)\b/;
const TYPES: Readonly<Record<string, PlaceEntity["placeType"]>> = {
  city: "city",
  town: "city",
  village: "city",
  port: "city",
  island: "island",
};

const homeOf = (knowledge: Knowledge, place: PlaceEntity): string | undefined =>
  knowledge.regions.find((r) => r.name === place.name)?.country ??
  knowledge.cities.find((c) => c.name === place.name)?.country ??
  place.country;

const claimed = (knowledge: Knowledge, place: PlaceEntity): boolean =>
  (knowledge.regions.find((r) => r.name === place.name)?.claimedBy?.length ?? 0) > 0;

export const whichCountryDescribed: Rule = {
  id: "which-country.described-place",
  type: "which-country",
  description:
    "The country of a place the sentence introduces by its kind and names the country of",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const mentions = mentionsInSentence(article, sentence.index);
      for (const { entity, mention } of mentions) {
        if (entity.kind !== "place") continue;
        const before = sentence.text.slice(Math.max(0, mention.start - 50), mention.start);
        const described = DESCRIBED_OF.exec(before);
        const after = sentence.text.slice(mention.end);
        const kind =
          described?.[1] ??
          KIND_APPOSED.exec(after)?.[1] ??
          (entity.placeType === "island" && ISLAND_AFTER.test(after) ? "island" : undefined);
        if (!kind || TYPES[kind] !== entity.placeType) continue;
        // A capital or a capital-size city needs no introduction: "the city of Paris" is no test.
        if (knowledge.countries.some((c) => c.capital === entity.name)) continue;
        if (claimed(knowledge, entity)) continue;
        const home = homeOf(knowledge, entity);
        // The country named in the sentence, or the country the whole article is about.
        const inSentence = mentions.find(
          (m) =>
            m.entity.kind === "place" && m.entity.placeType === "country" && m.entity.name === home,
        )?.entity;
        const focus =
          home !== undefined && article.focus?.country === home
            ? article.entities.find(
                (e) => e.kind === "place" && e.placeType === "country" && e.name === home,
              )
            : undefined;
        const country = inSentence ?? focus;
        if (!country || !askable(country, knowledge)) continue;
        const frame = kind === "island" ? "is an island of" : "is located in";
        candidates.push({
          ruleId: "which-country.described-place",
          type: "which-country",
          stem: `${upperFirst(withArticle(entity.name))}, recently in the news, ${frame} which country?`,
          ...entityAnswer(country),
          sentence,
          reliesOn: [entity.id],
          alsoTrue: [],
          priority: 0.55,
        });
      }
    }
    return candidates;
  },
};
