// Per-sentence state shared by the entity passes: tokens, and which tokens a pass has claimed.
import { companySuffixes, nameStopWords } from "../../../questions/entity-patterns";
import type { Sentence } from "../types";
import type { GazetteerEntry, GazetteerIndex } from "./gazetteer";
import { longestFrom, spanKey, type Token, tokenize } from "./tokens";

export type ClaimKind = "place" | "organisation" | "demonym" | "person" | "title";

/** A run of tokens [from, to) that one gazetteer entry names. */
export interface GazetteerSpan {
  from: number;
  to: number;
  entry: GazetteerEntry;
}

export interface SentenceScan {
  sentence: Sentence;
  tokens: Token[];
  /** Index of the first word token (sentence-initial capitals are weak evidence). */
  firstWord: number;
  claims: (ClaimKind | undefined)[];
  spans: GazetteerSpan[];
}

// "d'Italia", "l'Aquila": an elided particle before a capital ends a name as well.
const nameLike = (token: Token | undefined): boolean =>
  token?.word === true &&
  (token.capital || /^\p{N}/u.test(token.text) || /^[dl][’']\p{Lu}/u.test(token.text));

const STOP = new Set(nameStopWords);
const COMPANY_SUFFIXES = new Set(companySuffixes);

/** A lone river or ocean name is only that with "the": "the Atlantic", not "Russian Amazon". */
const acceptable = (
  tokens: readonly Token[],
  i: number,
  n: number,
  entry: GazetteerEntry,
): boolean => {
  if (n > 1 || entry.kind !== "place") return true;
  const water = ![
    "country",
    "city",
    "state",
    "region",
    "island",
    "mountain",
    "range",
    "glacier",
  ].includes(entry.placeType);
  return !water || tokens[i - 1]?.key === "the";
};

/**
 * A place or organisation name followed by another capitalised word is part of a larger name
 * ("Channel News Asia", "New York Times"), unless that word is a title ("US President").
 */
const insideLargerName = (
  tokens: readonly Token[],
  span: GazetteerSpan,
  index: GazetteerIndex,
  starts: ReadonlySet<number>,
): boolean => {
  if (span.entry.kind === "demonym" || span.entry.kind === "person") return false;
  if (tokens[span.to - 1]?.possessive) return false;
  const next = tokens[span.to];
  if (!next?.word || !next.capital || STOP.has(next.key) || starts.has(span.to)) return false;
  if (index.titles.has(next.key) || COMPANY_SUFFIXES.has(next.key)) return false;
  const pair = tokens[span.to + 1];
  return !(pair && index.titles.has(`${next.key} ${pair.key}`));
};

/** Longest gazetteer match starting at each name-like token, left to right, no overlaps. */
export const matchGazetteer = (
  tokens: readonly Token[],
  index: GazetteerIndex,
): GazetteerSpan[] => {
  const spans: GazetteerSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !nameLike(first)) continue;
    const limit = Math.min(longestFrom(first, index.entryStarts), tokens.length - i);
    for (let n = limit; n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (!nameLike(last) || (n > 1 && !last?.word)) continue;
      const list = index.entries.get(spanKey(tokens, i, i + n));
      const text = n === 1 ? tokens[i]?.text.replace(/\./g, "") : undefined;
      const entry = list?.find(
        (e) => (!e.exact || e.exact === text) && acceptable(tokens, i, n, e),
      );
      if (!entry) continue;
      spans.push({ from: i, to: i + n, entry });
      i += n - 1;
      break;
    }
  }
  return spans;
};

/**
 * "Puducherry" is a city and a union territory: in a sentence that lists other states, it is
 * the territory; elsewhere the city (the gazetteer order).
 */
const preferStatesAmongStates = (
  spans: GazetteerSpan[],
  index: GazetteerIndex,
  tokens: readonly Token[],
): void => {
  const isState = (span: GazetteerSpan) =>
    span.entry.kind === "place" && span.entry.placeType === "state";
  if (!spans.some(isState)) return;
  spans.forEach((span, k) => {
    if (span.entry.kind !== "place" || span.entry.placeType !== "city") return;
    const state = index.entries
      .get(spanKey(tokens, span.from, span.to))
      ?.find((e) => e.kind === "place" && e.placeType === "state");
    if (state) spans[k] = { ...span, entry: state };
  });
};

/**
 * A one-word name opening a sentence is an ordinary word when the article also writes it in
 * lower case: "Apple growers ..." beside "an apple orchard".
 */
const ordinaryOpener = (
  tokens: readonly Token[],
  span: GazetteerSpan,
  firstWord: number,
  lowercaseWords: ReadonlySet<string>,
): boolean =>
  span.from === firstWord &&
  span.to === span.from + 1 &&
  span.entry.kind !== "demonym" &&
  lowercaseWords.has(tokens[span.from]?.key ?? "");

export const scanSentence = (
  sentence: Sentence,
  index: GazetteerIndex,
  tokens: Token[] = tokenize(sentence.text),
  lowercaseWords: ReadonlySet<string> = new Set(),
): SentenceScan => {
  const claims: (ClaimKind | undefined)[] = new Array(tokens.length).fill(undefined);
  const firstWord = tokens.findIndex((t) => t.word);
  const all = matchGazetteer(tokens, index);
  const starts = new Set(all.map((span) => span.from));
  const spans = all.filter(
    (span) =>
      !insideLargerName(tokens, span, index, starts) &&
      !ordinaryOpener(tokens, span, firstWord, lowercaseWords),
  );
  preferStatesAmongStates(spans, index, tokens);
  for (const span of spans) {
    const kind = span.entry.kind;
    for (let i = span.from; i < span.to; i++) claims[i] = kind;
  }
  return { sentence, tokens, firstWord, claims, spans };
};

export const claim = (scan: SentenceScan, from: number, to: number, kind: ClaimKind): void => {
  for (let i = from; i < to; i++) scan.claims[i] = kind;
};

/** Text of tokens [from, to) exactly as the sentence has it. */
export const spanText = (scan: SentenceScan, from: number, to: number): string => {
  const first = scan.tokens[from];
  const last = scan.tokens[to - 1];
  return first && last ? scan.sentence.text.slice(first.start, last.end) : "";
};

/** The gazetteer span ending right before token `at` (skipping nothing), if any. */
export const spanEndingAt = (scan: SentenceScan, at: number): GazetteerSpan | undefined =>
  scan.spans.find((span) => span.to === at);
