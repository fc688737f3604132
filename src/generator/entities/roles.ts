// Title and role phrases around a name: "South Korean President", "Hyundai Motor Group's
// executive chair", "the chief executive of Y".
import {
  honorifics,
  honorificTitles,
  subnationalModifiers,
  titleModifiers,
} from "../../../questions/entity-patterns";
import type { PersonRole } from "../../../questions/types";
import type { GazetteerIndex } from "./gazetteer";
import { type SentenceScan, spanText } from "./scan";
import { longestFrom, spanKey } from "./tokens";

const HONORIFICS = new Set(honorifics.map((h) => h.toLowerCase()));
const HONORIFIC_TITLES = new Set(honorificTitles.map((h) => h.toLowerCase()));
const MODIFIERS = new Set(titleModifiers);
const SUBNATIONAL = new Set(subnationalModifiers);
const HEADS_OF_STATE = new Set<PersonRole>(["head-of-state", "head-of-government"]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her"]);
/** Heads a portfolio can precede: "Defence Minister", "Union Home Secretary". */
const PORTFOLIO_HEADS = new Set(["minister", "secretary", "commissioner", "adviser", "advisor"]);
const MAX_TITLE_TOKENS = 4;

export interface RolePhrase {
  from: number;
  to: number;
  title?: string;
  role?: PersonRole;
  /** A title from a title list, or a role noun written with capitals: may stand before a bare name. */
  formal: boolean;
  /** Mr / Ms: evidence of a person but not a title. */
  honorific: boolean;
}

/** The longest title, role noun or honorific starting at token `at`. */
export const roleAt = (
  scan: SentenceScan,
  at: number,
  index: GazetteerIndex,
): RolePhrase | undefined => {
  const { tokens } = scan;
  const first = tokens[at];
  if (!first?.word || scan.claims[at] !== undefined) return undefined;
  if (HONORIFICS.has(first.key)) return { from: at, to: at + 1, formal: true, honorific: true };
  if (HONORIFIC_TITLES.has(first.key) && first.capital)
    return {
      from: at,
      to: at + 1,
      title: first.text.replace(/\.$/, ""),
      formal: true,
      honorific: false,
    };
  const longest = Math.min(MAX_TITLE_TOKENS, longestFrom(first, index.titleStarts));
  for (let n = Math.min(longest, tokens.length - at); n >= 1; n--) {
    const slice = tokens.slice(at, at + n);
    if (slice.some((t, k) => !t.word || scan.claims[at + k] !== undefined)) continue;
    if (slice.slice(0, -1).some((t) => t.possessive)) continue;
    const entry = index.titles.get(spanKey(tokens, at, at + n));
    if (!entry || (entry.exact && entry.exact !== first.text.replace(/\./g, ""))) continue;
    const capitalised = slice.every((t) => t.capital);
    let from = at;
    const head = slice[slice.length - 1]?.key ?? "";
    if (PORTFOLIO_HEADS.has(head) && capitalised) {
      while (from > 0 && from > at - 3) {
        const before = tokens[from - 1];
        if (!before?.word || !before.capital || scan.claims[from - 1] !== undefined) break;
        if (before.possessive || DETERMINERS.has(before.key)) break;
        from--;
      }
    }
    let role = entry.role;
    if (from === at && SUBNATIONAL.has(tokens[at - 1]?.key ?? "") && HEADS_OF_STATE.has(role)) {
      from = at - 1;
      role = "politician";
    }
    return {
      from,
      to: at + n,
      title: spanText(scan, from, at + n),
      role,
      formal: entry.formal || capitalised,
      honorific: false,
    };
  }
  return undefined;
};

/** Index of the first token before `at` that is not a title modifier ("former", "then"). */
export const skipModifiersBack = (scan: SentenceScan, at: number): number => {
  let i = at;
  while (i > 0 && MODIFIERS.has(scan.tokens[i - 1]?.key ?? "")) i--;
  return i;
};

/** Index after determiners and modifiers starting at `at`: ", the former chief executive". */
export const skipDeterminers = (scan: SentenceScan, at: number): number => {
  let i = at;
  while (DETERMINERS.has(scan.tokens[i]?.key ?? "") || MODIFIERS.has(scan.tokens[i]?.key ?? ""))
    i++;
  return i;
};

export const isDeterminer = (scan: SentenceScan, i: number): boolean =>
  DETERMINERS.has(scan.tokens[i]?.key ?? "");
