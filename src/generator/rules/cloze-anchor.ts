// What a cloze stem needs to stand alone in time and in names. A present-perfect clause is the
// article's news, true as of its date: "As of July 2026, a fire ... has killed at least ____
// people." A past event with no year is undated: no cloze. A person named by surname or "Ms.
// <surname>" is spelled out to the article's full name.
import { EVENT_VERBS } from "../../../questions/templates";
import { monthYear } from "../dates";
import { escapeRegExp } from "../regexp";
import type { AnalysedArticle, Sentence } from "../types";
import { mentionsInSentence } from "./stem";

// A year, or an era that dates the event as well as one: "in 2024", "the Second World War".
const DATED = /\b(1[5-9]|20)\d\d\b|\bWorld War\b/;
// "has killed", "have been evacuated"; not "has the largest number" (a participle must follow).
const PARTICIPLES = new Set(EVENT_VERBS.map(([, , participle]) => participle));
const PERFECT_RUN = /\b(has|have)\s+(?:been\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?!\p{L})/gu;
const isPerfect = (text: string): boolean =>
  [...text.matchAll(PERFECT_RUN)].some(
    ([, , verb = ""]) => PARTICIPLES.has(verb) || /(?:ed|en|wn)$/.test(verb) || verb === "been",
  );
const LIFE_STAGE =
  /\b(?:[Bb]orn in|as an? (?:teenager|child|boy|girl|student)|in (?:his|her) (?:teens|youth))\b/;
const PROGRESSIVE = /\b(is|are)\s+(\p{Ll}+ing)\b/u;
const PAST_FORMS = new Set(EVENT_VERBS.filter(([base, past]) => base !== past).map(([, p]) => p));
// A past form after one of these is a participle or an adjective: "is regarded", "has killed",
// "TSMC, based in", "the world's advanced processors".
const BEFORE_PARTICIPLE =
  /(?:\b(?:has|have|had|is|are|be|been|being|was|were|get|gets|got|the|a|an|its|their|his|her|most|more|less)|[\p{L}]+[’']s|,|\()\s*$/u;

/** The first simple-past verb of the text: "was", "were" or a past event verb on its own. */
const simplePast = (text: string): string | undefined => {
  if (/\b(was|were|had)\b/.test(text)) return /\b(was|were|had)\b/.exec(text)?.[0];
  for (const word of text.matchAll(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu)) {
    const at = word.index ?? 0;
    // A past form of the lexicon, or any other "-ed" verb ("pulled"), not after "the" or "has".
    const past = PAST_FORMS.has(word[0]) || /^\p{Ll}{3,}ed$/u.test(word[0]);
    if (past && !BEFORE_PARTICIPLE.test(text.slice(0, at))) return word[0];
  }
  return undefined;
};

/** Whether the stem's first word keeps its capital after an opener: a name does, "A" does not. */
const keepsCapital = (article: AnalysedArticle, stem: string): boolean => {
  const first = /^[^\s,]+/.exec(stem)?.[0] ?? "";
  if (first.startsWith("____") || /^\p{Lu}{2}/u.test(first)) return true;
  const bare = first.replace(/[’']s$/, "");
  // Capitalised inside some sentence of the article: a name, not a sentence opener.
  return article.sentences.some((s) => new RegExp(`\\S\\s+${bare}\\b`).test(s.text));
};

/**
 * The stem with its time anchor: unchanged when it names a year or states a lasting fact; "As of
 * <Month Year>, ..." for a present-perfect clause or a count of the moment; undefined for a past
 * event with no year.
 */
export const withTimeAnchor = (article: AnalysedArticle, written: string): string | undefined => {
  // "listed in Hong Kong in 2025 in one of the biggest share sales of 2025": the year once.
  const stem = written.replace(/ (?:in|during) ((?:19|20)\d\d)\b(?=.*\b\1\b)/, "");
  if (DATED.test(stem)) return stem;
  // "More than 800 wildfires are burning across ____": a count of the moment, dated like news.
  const snapshot = /\d/.test(stem) && PROGRESSIVE.test(stem);
  if (isPerfect(stem) || snapshot) {
    if (!article.publishedAt) return undefined;
    const opened = keepsCapital(article, stem) ? stem : `${stem[0]?.toLowerCase()}${stem.slice(1)}`;
    return `As of ${monthYear(article.publishedAt)}, ${opened}`;
  }
  // "Born in ____ province, Wang Jibing left school as a teenager": a life dates its own events.
  if (LIFE_STAGE.test(stem)) return stem;
  return simplePast(stem) ? undefined : stem;
};

const HONORIFIC = /\b(?:Mr|Ms|Mrs|Mx)\.?\s+$/;

/**
 * The stem with every person the sentence names by a short form ("Wang", "Ms. Takaichi") written
 * out in full ("Wang Jibing", "Sanae Takaichi").
 */
export const withFullNames = (
  article: AnalysedArticle,
  sentence: Sentence,
  stem: string,
): string => {
  let text = stem;
  for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
    if (entity.kind !== "person" || mention.text === entity.name) continue;
    const inName = entity.name.indexOf(mention.text);
    if (!entity.name.includes(" ") || inName < 0) continue;
    const prefix = entity.name.slice(0, inName);
    const suffix = entity.name.slice(inName + mention.text.length);
    const literal = escapeRegExp(mention.text);
    let out = "";
    let at = 0;
    for (const found of text.matchAll(new RegExp(`\\b${literal}\\b`, "g"))) {
      const start = found.index ?? 0;
      const before = text.slice(0, start);
      const after = text.slice(start + mention.text.length);
      // Already written in full: "Sanae Takaichi", "Wang Jibing".
      if (before.endsWith(prefix) && after.startsWith(suffix)) continue;
      const honorific = HONORIFIC.exec(before);
      const from = honorific ? start - honorific[0].length : start;
      out += `${text.slice(at, from)}${entity.name}`;
      at = start + mention.text.length;
    }
    text = out + text.slice(at);
  }
  return text;
};
