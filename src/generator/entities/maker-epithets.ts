// "The ChatGPT-maker said ...", "the Instagram owner": a company named by its best-known product.
// The epithet is a mention of that company when the gazetteer ties the product to exactly one
// company and the article names that company elsewhere: the description alone names no one.
import type { Knowledge } from "../../../questions/types";
import type { Entity, Sentence } from "../types";

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
