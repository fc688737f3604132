// "the Senkaku Islands in the East China Sea", "Myanmar's Rakhine state", "Toronto in the province
// of Ontario" → "The Senkaku Islands, recently in the news, are located in which sea?": the exam's
// "X is located in which state?" frame, asked only when the gazetteer agrees with the sentence.
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, PlaceEntity, PlaceType, Rule } from "../types";
import { entityAnswer } from "./answer";
import { mentionsInSentence, upperFirst, withArticle } from "./stem";
import { placeNoun } from "./where-nouns";

// What may lie in what: a city in a state or country, an island in a sea, a peak in a range.
const CONTAINERS: Partial<Record<PlaceType, readonly string[]>> = {
  city: ["country", "state"],
  state: ["country"],
  island: ["country", "state", "sea", "ocean", "gulf", "bay", "strait"],
  mountain: ["country", "state", "range"],
  glacier: ["country", "state", "range"],
};
// "in north-eastern Spain", "in the province of Fujian": words between "in" and the container.
const IN_LINK =
  /^,?\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central)(?:ern)?(?:-(?:east|west)(?:ern)?)?\s+)?(?:(?:province|state|region)\s+of\s+)?(?:the\s+)?$/i;
const POSSESSIVE = /^[’']s\s+$/;

/** Whether the gazetteer allows `inner` to lie in `outer`, and the countries also true. */
const consistent = (
  knowledge: Knowledge,
  inner: PlaceEntity,
  outer: PlaceEntity,
): { ok: boolean; alsoIn: readonly string[] } => {
  const entry = knowledge.regions.find((r) => r.name === inner.name);
  const alsoIn = entry?.alsoIn ?? [];
  if (!CONTAINERS[inner.placeType]?.includes(outer.placeType)) return { ok: false, alsoIn };
  if (outer.placeType === "country") {
    return { ok: inner.country === outer.name || alsoIn.includes(outer.name), alsoIn };
  }
  if (outer.placeType === "state") {
    const city = knowledge.cities.find((c) => c.name === inner.name);
    const sameState = !city?.state || city.state === outer.name;
    return {
      ok: inner.country !== undefined && inner.country === outer.country && sameState,
      alsoIn,
    };
  }
  return { ok: true, alsoIn };
};

/** "which province of Canada", "which US state", "which sea". */
export const whNoun = (knowledge: Knowledge, outer: PlaceEntity): string | undefined => {
  const noun = placeNoun(outer, knowledge);
  if (!noun) return undefined;
  if (outer.placeType !== "state" || !outer.country) return noun;
  if (outer.country === "India") return "Indian state";
  if (outer.country === "United States") return `US ${noun}`;
  return `${noun} of ${withArticle(outer.country)}`;
};

export const whereLocatedIn: Rule = {
  id: "where.located-in",
  type: "where",
  description: "Where a named place lies, as the sentence places it: in a country, state or sea",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const places = mentionsInSentence(article, sentence.index).filter(
        (m): m is { entity: PlaceEntity; mention: (typeof m)["mention"] } =>
          m.entity.kind === "place",
      );
      for (const inner of places) {
        for (const outer of places) {
          if (inner.entity.id === outer.entity.id) continue;
          const text = sentence.text;
          const inLink =
            outer.mention.start > inner.mention.end &&
            IN_LINK.test(text.slice(inner.mention.end, outer.mention.start));
          const possessed =
            outer.mention.end < inner.mention.start &&
            POSSESSIVE.test(text.slice(outer.mention.end, inner.mention.start));
          if (!inLink && !possessed) continue;
          // "COP30 has begun in Brazil's Belém": the venue of the sentence's event is asked as such.
          const lead = text.slice(0, Math.min(inner.mention.start, outer.mention.start));
          if (/\b(in|at)\s+(the\s+)?$/i.test(lead)) continue;
          // "the Madrid region's ...", "Ontario's premier": the inner place only modifies a noun.
          if (/^[’']s\b/.test(text.slice(inner.mention.end))) continue;
          const { ok, alsoIn } = consistent(knowledge, inner.entity, outer.entity);
          if (!ok) continue;
          // Broad Peak lies in Gilgit-Baltistan, which India claims: no country is the one key.
          if (outer.entity.placeType === "country" && claimed(knowledge, inner.entity)) continue;
          const noun = whNoun(knowledge, outer.entity);
          if (!noun) continue;
          // "Myanmar's Rakhine state": the name as written when it only adds its kind.
          const written = inner.mention.text;
          const name = withArticle(
            written.startsWith(inner.entity.name) &&
              /^ (state|province)$/i.test(written.slice(inner.entity.name.length))
              ? `${inner.entity.name} ${upperFirst(written.slice(inner.entity.name.length + 1))}`
              : inner.entity.name,
          );
          const verb = /s$/.test(inner.entity.name) && /Islands$/.test(name) ? "are" : "is";
          const type = outer.entity.placeType === "country" ? "which-country" : "where";
          candidates.push({
            ruleId: "where.located-in",
            type,
            stem: `${upperFirst(name)}, recently in the news, ${verb} located in which ${noun}?`,
            ...entityAnswer(outer.entity),
            sentence,
            reliesOn: [inner.entity.id],
            alsoTrue: alsoIn.filter((c) => c !== outer.entity.name),
            priority: 0.6,
          });
        }
      }
    }
    return [...candidates, ...rangeCandidates(article, knowledge)];
  },
};

const claimed = (knowledge: Knowledge, place: PlaceEntity): boolean =>
  (knowledge.regions.find((r) => r.name === place.name)?.claimedBy?.length ?? 0) > 0;

/**
 * "Broad Peak, recently in the news, is located in which mountain range?": a peak whose range the
 * gazetteer knows and the article names, explained by the sentence that names the range.
 */
const rangeCandidates = (article: AnalysedArticle, knowledge: Knowledge): Candidate[] => {
  const candidates: Candidate[] = [];
  for (const peak of article.entities) {
    if (peak.kind !== "place" || peak.placeType !== "mountain") continue;
    const name = knowledge.regions.find((r) => r.name === peak.name)?.range;
    const range = article.entities.find(
      (e): e is PlaceEntity => e.kind === "place" && e.placeType === "range" && e.name === name,
    );
    const mention = range?.mentions[0];
    const sentence = mention ? article.sentences[mention.sentence] : undefined;
    if (!range || !sentence) continue;
    candidates.push({
      ruleId: "where.located-in",
      type: "where",
      stem: `${upperFirst(withArticle(peak.name))}, recently in the news, is located in which mountain range?`,
      ...entityAnswer(range),
      sentence,
      reliesOn: [peak.id],
      alsoTrue: [],
      priority: 0.6,
    });
  }
  return candidates;
};
