// Stem building shared by the rules: templates, time anchors, resolved text spans.
import { STEM_TEMPLATES, type StemTemplateId } from "../../../questions/templates";
import { formatDate, monthYear } from "../dates";
import type { AnalysedArticle, DateMention, Entity, Mention, Sentence } from "../types";
import { resolveFocus } from "./focus-referents";
import { resolveCountryReferents } from "./referent-country";
import {
  resolveAgreement,
  resolveRecentHours,
  resolveReferents,
  resolveSeasons,
} from "./referents";
import { resolveThere } from "./there";

const TEMPLATE_TEXT = new Map<string, string>(STEM_TEMPLATES.map((t) => [t.id, t.text]));

/** Fills a template's {slots}; empty slots collapse their surrounding space. */
export const fillTemplate = (id: StemTemplateId, slots: Record<string, string>): string => {
  const text = TEMPLATE_TEXT.get(id) ?? "";
  return text
    .replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? "")
    .replace(/\s+/g, " ")
    .replace(/\s+([?,])/g, "$1")
    .trim();
};

export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** "January 2026" for the article's date, when it has one. */
export const anchorOf = (article: AnalysedArticle): string | undefined =>
  article.publishedAt ? monthYear(article.publishedAt) : undefined;

export const EARLIER_TIME =
  /^(At that (point|time)|At the time|Back then|Then|Previously|In the past|Years ago|Decades ago|Historically|Earlier)\b/;
const HAS_YEAR = /\b(1[89]|20)\d\d\b/;
const VERB_AFTER =
  /^\s+(?:[a-z]+ed|said|told|met|held|began|took|made|set|led|won|lost|hit|struck|cut|became|gave|sent|ordered|announced)\b/;
// "After the Accords were signed, X pushed ...": the main clause happened some time after an
// earlier event; neither the article's month nor the opener's date is its date.
const TIME_OPENER =
  /^(?:(?:Soon|Shortly|Long|Years|Months|Weeks|Days)\s+)?(?:After|Before|Since|Following|Once|When|Until|Ever since)\b[^,]*,\s*$/;
// "He had worked there for 26 years": a past perfect tells of a time before the story.
const EMBEDDING = /\b(that|which|who|when|after|before|because|while|since|until|as|if)\b/i;
const PAST_PERFECT =
  /\bhad\s+(?:(?:not|never|already|also|long|once|previously|just)\s+)*(?:been|\w+ed|\w+en|\w+wn|left|met|held|built|lost|won|made|sent|spent|kept|led|fled|fought|brought|taught|sold|told|paid|said|begun|run|become|come|gone|done|seen|struck|stood|grown|known)\b/i;

/**
 * When the clause's event happened, as a stem opener. A date the sentence gives before the clause
 * ("In 1984, 20 people died ...") wins; with a date only after it, the event's date is unclear
 * and there is no anchor; with none, the article's month ("In January 2026"). A clause in the past
 * perfect or after a time opener ("After X was signed, ...") has no anchor: its time is earlier.
 */
export const timeAnchor = (
  article: AnalysedArticle,
  sentence: Sentence,
  before: number,
  after = before,
): string | undefined => {
  if (TIME_OPENER.test(sentence.text.slice(0, before))) return undefined;
  // The clause's own perfect, not one in what it reports ("reported that X had conducted ...").
  const span = sentence.text.slice(before, after);
  const perfect = PAST_PERFECT.exec(span);
  if (perfect && !EMBEDDING.test(span.slice(0, perfect.index))) return undefined;
  const inSentence = article.dates.filter((d) => d.sentence === sentence.index);
  const earlier = inSentence.filter((d) => d.end <= before);
  const later = inSentence.filter((d) => d.start >= after);
  // "The IMF on Tuesday raised ...": a date between the subject and its verb is the clause's own.
  const own = inSentence.find(
    (d) =>
      d.start > before &&
      d.end < after &&
      /\s$/.test(sentence.text.slice(before, d.start)) &&
      VERB_AFTER.test(sentence.text.slice(d.end)),
  );
  const date = own ?? earlier[earlier.length - 1];
  if (date) {
    const text = formatDate(date.date, date.granularity);
    return date.granularity === "day" ? `On ${text}` : `In ${text}`;
  }
  // A date after the clause may belong to it or to the next clause: no anchor rather than a
  // wrong one.
  if (later.length > 0) return undefined;
  // "At that point, ...": an earlier time the sentence does not date.
  if (EARLIER_TIME.test(sentence.text)) return undefined;
  const month = anchorOf(article);
  return month ? `In ${month}` : undefined;
};

/** "In January 2026, who ...?" unless the stem already names a year or there is no date. */
export const anchored = (stem: string, anchor: string | undefined): string => {
  if (!anchor || HAS_YEAR.test(stem)) return stem;
  // "In which sea ...?" reads badly after "In January 2026,": anchor at the end instead.
  if (/^(in|at(?! least\b)|on|near|off|into|to|across|inside|outside|around|from)\s/i.test(stem)) {
    return stem.replace(/\?$/, ` ${lowerFirst(anchor)}?`);
  }
  return `${anchor}, ${lowerFirst(stem)}`;
};

