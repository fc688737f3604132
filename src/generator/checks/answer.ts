// Checks tying the answer to the stem and to the article (checks 3, 4 and 10).
import { MONEY_UNITS } from "../../../questions/number-words";
import { normaliseOption } from "../normalise";
import type { AnalysedArticle, Candidate, QuestionType } from "../types";
import type { Failure } from "./stem";

const FUNCTION_WORDS = new Set([
  "the",
  "of",
  "and",
  "a",
  "an",
  "in",
  "on",
  "for",
  "to",
  "de",
  "la",
  "al",
  "el",
  "bin",
  "van",
  "von",
  "da",
  "du",
  "le",
]);
const TYPE_NOUNS =
  /\bwhich\s+(?:[A-Z][\w-]*\s+)*(sea|city|strait|ocean|gulf|bay|channel|lake|river|canal|region|state|province|island|islands|mountain|range|glacier|stadium|country|company|organisation|group|article|court|party|agency)\b/gi;
// The stem keeps the qualifier only right before "how many": "At least how many people ...?"
const QUALIFIER =
  /\b(at least|about|nearly|more than|over|around|almost|roughly|approximately|up to|less than|fewer than)\s+(how (?:many|much)\b|what percentage\b|____)/i;

const words = (text: string): string[] => normaliseOption(text).split(" ").filter(Boolean);

/** Words of the answer (and its aliases) that may not appear in the stem. */
export const answerInStem = (candidate: Candidate): Failure | undefined => {
  const allowed = new Set(
    [...candidate.stem.matchAll(TYPE_NOUNS)].map((m) => (m[1] ?? "").toLowerCase()),
  );
  const stemWords = new Set(words(candidate.stem.replace(/____/g, " ")));
  // "Russian" gives away "Russia", "Japanese" gives away "Japan".
  const derived = (word: string): boolean =>
    word.length >= 4 &&
    [...stemWords].some((w) => w !== word && w.startsWith(word) && w.length - word.length <= 4);
  // A brand made of its founder's name: "XPeng" gives away He Xiaopeng (same first letter,
  // same last four letters).
  const branded = (word: string): boolean =>
    word.length >= 5 &&
    [...stemWords].some(
      (w) => w !== word && w.length >= 4 && w[0] === word[0] && w.slice(-4) === word.slice(-4),
    );
  const kind = candidate.answerKind;
  const person = kind.kind === "entity" && kind.entity.kind === "person";
  const aliases = kind.kind === "entity" && "aliases" in kind.entity ? kind.entity.aliases : [];
  for (const name of [candidate.answer, ...aliases]) {
    for (const word of words(name)) {
      if (FUNCTION_WORDS.has(word) || allowed.has(word)) continue;
      if (word.length < 2 && !/\d/.test(word)) continue;
      // Only a place's own adjective gives it away; "Which Taiwanese company" is a fair frame.
      const place = kind.kind === "entity" && kind.entity.kind === "place";
      if (stemWords.has(word) || (place && derived(word)) || (person && branded(word)))
        return { reason: "answer-in-stem", detail: word };
    }
  }
  return undefined;
};

const ENTITY_TYPES: Record<QuestionType, (c: Candidate) => boolean> = {
  who: (c) => c.answerKind.kind === "entity" && c.answerKind.entity.kind === "person",
  where: (c) => c.answerKind.kind === "entity" && c.answerKind.entity.kind === "place",
  when: (c) => c.answerKind.kind === "date",
  "how-many": (c) => c.answerKind.kind === "quantity",
  "which-company": (c) =>
    c.answerKind.kind === "entity" &&
    c.answerKind.entity.kind === "organisation" &&
    c.answerKind.entity.orgType === "company",
  "which-organisation": (c) =>
    c.answerKind.kind === "entity" &&
    c.answerKind.entity.kind === "organisation" &&
    c.answerKind.entity.orgType !== "company" &&
    c.answerKind.entity.orgType !== "other",
  "which-country": (c) =>
    c.answerKind.kind === "entity" &&
    c.answerKind.entity.kind === "place" &&
    c.answerKind.entity.placeType === "country",
};

const WH_WORDS: Record<QuestionType, RegExp> = {
  who: /^(.*\s)?(who|whom|which)\b/i,
  where: /\b(where|which)\b/i,
  when: /\b(when|which (year|month|date|day))\b/i,
  "how-many": /\bhow many\b/i, // refined by the answer's shape in figureWh
  "which-company":
    /\bwhich\b.*\b(company|firm|start-?up|group|carmaker|automaker|chipmaker|bank|airline)\b/i,
  "which-organisation":
    /\bwhich\b.*\b(organisation|body|agency|bloc|alliance|group|party|court)\b/i,
  "which-country": /\bwhich\b.*\bcountry\b/i,
};

/** A figure's wh-words follow its shape: "Which amendment" (27th), "How much" (S$600),
 * "What percentage" (20%), "How many" for the rest. */
const figureWh = (candidate: Candidate): RegExp | undefined => {
  const kind = candidate.answerKind;
  if (kind.kind !== "quantity") return undefined;
  if (kind.quantity.unit === "ordinal" || kind.quantity.unit === "article")
    return /^(?:[^?]*, )?(?:under )?which\b/i;
  if (kind.quantity.unit === "percent") return /\bwhat percentage\b/i;
  if (kind.quantity.unit === "split") return /\bwhat (?:majority|lead)\b/i;
  if (kind.quantity.unit === "fold") return /\bby what factor\b/i;
  if (kind.quantity.unit === "mark") return /\bwhich mark\b/i;
  if (kind.quantity.unit === "rank") return /\bwhat is\b.*\bworld ranking\b/i;
  if (MONEY_UNITS.has(kind.quantity.unit)) return /\bhow much\b/i;
  return undefined;
};

export const typeMismatch = (candidate: Candidate): Failure | undefined => {
  if (!ENTITY_TYPES[candidate.type](candidate)) {
    return { reason: "type-mismatch", detail: `${candidate.type} vs ${candidate.answerKind.kind}` };
  }
  const wh = figureWh(candidate) ?? WH_WORDS[candidate.type];
  if (!candidate.stem.includes("____") && !wh.test(candidate.stem)) {
    return { reason: "type-mismatch", detail: "wh-word" };
  }
  return undefined;
};

export const answerNotInArticle = (
  candidate: Candidate,
  article: AnalysedArticle,
): Failure | undefined => {
  const kind = candidate.answerKind;
  const texts =
    kind.kind === "entity"
      ? [kind.entity.name, ...kind.entity.mentions.map((m) => m.text)]
      : [kind.kind === "date" ? kind.date.text : kind.quantity.text];
  const found = texts.some((text) =>
    article.sentences.some(
      (s) => text.length > 0 && s.text.toLowerCase().includes(text.toLowerCase()),
    ),
  );
  return found ? undefined : { reason: "answer-not-in-article", detail: candidate.answer };
};

export const explanationNotInArticle = (
  candidate: Candidate,
  article: AnalysedArticle,
): Failure | undefined =>
  article.sentences[candidate.sentence.index]?.text === candidate.sentence.text
    ? undefined
    : { reason: "explanation-not-in-article" };

export const approximateNumber = (candidate: Candidate): Failure | undefined => {
  const kind = candidate.answerKind;
  if (kind.kind !== "quantity" || !kind.quantity.approximate) return undefined;
  return QUALIFIER.test(candidate.stem)
    ? undefined
    : { reason: "approximate-number", detail: kind.quantity.text };
};
