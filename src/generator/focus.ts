// The country an article is about and its capital, when the text makes them plain: news writes
// "the country", "the government" and "the capital" for them once they have been named.
import type { Knowledge } from "../../questions/types";
import type { ArticleFocus, Entity } from "./types";

/** Mentions of the first country at least this many, and twice those of any other. */
const MIN_MENTIONS = 4;

const countryFocus = (entities: readonly Entity[], knowledge: Knowledge) => {
  const countries = entities
    .filter((e) => e.kind === "place" && e.placeType === "country")
    .sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = countries;
  if (!first || first.mentions.length < MIN_MENTIONS) return undefined;
  if (second && first.mentions.length < 2 * second.mentions.length) return undefined;
  const record = knowledge.countries.find((c) => c.name === first.name);
  if (!record || record.status) return undefined;
  return { country: record.name, ...(record.demonyms[0] ? { demonym: record.demonyms[0] } : {}) };
};

/**
 * The one national capital the article names, when it names exactly one and either names it
 * twice or names its country too: a capital met once in passing is not "the capital".
 */
const capitalFocus = (entities: readonly Entity[], knowledge: Knowledge) => {
  const countryOf = new Map(knowledge.countries.map((c) => [c.capital, c.name]));
  const named = entities.filter(
    (e) => e.kind === "place" && e.placeType === "city" && countryOf.has(e.name),
  );
  const only = named.length === 1 ? named[0] : undefined;
  if (!only) return undefined;
  const country = countryOf.get(only.name);
  const countryNamed = entities.some((e) => e.kind === "place" && e.name === country);
  return only.mentions.length >= 2 || countryNamed ? only.name : undefined;
};

export const articleFocus = (
  entities: readonly Entity[],
  knowledge: Knowledge,
): ArticleFocus | undefined => {
  const country = countryFocus(entities, knowledge);
  const capital = capitalFocus(entities, knowledge);
  if (!country && !capital) return undefined;
  return { ...country, ...(capital ? { capital } : {}) };
};
