// "the President of WHCA": a body named only by an acronym knowledge cannot spell out leaves a
// stem the aspirant cannot read without the article (check 2), so office stems skip it, unless
// the article itself spells it out: "the White House Correspondents' Association (WHCA)".
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle } from "../types";

const ACRONYM = /^(?:the\s+)?([\p{Lu}&]{2,8})$/u;
/** Small words a name's acronym skips: "Organisation of the Petroleum Exporting Countries". */
const SKIPPED = new Set(["of", "the", "and", "for", "on", "in", "&"]);

/** Whether `body` is a bare acronym ("WHCA", "the LPCA") that no organisation in knowledge has. */
export const unspelledAcronym = (knowledge: Knowledge, body: string): boolean => {
  const acronym = ACRONYM.exec(body.trim())?.[1];
  return acronym !== undefined && !knowledge.organisations.some((o) => o.acronym === acronym);
};

/** Initials of a name's capitalised words, small words skipped: "White House ... Association". */
const initials = (words: readonly string[]): string =>
  words
    .filter((w) => !SKIPPED.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join("");

/**
 * The name the article spells out for `acronym` in brackets after it ("the White House
 * Correspondents' Association (WHCA)"): every acronym letter the initial of one of the words
 * right before the bracket, in order. Undefined when the article never spells it out.
 */
export const spelledInArticle = (article: AnalysedArticle, acronym: string): string | undefined => {
  const key = ACRONYM.exec(acronym.trim())?.[1];
  if (!key) return undefined;
  for (const sentence of article.sentences) {
    const at = sentence.text.indexOf(`(${key})`);
    if (at < 0) continue;
    const words = sentence.text.slice(0, at).trim().split(/\s+/);
    // The shortest run of words before the bracket whose initials are the acronym.
    for (let n = key.length; n <= Math.min(words.length, key.length * 2); n++) {
      const run = words.slice(words.length - n);
      if (!/^\p{Lu}/u.test(run[0] ?? "") || SKIPPED.has(run[0]?.toLowerCase() ?? "")) continue;
      if (run.some((w) => !/^\p{Lu}/u.test(w) && !SKIPPED.has(w.toLowerCase()))) break;
      if (initials(run) === key) return run.join(" ").replace(/[,;:]$/, "");
    }
  }
  return undefined;
};
