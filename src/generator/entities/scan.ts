// Per-sentence state shared by the entity passes: tokens, and which tokens a pass has claimed.
import type { Sentence } from "../types";
import type { GazetteerEntry, GazetteerIndex } from "./gazetteer";
import { spanKey, type Token, tokenize } from "./tokens";

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
  claims: (ClaimKind | undefined)[];
  spans: GazetteerSpan[];
}

const nameLike = (token: Token | undefined): boolean =>
  token !== undefined && token.word && (token.capital || /^\p{N}/u.test(token.text));

/** Longest gazetteer match starting at each name-like token, left to right, no overlaps. */
export const matchGazetteer = (
  tokens: readonly Token[],
  index: GazetteerIndex,
): GazetteerSpan[] => {
  const spans: GazetteerSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameLike(tokens[i])) continue;
    const limit = Math.min(index.maxTokens, tokens.length - i);
    for (let n = limit; n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (!nameLike(last) || (n > 1 && !last?.word)) continue;
      const list = index.entries.get(spanKey(tokens, i, i + n));
      const text = n === 1 ? tokens[i]?.text.replace(/\./g, "") : undefined;
      const entry = list?.find((e) => !e.exact || e.exact === text);
      if (!entry) continue;
      spans.push({ from: i, to: i + n, entry });
      i += n - 1;
      break;
    }
  }
  return spans;
};

export const scanSentence = (sentence: Sentence, index: GazetteerIndex): SentenceScan => {
  const tokens = tokenize(sentence.text);
  const claims: (ClaimKind | undefined)[] = new Array(tokens.length).fill(undefined);
  const spans = matchGazetteer(tokens, index);
  for (const span of spans) {
    const kind = span.entry.kind;
    for (let i = span.from; i < span.to; i++) claims[i] = kind;
  }
  return { sentence, tokens, claims, spans };
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
