// What a stem keeps beside its clause so the event is one event: a participle or relative tail
// (", killing 168 people", "which did not carry his speech"), a named cause ("because of the
// PortaSplit"), the opener's place ("in Europe") or the scheme a bracket explains.
import type { AnalysedArticle, Sentence } from "../types";
import type { Clause } from "./clause";
import { hasQuote, resolvedSpan, wordCount } from "./stem";

// ", killing at least 27 people" or "which did not carry his speech": what tells this event from
// others like it, up to the next clause.
const TAIL =
  /^(,\s+(?:killing|injuring|wounding|leaving)\s[^,;]+?|\s+(?:which|that|who)\s(?!(?:said|says|told)\b)[^,;]+?)(?=\s+and\s|[,;.]|$)/;

/** The participle or relative clause right after a clause's predicate, resolved; or undefined. */
export const identifyingTail = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
): string | undefined => {
  const found = TAIL.exec(sentence.text.slice(clause.predicate.end));
  if (!found?.[1]) return undefined;
  const end = clause.predicate.end + found[1].length;
  const text = resolvedSpan(article, sentence, clause.predicate.end, end);
  if (!text || hasQuote(text) || wordCount(text) > 12) return undefined;
  // A toll from an earlier year may have risen since: "killing at least 22" stays true. This
  // year's toll is a question of its own (how-many.casualties), which the tail would give away.
  const year = article.publishedAt?.year;
  const earlier = article.dates.some(
    (d) => d.sentence === sentence.index && year !== undefined && d.date.year < year,
  );
  if (/^,\s+(?:killing|injuring|wounding)\s/.test(text) && !earlier) return undefined;
  return earlier
    ? text.replace(/^(,\s+(?:killing|injuring|wounding))\s+(?=\d)/, "$1 at least ")
    : text;
};

/** The stem with the tail before its question mark. */
export const withTail = (stem: string, tail: string): string =>
  stem.replace(/\?$/, `${tail.startsWith(",") ? "" : " "}${tail}?`);

// "... because of the PortaSplit": a named cause that makes the fact one company's.
const CAUSE = /^\s+(because of|due to|thanks to|owing to)\s+([^,;]+?)(?=[,;]|\.?$)/;
// "A previously little-known brand in Europe, Midea ...": the opener's place scopes the clause.
const OPENER_PLACE = /^(?:An?|The)\s[^,]*?\s(in|across)\s((?:[A-Z][\w-]*\s?){1,3}),\s*$/;

// "a Coastal Jobs Mission (under which the state plans to train ...)": the named
// scheme the clause explains.
const UNDER_SCHEME =
  /((?:[A-Z][\w-]*\s){1,5}(?:Initiative|Programme|Scheme|Mission|Partnership|Plan|Fund|Corridor))\s*\((?:where|under which|in which)\s+$/;

/** " in Europe" from an opening apposition, and " because of <Name>" after the predicate. */
export const scopeOf = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
): { place: string; cause: string } => {
  const before = sentence.text.slice(0, clause.subject.start);
  const opener = OPENER_PLACE.exec(before);
  const scheme = UNDER_SCHEME.exec(before)?.[1]?.trim();
  const place =
    opener?.[1] && opener[2]
      ? ` ${opener[1]} ${opener[2].trim()}`
      : scheme
        ? ` under the ${scheme}`
        : "";
  const found = CAUSE.exec(sentence.text.slice(clause.predicate.end));
  if (!found?.[1] || !found[2] || !/[A-Z]/.test(found[2])) return { place, cause: "" };
  const from = clause.predicate.end + found[0].length - found[2].length;
  const named = resolvedSpan(article, sentence, from, from + found[2].length);
  const cause = named && !hasQuote(named) && wordCount(named) <= 8 ? ` ${found[1]} ${named}` : "";
  return { place, cause };
};
