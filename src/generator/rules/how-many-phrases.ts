// Phrase helpers the figure rules share: the aside after a figure ("S$600 ($465; £348)"), the
// rest of a clause up to its first break, and a candidate that asks a quantity.
import type { AnalysedArticle, Candidate, QuantityMention, Sentence } from "../types";
import { quantityAnswer } from "./answer";
import { hasQuote, resolvedSpan, wordCount } from "./stem";

/** The end of a bracketed aside right after `at` ("($465; £348)"), or `at` when there is none. */
export const afterAside = (text: string, at: number): number => {
  const aside = /^\s*\([^()]{1,60}\)/.exec(text.slice(at));
  return aside ? at + aside[0].length : at;
};

// Where the rest of a clause stops: a comma, a dash aside, a bracket, a new clause, a conjoined
// "-ing" phrase ("and putting it back"), an attribution.
const BREAK =
  /,(?!\d)|;|:|\s[-–—]\s|\s\((?![A-Z][A-Za-z0-9]{1,7}\))|\.$|\s(?:and|or)\s+\w+ing\b|\s(?:but|while|whereas|which|who|where|as|because|although|though|according to|after|before|when|amid)\s/;
const UNCLEAR = /\b(he|she|it|they|them|his|her|their|this|that|these|those)\b/i;

/** Where the clause that continues at `from` breaks off. */
export const breakAfter = (text: string, from: number): number => {
  const rest = text.slice(from);
  const stop = BREAK.exec(rest);
  return from + (stop ? stop.index : rest.length);
};

/**
 * The sentence from `from` to the first break, with relative dates resolved; undefined when it
 * holds a quote or a pronoun the stem could not carry, or runs past `maxWords`.
 */
export const restOfClause = (
  article: AnalysedArticle,
  sentence: Sentence,
  from: number,
  maxWords = 16,
): { text: string; end: number } | undefined => {
  const whole = sentence.text;
  // "cooling systems - including fans - in schools": a dash aside is left out, not a break.
  const skip: { start: number; end: number }[] = [];
  let end = breakAfter(whole, from);
  while (/^\s[-–—]\s/.test(whole.slice(end))) {
    const close = /\s[-–—]\s/.exec(whole.slice(end + 2));
    if (!close || close.index > 60) break;
    const after = end + 2 + close.index + close[0].length;
    skip.push({ start: end, end: after - 1 });
    end = breakAfter(whole, after);
  }
  const text = resolvedSpan(article, sentence, from, end, skip);
  if (text === undefined || hasQuote(text) || UNCLEAR.test(text)) return undefined;
  if (wordCount(text) > maxWords) return undefined;
  return { text, end };
};

/** Other figures of the article in the same unit: never distractors for this one. */
export const sameUnitValues = (article: AnalysedArticle, quantity: QuantityMention): string[] =>
  article.quantities
    .filter((o) => o !== quantity && o.unit === quantity.unit)
    .map((o) => String(o.value));

export const figureCandidate = (
  ruleId: string,
  stem: string,
  quantity: QuantityMention,
  sentence: Sentence,
  alsoTrue: string[],
  priority: number,
): Candidate => ({
  ruleId,
  type: "how-many",
  stem,
  ...quantityAnswer(quantity),
  sentence,
  reliesOn: [quantity.text],
  alsoTrue,
  priority,
});

/** "four million" in words has no written digits to keep among the options: not asked. */
export const wordScaled = (quantity: QuantityMention): boolean =>
  quantity.scale !== undefined && !/\d/.test(quantity.text);

const VESSEL =
  /\bthe\s+((?:[\w-]+\s+){0,3}?)(boat|vessel|ship|ferry|bus|train|plane|aircraft|helicopter)\b(?!\s+(?:that|which|carrying|called)\b)/;
const MISHAP =
  /\b(?:[Aa]n?)\s+((?:[\w-]+\s+){0,3}?)(boat|vessel|ship|ferry|bus|train|plane|aircraft|helicopter)\s+(capsized|sank|crashed|derailed|overturned|collided)\s+(?:(?:around|about|some)\s+[\d,]+\s+(?:yards|metres|meters|miles|km|kilometres)\s+from|near|off|in|into|on)\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)/;

/**
 * "on the three-deck boat" → "on the three-deck boat that capsized near Alcatraz Island", from the
 * article's one mishap of that kind of vessel; undefined when the stem names a vessel the article
 * does not pin down, the text unchanged when it names none.
 */
export const namedVessel = (article: AnalysedArticle, text: string): string | undefined => {
  const vessel = VESSEL.exec(text);
  if (!vessel?.[2]) return text;
  const mishaps = article.sentences
    .map((s) => MISHAP.exec(s.text))
    .filter((m): m is RegExpExecArray => m?.[2] === vessel[2]);
  const mishap = mishaps[0];
  if (mishaps.length !== 1 || !mishap?.[3] || !mishap[4]) return undefined;
  const at = (vessel.index ?? 0) + vessel[0].length;
  return `${text.slice(0, at)} that ${mishap[3]} near ${mishap[4]}${text.slice(at)}`;
};

/** A figure a rule reads itself from the sentence's text, written in digits: "No. 3", "53-47". */
export const digitQuantity = (
  sentence: Sentence,
  start: number,
  text: string,
  value: number,
  unit: string,
): QuantityMention => ({
  sentence: sentence.index,
  start,
  end: start + text.length,
  text,
  value,
  unit,
  format: "digits",
  approximate: false,
});
