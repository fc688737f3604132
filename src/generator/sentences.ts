// Stage 2: paragraphs -> sentences. A rule-based splitter: a boundary is a run of . ! ? or an
// ellipsis, optional closing quotes/brackets, then whitespace; abbreviations, initials and
// lower-case continuations veto it. Text is sliced from the paragraph, never rewritten.
import {
  AMBIGUOUS_ABBREVIATIONS,
  NON_TERMINAL_ABBREVIATIONS,
  NUMBER_PREFIX_ABBREVIATIONS,
  SENTENCE_STARTERS,
} from "../../questions/abbreviations";
import type { Sentence } from "./types";

const nonTerminal = new Set(NON_TERMINAL_ABBREVIATIONS);
const numberPrefix = new Set(NUMBER_PREFIX_ABBREVIATIONS);
const ambiguous = new Set(AMBIGUOUS_ABBREVIATIONS);
const starters = new Set(SENTENCE_STARTERS);

const BOUNDARY = /(?:[.!?]+|…)["”’')\]]*\s+/g;
const OPENERS = /^["“‘'([]+/;
const INITIALS = /^(?:[A-Z]\.)*[A-Z]$/; // "A", "A.K", "D.Y"
const DOTTED = /^(?:[A-Za-z]\.)+[A-Za-z]$/; // "U.S", "a.m", "e.g"

export const splitSentences = (paragraphs: readonly string[]): Sentence[] => {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const text of splitParagraph(paragraph)) {
      sentences.push({ index: sentences.length, paragraph: p, text });
    }
  });
  return sentences;
};

export const splitParagraph = (paragraph: string): string[] => {
  const parts: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const at = match.index;
    const end = at + match[0].trimEnd().length;
    const next = at + match[0].length;
    if (next >= paragraph.length || !endsSentence(paragraph, at, match[0], next)) continue;
    const text = paragraph.slice(start, end).trim();
    if (text) parts.push(text);
    start = next;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) parts.push(rest);
  return parts;
};

const endsSentence = (paragraph: string, at: number, mark: string, next: number): boolean => {
  const following = paragraph.slice(next, next + 40);
  const nextWord = following.replace(OPENERS, "").split(/[\s,;:]/, 1)[0] ?? "";
  const first = nextWord.charAt(0);
  // A lower-case continuation ("he asked", "etc. and", "a.m. on") never starts a sentence.
  if (first === "" || (first.toLowerCase() === first && first.toUpperCase() !== first))
    return false;
  if (mark.startsWith("…") || mark.startsWith("..")) return !insideQuote(paragraph, at);
  if (!mark.startsWith(".")) return true;
  const token = precedingToken(paragraph, at);
  if (nonTerminal.has(token)) return false;
  if (numberPrefix.has(token)) return !/^\d/.test(nextWord);
  if (ambiguous.has(token) || DOTTED.test(token)) return starters.has(nextWord);
  if (INITIALS.test(token)) return starters.has(nextWord) && token.length > 1;
  return true;
};

/** True when a quotation opened before `at` in this paragraph is still open. */
const insideQuote = (paragraph: string, at: number): boolean => {
  const before = paragraph.slice(0, at);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2;
  return curly > 0 || straight === 1;
};

/** The bare tokenise + split pass the generator benchmark compares itself against. */
export const barePass = (text: string): number => {
  let tokens = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const sentence of splitParagraph(paragraph.trim())) {
      tokens += sentence.match(TOKEN)?.length ?? 0;
    }
  }
  return tokens;
};

const TOKEN = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** The word before the full stop at `at`, without opening quotes or brackets. */
const precedingToken = (paragraph: string, at: number): string => {
  let i = at;
  while (i > 0 && !/\s/.test(paragraph.charAt(i - 1))) i--;
  return paragraph.slice(i, at).replace(OPENERS, "");
};