const PREPOSITION_BEFORE = /\b(on|for|by|from|until|since|before|after|in|of|during|till)\s+$/i;
const RELATIVE_LEAD = /^(on|last|next|this|earlier this|later this|early|late|coming)\s+/i;

/** The absolute phrase that replaces a relative date mention in a stem. */
const absolutePhrase = (mention: DateMention, before: string): string => {
  const formatted = formatDate(mention.date, mention.granularity);
  if (PREPOSITION_BEFORE.test(before)) return formatted;
  const lead = RELATIVE_LEAD.exec(mention.text)?.[1]?.toLowerCase();
  const kept = /^(since|from|until|till|by|before|after|during)\s/i.exec(mention.text)?.[1];
  if (kept) return `${kept.toLowerCase()} ${formatted}`;
  if (lead === "on" || mention.granularity === "day") return `on ${formatted}`;
  return `in ${formatted}`;
};

/**
 * The sentence text from start to end with relative dates replaced by resolved ones.
 * Undefined when a date mention straddles the span edge (the result would be half-resolved).
 */
export const resolvedSpan = (
  article: AnalysedArticle,
  sentence: Sentence,
  start: number,
  end: number,
  skip: readonly { start: number; end: number }[] = [],
): string | undefined => {
  const edits: { start: number; end: number; text: string }[] = skip.map((s) => ({
    ...s,
    text: "",
  }));
  for (const date of article.dates) {
    if (date.sentence !== sentence.index || !date.relative) continue;
    if (date.end <= start || date.start >= end) continue;
    if (date.start < start || date.end > end) return undefined;
    // Two resolved dates side by side ("September" + "last year") would read twice.
    const neighbour = article.dates.some(
      (d) =>
        d !== date &&
        d.sentence === date.sentence &&
        d.start >= date.end &&
        d.start - date.end <= 2,
    );
    if (neighbour) return undefined;
    if (skip.some((s) => s.start <= date.start && s.end >= date.end)) continue;
    const before = sentence.text.slice(Math.max(0, date.start - 12), date.start);
    edits.push({ start: date.start, end: date.end, text: absolutePhrase(date, before) });
  }
  edits.sort((a, b) => a.start - b.start);
  let text = "";
  let at = start;
  for (const edit of edits) {
    if (edit.start < at) continue;
    text += sentence.text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  text += sentence.text.slice(at, end);
  const tidy = text
    // "has already become": the adverb only measures from the day of writing.
    .replace(/\s+already\b(?!-)/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:?])/g, "$1")
    .trim();
  const dated = resolveAgreement(
    sentence,
    resolveRecentHours(article, resolveSeasons(article, tidy)),
  );
  const named = resolveReferents(article, dated);
  const there = resolveThere(article, sentence, start, named, withArticle);
  return resolveFocus(article, sentence, resolveCountryReferents(article, there));
};

type SentenceMentions = readonly { entity: Entity; mention: Mention }[];
// The mentions of every sentence, grouped once per article: rules ask for them again and again.
const mentionCache = new WeakMap<AnalysedArticle, Map<number, SentenceMentions>>();

export const mentionsInSentence = (
  article: AnalysedArticle,
  sentenceIndex: number,
): { entity: Entity; mention: Mention }[] => {
  let bySentence = mentionCache.get(article);
  if (!bySentence) {
    const grouped = new Map<number, { entity: Entity; mention: Mention }[]>();
    for (const entity of article.entities) {
      for (const mention of entity.mentions) {
        const list = grouped.get(mention.sentence) ?? [];
        list.push({ entity, mention });
        grouped.set(mention.sentence, list);
      }
    }
    for (const list of grouped.values()) list.sort((a, b) => a.mention.start - b.mention.start);
    bySentence = grouped;
    mentionCache.set(article, bySentence);
  }
  // A copy: callers may sort or filter what they get.
  return [...(bySentence.get(sentenceIndex) ?? [])];
};

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Whether the text holds quoted speech: opinions and quotes make poor stems. */
const QUOTE = /["“”]|(^|\s)[‘']/;
export const hasQuote = (text: string): boolean => QUOTE.test(text);

const NEEDS_THE =
  /^(United\s|Republic\s|Democratic\s|Central African|Dominican|Czech Republic|Holy See|Vatican)|(Islands|Emirates|States|Kingdom|Netherlands|Philippines|Maldives|Bahamas|Gambia|Comoros|Seychelles|Union|Association|Club|Council|Commission|Committee|Ministry|Department|Organisation|Organization|Agency|Institute|Foundation|Fund|Forum|Office|Court|Assembly|Parliament|Senate|Army|Navy|Force|Games)$|^[A-Z][\w-]*(\s[A-Z][\w-]*)*\sof\s/;

/** A country or body as it reads mid-sentence: "the United States", "the Philippines", "India". */
export const withArticle = (name: string): string =>
  NEEDS_THE.test(name) && !/^the\s/i.test(name) ? `the ${name}` : name;

/** "South Korea’s", "the United States’". */
export const possessive = (name: string): string => {
  const phrase = withArticle(name);
  return /s$/.test(phrase) ? `${phrase}’` : `${phrase}’s`;
};
