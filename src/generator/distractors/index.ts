// Picks three distractors for a candidate and shuffles the four options, deterministically.
import type { Knowledge } from "../../../questions/types";
import { isNested } from "../checks/options";
import { normaliseOption } from "../normalise";
import { shuffle } from "../random";
import type { AnalysedArticle, Candidate, EntityPool, Random } from "../types";
import { aliasKeys } from "./aliases";
import { dateDistractors } from "./calendar";
import { clozePlaceTiers } from "./cloze";
import { type EntityContext, organisationTiers, personTiers, placeTiers } from "./entities";
import { quantityDistractors } from "./numbers";

export interface DistractorInput {
  candidate: Candidate;
  knowledge: Knowledge;
  article: AnalysedArticle;
  pool?: EntityPool;
  random: Random;
}

export type OptionsResult =
  | { ok: true; options: string[]; answerIndex: number }
  | { ok: false; found: string[] };

const entityTiers = (candidate: Candidate, context: EntityContext): string[][] => {
  if (candidate.answerKind.kind !== "entity") return [];
  const entity = candidate.answerKind.entity;
  if (entity.kind === "person") return personTiers(entity, context);
  if (entity.kind === "place") {
    const cloze =
      candidate.ruleId === "cloze.fallback" ? clozePlaceTiers(entity, context) : undefined;
    return cloze ?? placeTiers(entity, context);
  }
  return organisationTiers(entity, context);
};

// A stem about the sea: a landlocked country is no option ("whose coast guard patrols ...").
const MARITIME =
  /\b(?:coast\s*guard|navy|naval|maritime|territorial waters|waters around|coastline|coastal|shipping lanes?|fishing fleet)\b/i;

/** Three names from the tiers: best tier first, similar length preferred, nothing like the answer. */
const pickNames = (input: DistractorInput, tiers: string[][]): string[] => {
  const { candidate, knowledge, random } = input;
  const entity = candidate.answerKind.kind === "entity" ? candidate.answerKind.entity : undefined;
  const own = entity ? [entity.name, ...("aliases" in entity ? entity.aliases : [])] : [];
  const excluded = aliasKeys(knowledge, [candidate.answer, ...own, ...candidate.alsoTrue]);
  const chosen: string[] = [];
  const maritime = MARITIME.test(candidate.stem);
  const acceptable = (name: string): boolean => {
    const key = normaliseOption(name);
    if (!key || excluded.has(key)) return false;
    if (maritime && knowledge.countries.some((c) => c.landlocked && c.name === name)) return false;
    if (aliasKeys(knowledge, [name]).has(normaliseOption(candidate.answer))) return false;
    return ![candidate.answer, ...own, ...chosen].some((o) => isNested(o, name));
  };
  const length = candidate.answer.length;
  const similar = (name: string) => name.length >= length * 0.4 && name.length <= length * 2.5 + 4;
  for (const tier of tiers) {
    const ordered = shuffle([...new Set(tier)], random);
    for (const pass of [similar, () => true]) {
      for (const name of ordered) {
        if (chosen.length === 3) return chosen;
        if (pass(name) && acceptable(name)) chosen.push(name);
      }
    }
  }
  return chosen;
};

// "late on Sunday", "overnight", "just after midnight": the next day can be argued too.
const OVERNIGHT =
  /\b(?:late\s+(?:on|in)\b|late\s+(?:at\s+)?night|overnight|midnight|in the early hours)/i;

export const chooseOptions = (input: DistractorInput): OptionsResult => {
  const { candidate, random } = input;
  const kind = candidate.answerKind;
  let distractors: string[];
  if (kind.kind === "quantity") {
    const alsoTrue = candidate.alsoTrue
      .map((t) => Number(t.replace(/,/g, "")))
      .filter(Number.isFinite);
    distractors = quantityDistractors(kind.quantity, random, alsoTrue, candidate.beyond);
  } else if (kind.kind === "date") {
    distractors = dateDistractors(
      kind.date,
      random,
      candidate.alsoTrue,
      input.article.publishedAt,
      OVERNIGHT.test(candidate.sentence.text),
    );
  } else {
    const context: EntityContext = {
      knowledge: input.knowledge,
      article: input.article,
      stem: candidate.stem,
      sentenceIndex: candidate.sentence.index,
      ...(input.pool ? { pool: input.pool } : {}),
    };
    distractors = pickNames(input, entityTiers(candidate, context));
  }
  if (distractors.length < 3) return { ok: false, found: distractors };
  const options = shuffle([candidate.answer, ...distractors.slice(0, 3)], random);
  return { ok: true, options, answerIndex: options.indexOf(candidate.answer) };
};
