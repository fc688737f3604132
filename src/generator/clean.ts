// Stage 1: raw pasted or scraped text -> clean paragraphs. A pure function of the raw text, so
// it can be re-run whenever the rules improve. Every dropped block is kept with its reason.
import { BOILERPLATE_PATTERNS, DATELINE_PATTERNS } from "../../questions/boilerplate";
import type { BoilerplatePattern } from "../../questions/types";
import type { CleanArticle, RemovedBlock } from "./types";

export const cleanArticle = (
  input: { title: string; body: string },
  patterns: readonly BoilerplatePattern[] = BOILERPLATE_PATTERNS,
): CleanArticle => {
  const title = normaliseSpace(input.title);
  const removed: RemovedBlock[] = [];
  const drop = (text: string, reason: string) => removed.push({ text, reason });
  const raw = toParagraphs(input.body).map(unglue);
  // Keys are computed lazily: most paragraphs never need comparing.
  const keys: (string | undefined)[] = [];
  const keyOf = (i: number) => {
    keys[i] ??= compareKey(stripDateline(raw[i] ?? "", () => {}));
    return keys[i];
  };
  const titleKey = compareKey(title);
  const footer = footerIndexes(raw);
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  raw.forEach((paragraph, i) => {
    const mayBeTitle = titleKey !== "" && paragraph.length <= title.length + 20;
    const reason =
      footer.get(i) ??
      (mayBeTitle && keyOf(i) === titleKey ? "repeated-headline" : undefined) ??
      (isTeaser(paragraph, i, raw.length, keyOf) ? "teaser" : undefined) ??
      patterns.find((p) => p.pattern.test(paragraph))?.reason ??
      (seen.has(paragraph) ? "duplicate" : undefined);
    if (reason) {
      drop(paragraph, reason);
      return;
    }
    seen.add(paragraph);
    const kept = stripDateline(stripInlineCaptions(paragraph, drop), drop);
    if (kept) paragraphs.push(kept);
  });
  return { title, paragraphs, removed };
};

/** Blank lines separate paragraphs; without any, each line is one. */
const toParagraphs = (body: string): string[] => {
  const text = body.replace(/\r\n?/g, "\n").replace(/[\u200b-\u200d\ufeff]/g, "");
  const blocks = /\n[ \t\u00a0]*\n/.test(text) ? text.split(/\n[ \t\u00a0]*\n+/) : text.split("\n");
  return blocks.map(normaliseSpace).filter((block) => block !== "");
};

// Only irregular whitespace is rewritten: replacing every single space costs more than the test.
const normaliseSpace = (text: string): string =>
  (/[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, " ") : text).trim();

// "in 2025.The minister" -> "in 2025. The minister"; leaves "U.S.", "3.5" and "...I" alone.
const unglue = (paragraph: string): string =>
  paragraph.replace(/([a-z0-9%)\]]{2})([.!?]["”’]?)([A-Z][a-z])/g, "$1$2 $3");

/** Lower-cased, punctuation-free text, for comparing paragraphs with a title or each other. */
const compareKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^0-9a-z\u00c0-\u1fff\u2070-\uffff]+/g, " ") // letters and digits of any script
    .trim();

/** A cut-off paragraph ending in an ellipsis whose text opens a later paragraph. */
const isTeaser = (
  paragraph: string,
  at: number,
  count: number,
  keyOf: (i: number) => string,
): boolean => {
  if (!/(?:\.\.\.|…)$/.test(paragraph)) return false;
  const head = compareKey(paragraph.replace(/(?:\.\.\.|…)$/, ""));
  if (head.length < 20) return false;
  for (let i = at + 1; i < count; i++) {
    const key = keyOf(i);
    if (key.startsWith(head) && key !== head) return true;
  }
  return false;
};

const PICTURE_OF = /^(?:Picture|Photo|Image|Avatar|Logo) of (.{2,60})$/;
// "<Brand> is a premium online portal for ...": a capitalised name (not "The", "It") as subject.
const ABOUT_SITE =
  /^(?!(?:The|This|It|He|She|They|That)\b)([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}) is (?:a|an|the|India['’]s)\b.{0,120}\b(?:portal|website|platform|site|magazine|publication|blog|news service|channel)\b.{0,300}$/;

/** Site/author footers near the end: "Picture of X", a lone "X" brand line, "X is a ... portal". */
const footerIndexes = (paragraphs: readonly string[]): Map<number, string> => {
  const found = new Map<number, string>();
  const brands = new Set<string>();
  const tail = Math.max(0, paragraphs.length - 5);
  for (let i = tail; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] ?? "";
    const picture = PICTURE_OF.exec(paragraph);
    if (picture?.[1]) {
      found.set(i, "footer:picture-of");
      brands.add(compareKey(picture[1]));
    }
    const about = i >= paragraphs.length - 3 ? ABOUT_SITE.exec(paragraph) : null;
    if (about?.[1] && !/\bsaid\b/.test(paragraph)) {
      found.set(i, "footer:about-site");
      brands.add(compareKey(about[1]));
    }
  }
  for (let i = tail; i < paragraphs.length && brands.size > 0; i++) {
    const paragraph = paragraphs[i] ?? "";
    if (brands.has(compareKey(paragraph)) && !/[.!?]$/.test(paragraph))
      found.set(i, "footer:brand");
  }
  return found;
};

const INLINE_CAPTION =
  /\s*\((?:photo|image|file photo|picture|representational image)\s*[:|][^)]{0,120}\)/gi;

const stripInlineCaptions = (paragraph: string, drop: (text: string, reason: string) => void) =>
  !paragraph.includes("(")
    ? paragraph
    : paragraph.replace(INLINE_CAPTION, (caption) => {
        drop(caption.trim(), "caption");
        return "";
      });

const stripDateline = (paragraph: string, drop: (text: string, reason: string) => void) => {
  for (const dateline of DATELINE_PATTERNS) {
    const match = dateline.pattern.exec(paragraph);
    if (match && match[0].length < paragraph.length) {
      drop(match[0].trim(), dateline.reason);
      return paragraph.slice(match[0].length).trim();
    }
  }
  return paragraph;
};
