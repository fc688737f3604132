// Distractors for a cloze. A cloze copies the article's sentence, and the article often ties the
// same predicate to its other places and firms ("wildfires in France, Portugal and Spain"): so no
// other country, city, province or company the article names is an option, and no country the
// stem itself names ("Taiwan was returned to Chinese control after ____ was defeated").
import {
  EUROPEAN_SUBREGIONS,
  EXCHANGE_CITIES,
  G20_COUNTRIES,
  MAJOR_POWERS,
} from "../../../questions/country-groups";
import type { Knowledge } from "../../../questions/types";
import { escapeRegExp } from "../regexp";
import type { AnalysedArticle, Entity, PlaceEntity } from "../types";
import type { EntityContext } from "./entities";

// Each country's name-or-demonym pattern, compiled once per knowledge value.
const compiled = new WeakMap<Knowledge, { name: string; pattern: RegExp }[]>();
const countryPatterns = (knowledge: Knowledge) => {
  let list = compiled.get(knowledge);
  if (!list) {
    list = knowledge.countries.map((c) => ({
      name: c.name,
      pattern: new RegExp(`\\b(?:${[c.name, ...c.demonyms].map(escapeRegExp).join("|")})\\b`),
    }));
    compiled.set(knowledge, list);
  }
  return list;
};

/** Places and organisations a cloze must not offer beside its answer (people: see sameKindIn). */
export const clozeAlsoTrue = (
  article: AnalysedArticle,
  knowledge: Knowledge,
  answer: Entity,
  stem: string,
): string[] => {
  const sameKind = article.entities.filter((e) => {
    if (e.id === answer.id || e.kind !== answer.kind) return false;
    if (e.kind === "place" && answer.kind === "place") return e.placeType === answer.placeType;
    return true;
  });
  const named =
    answer.kind === "place" && answer.placeType === "country"
      ? countryPatterns(knowledge)
          .filter(({ pattern }) => pattern.test(stem))
          .map(({ name }) => name)
      : [];
  return [...new Set([...sameKind.map((e) => e.name), ...named])];
};

/**
 * Options for a blanked country or city. A country: the countries of its own European sub-region,
 * then its region's major economies (G20), then the rest of its region, then world powers, so that
 * "Across ____, companies ... are investing billions in robots" offers Japan, not North Korea. A
 * city: the country's main cities (the gazetteer lists them first), then the rest of the country's;
 * for "listed in ____", cities with a stock exchange.
 * Undefined for other places: the general tiers serve them.
 */
export const clozePlaceTiers = (
  answer: PlaceEntity,
  context: EntityContext,
): string[][] | undefined => {
  const { knowledge } = context;
  if (answer.placeType === "city") {
    const home = knowledge.cities.filter((c) => c.country === answer.country).map((c) => c.name);
    // "Geek+, which listed in ____": only a city with a stock exchange is an option.
    if (/\blisted (?:in|on)\s+(?:the\s+)?____/.test(context.stem)) {
      const exchanges = EXCHANGE_CITIES.filter((c) => c !== answer.name);
      return [exchanges.filter((c) => home.includes(c)), exchanges];
    }
    const pool = (context.pool?.places ?? [])
      .filter((p) => p.placeType === "city" && p.country === answer.country)
      .map((p) => p.name);
    return [home.slice(0, 7), home.slice(7), pool];
  }
  if (answer.placeType !== "country") return undefined;
  const own = knowledge.countries.find((c) => c.name === answer.name);
  if (!own) return undefined;
  const states = knowledge.countries.filter((c) => !c.status && c.name !== own.name);
  const regional = states.filter((c) => c.region === own.region).map((c) => c.name);
  const subregion = EUROPEAN_SUBREGIONS[own.name];
  const near = regional.filter((n) => subregion && EUROPEAN_SUBREGIONS[n] === subregion);
  const major = regional.filter((n) => G20_COUNTRIES.includes(n));
  // In Europe only the full-sized states of the sub-regions; elsewhere the whole region.
  const rest = regional.filter((n) => own.region !== "Europe" || EUROPEAN_SUBREGIONS[n]);
  const powers = MAJOR_POWERS.filter((n) => n !== own.name);
  // A region with major economies (East Asia: Japan, South Korea) is completed by world powers
  // before its small states (North Korea, Mongolia), which fit few frames.
  const economic = major.length >= 2;
  return [
    near.filter((n) => major.includes(n)),
    near,
    major,
    ...(economic ? [powers, rest] : [rest, powers]),
  ];
};
