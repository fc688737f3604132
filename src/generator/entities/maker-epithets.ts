// Company epithets ("The ChatGPT-maker") and "<Country>-born" compounds as entity mentions.
// The epithet is a mention of that company when the gazetteer ties the product to exactly one
// company and the article names that company elsewhere: the description alone names no one.
import type { Knowledge } from "../../../questions/types";
import type { Entity, PlaceEntity, Sentence } from "../types";

const EPITHET =
  /\b[Tt]he\s+(\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*)?)(?:-|\s)(?:maker|owner|developer|creator)\b(?![-’'])/gu;

/** The company a capitalised product keyword ("ChatGPT") belongs to, when exactly one has it. */
const companyOfProduct = (knowledge: Knowledge, product: string): string | undefined => {
  const owners = knowledge.companies.filter((c) =>
    (c.keywords ?? []).some((k) => /^\p{Lu}/u.test(k) && k === product),
  );
  return owners.length === 1 ? owners[0]?.name : undefined;
};

/** Adds the product epithets of companies the article names to those companies' mentions. */
export const addMakerEpithets = (
  sentences: readonly Sentence[],
  entities: Entity[],
  knowledge: Knowledge,
): void => {
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(EPITHET)) {
      const product = m[1];
      const name = product ? companyOfProduct(knowledge, product) : undefined;
      const company = entities.find(
        (e) => e.kind === "organisation" && e.orgType === "company" && e.name === name,
      );
      if (!company) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const overlaps = entities.some((e) =>
        e.mentions.some((x) => x.sentence === sentence.index && x.start < end && start < x.end),
      );
      if (overlaps) continue;
      company.mentions.push({ sentence: sentence.index, start, end, text: m[0] });
      company.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
    }
  }
};

// "Nepal-born", "Indian-born": the country of a birthplace written into one word.
const BORN = /\b(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)-born\b/gu;

/**
 * The countries a "<Country>-born" compound names, as mentions of those countries: a new
 * country entity when the article names it nowhere else. Returns the entities it created.
 */
export const bornCountries = (
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  knowledge: Knowledge,
): PlaceEntity[] => {
  const created: PlaceEntity[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(BORN)) {
      const text = m[1] ?? "";
      const country = knowledge.countries.find(
        (c) => c.name === text || c.aliases.includes(text) || c.demonyms.includes(text),
      );
      if (!country) continue;
      const start = m.index ?? 0;
      const mention = { sentence: sentence.index, start, end: start + text.length, text };
      const known = [...entities, ...created].find(
        (e): e is PlaceEntity =>
          e.kind === "place" && e.placeType === "country" && e.name === country.name,
      );
      if (known) {
        const taken = known.mentions.some(
          (x) => x.sentence === sentence.index && x.start === mention.start,
        );
        if (!taken) known.mentions.push(mention);
        known.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
        continue;
      }
      created.push({
        kind: "place",
        id: "",
        name: country.name,
        placeType: "country",
        region: country.region,
        mentions: [mention],
      });
    }
  }
  return created;
};
