// Which tokens can belong to a person's name, and the longest name run before or after a point.
import { nameParticles, nameStopWords } from "../../../questions/entity-patterns";
import { memoised } from "../normalise";
import type { SentenceScan } from "./scan";

const STOP = new Set(nameStopWords);
const PARTICLES = new Set(nameParticles);
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const ACRONYM = /^[\p{Lu}\p{N}&.-]{2,}$/u;
const MAX_NAME_TOKENS = 5;

/** Article-wide facts the name test needs: words the article also writes in lower case. */
export interface NameContext {
  lowercaseWords: ReadonlySet<string>;
}

export const isInitial = (scan: SentenceScan, i: number): boolean =>
  INITIAL.test(scan.tokens[i]?.text ?? "");

/**
 * A capitalised word that may be part of a name: not claimed by a place or organisation, not a
 * stop word, not an acronym, and not a sentence-initial capital on an ordinary word.
 */
export const isNameWord = (scan: SentenceScan, i: number, context: NameContext): boolean => {
  const token = scan.tokens[i];
  if (!token?.word || !token.capital) return false;
  const claimed = scan.claims[i];
  if (claimed !== undefined && claimed !== "person") return false;
  if (token.key === "he" && i !== scan.firstWord && scan.tokens[i + 1]?.capital) return true;
  if (STOP.has(token.key) || ACRONYM.test(token.text)) return INITIAL.test(token.text);
  if (i === scan.firstWord) {
    if (token.key.endsWith("ly") || context.lowercaseWords.has(token.key)) return false;
  }
  return true;
};

const isNamePart = (scan: SentenceScan, i: number, context: NameContext): boolean =>
  isInitial(scan, i) || isNameWord(scan, i, context);

const isParticle = (scan: SentenceScan, i: number): boolean => {
  const token = scan.tokens[i];
  return token !== undefined && !token.capital && PARTICLES.has(token.key);
};

/** The name run starting at `from`: returns its end (exclusive); equal to `from` when none. */
export const nameRunAfter = (scan: SentenceScan, from: number, context: NameContext): number => {
  let end = from;
  let i = from;
  while (i < scan.tokens.length && i - from < MAX_NAME_TOKENS) {
    if (isNamePart(scan, i, context)) {
      end = i + 1;
      if (scan.tokens[i]?.possessive) break;
      i++;
    } else if (end > from && isParticle(scan, i)) {
      let next = i + 1;
      while (isParticle(scan, next)) next++;
      if (!isNamePart(scan, next, context)) break;
      i = next;
    } else break;
  }
  // A name does not end on an initial alone ("Jane R." is fine, "R." alone is not a name).
  while (end > from && isInitial(scan, end - 1) && end - from === 1) end--;
  return end;
};

/** The name run ending right before `to`: returns its start; equal to `to` when none. */
export const nameRunBefore = (scan: SentenceScan, to: number, context: NameContext): number => {
  let start = to;
  let i = to - 1;
  while (i >= 0 && to - i <= MAX_NAME_TOKENS) {
    const token = scan.tokens[i];
    if (token?.possessive && i < to - 1) break;
    if (isNamePart(scan, i, context)) {
      start = i;
      i--;
    } else if (start < to && isParticle(scan, i)) {
      let previous = i - 1;
      while (isParticle(scan, previous)) previous--;
      if (!isNamePart(scan, previous, context)) break;
      i = previous;
    } else break;
  }
  return start;
};

/** Hyphens and case do not distinguish names: "Lee Jae-myung" is "Lee Jae Myung". */
export const personKey = memoised((name: string): string =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[-.]/g, " ")
    .replace(/\s+/g, " ")
    .trim(),
);
