// Stage 3 (dates): explicit and relative dates in sentences, resolved to calendar dates.
// Relative expressions resolve against the published date only; without one they are skipped,
// so nothing is anchored to a guess. Missing a date costs little, a wrong one makes a wrong
// question: every pattern here is deliberately narrow.
//
// Weekday rule: "last Monday" is the latest Monday strictly before the published date, "next
// Monday" the first strictly after it. Otherwise the tense decides, read from the nearest tense
// marker (before the date, else after it): a future one ("will", "is scheduled for", "is set
// to") gives the first Monday ON OR AFTER publication, a past one ("was", "met", "-ed") the
// latest ON OR BEFORE it, as does no marker at all. Present-tense scheduling verbs ("the teams
// meet on Wednesday") count as future markers.
// "since Monday" always looks back; "until/by Monday" needs a future marker. Day and month
// without a year ("on 12 March") follow the same rule, except that with no marker the nearer of
// the two candidate years wins (a date months away is rarely left without a year). A month
// alone ("in March") needs a marker within six words and no other year in the sentence;
// "last November" is the latest November strictly before the published month. A bare year needs
// a preposition (years from 1800: treaties and wars are asked about); "to 1945" only after
// "from 1895".
import { MONTHS, WEEKDAYS } from "../../questions/calendar";
import type { CalendarDate, DateGranularity, DateMention, Sentence } from "./types";

export type DayDate = { year: number; month: number; day: number };

export const parsePublishedDate = (text: string | undefined): DayDate | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    text?.trim() ?? "",
  );
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(date) ? date : undefined;
};

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

export const isValidDay = ({ year, month, day }: DayDate): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const toDayNumber = (d: DayDate): number => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

const fromDayNumber = (n: number): DayDate => {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export const addDays = (date: DayDate, days: number): DayDate =>
  fromDayNumber(toDayNumber(date) + days);

/** 0 = Sunday ... 6 = Saturday. */
export const weekday = (date: DayDate): number =>
  new Date(toDayNumber(date) * 86_400_000).getUTCDay();

export const monthYear = (date: { year: number; month: number }): string =>
  `${MONTHS[date.month - 1]?.name ?? ""} ${date.year}`;

export const formatDate = (date: CalendarDate, granularity: DateGranularity): string => {
  if (granularity === "year" || date.month === undefined) return String(date.year);
  if (granularity === "month" || date.day === undefined)
    return monthYear({ year: date.year, month: date.month });
  return `${date.day} ${monthYear({ year: date.year, month: date.month })}`;
};

// ---------- patterns ----------
// Full names never swallow a following full stop; abbreviations may carry their own.
const fullNames = MONTHS.map((m) => m.name);
const shortForms = MONTHS.flatMap((m) => m.forms.filter((f) => f !== m.name && !f.endsWith(".")));
const MONTH = `(?:(?:${fullNames.join("|")})\\b|(?:${shortForms.join("|")})\\b\\.?)`;
const WEEKDAY = `(?:${WEEKDAYS.join("|")})`;
// Either case for the first letter: "On Sunday" opens many sentences.
const words = (list: string) => list.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
const PREP = `(?:${words("(?:on|in|since|by|from|until|till|during|before|after|of)")}\\s+)?`;
const ORD = "(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2}|2100)";

type Kind = "dmy" | "mdy" | "dm" | "md" | "my" | "year" | "weekday" | "month" | "deictic";
// Cheap tests that tell which patterns can match a sentence at all (most sentences have no date).
const HAS_DIGIT = /\d/;
const HAS_MONTH = new RegExp(`\\b(?:${shortForms.join("|")}|May)`);
const HAS_WEEKDAY = /day\b/;
const HAS_DEICTIC = /\b(?:today|yesterday|tomorrow|year|month|week)\b/i;
const NEEDS: Readonly<Record<Kind, readonly RegExp[]>> = {
  dmy: [HAS_DIGIT, HAS_MONTH],
  mdy: [HAS_DIGIT, HAS_MONTH],
  dm: [HAS_DIGIT, HAS_MONTH],
  md: [HAS_DIGIT, HAS_MONTH],
  my: [HAS_DIGIT, HAS_MONTH],
  year: [HAS_DIGIT],
  weekday: [HAS_WEEKDAY],
  month: [HAS_MONTH],
  deictic: [HAS_DEICTIC],
};
const PATTERNS: readonly { kind: Kind; re: RegExp }[] = [
  { kind: "dmy", re: new RegExp(`\\b${PREP}(\\d{1,2})${ORD} (${MONTH}),? ${YEAR}\\b`, "g") },
  { kind: "mdy", re: new RegExp(`\\b${PREP}(${MONTH}) (\\d{1,2})${ORD},? ${YEAR}\\b`, "g") },
  { kind: "dm", re: new RegExp(`\\b${PREP}(\\d{1,2})${ORD} (${MONTH})(?![\\w,]* ?\\d)`, "g") },
  { kind: "md", re: new RegExp(`\\b${PREP}(${MONTH}) (\\d{1,2})${ORD}\\b(?!,? ?\\d|\\.\\d)`, "g") },
  {
    kind: "my",
    re: new RegExp(
      `\\b${PREP}(?:(early|mid|late|end)[- ])?(${MONTH}),? ${YEAR}\\b(?![-–/]\\d)`,
      "g",
    ),
  },
  {
    kind: "year",
    re: new RegExp(
      `\\b(${words("(?:in|since|by|of|from|until|till|during|before|after|to)")} (?:early |mid-?|late )?)((?:18|19|20)\\d{2}|2100)\\b(?![-–/.,]?\\d|[-–'’]|s\\b)`,
      "g",
    ),
  },
  {
    kind: "weekday",
    re: new RegExp(
      `\\b(?:(${words("on|last|next|this|by|until|since|from")}) )?(${WEEKDAY})\\b(?:'s)?`,
      "g",
    ),
  },
  {
    kind: "month",
    re: new RegExp(
      `\\b(${words("last|next|this|in|since|until|by|from|during|early|late|mid-?")}) ?(${MONTH})(?![\\w.]* ?,? ?\\d)`,
      "g",
    ),
  },
  {
    kind: "deictic",
    re: /\b(today|yesterday|tomorrow|(?:earlier |later )?this year|last year|next year|this month|last month|next month|this week|last week|next week)\b/gi,
  },
];

// A bare year is a date only when no noun follows it: "in 2030 for ..." and "in 2023 adopted ..."
// yes, "of 2000 people" no.
const AFTER_YEAR_OK =
  /^(?:$|[.,;:!?)"”’]|\s+(?:and|or|to|when|as|the|a|an|for|with|after|before|but|that|which|while|it|he|she|they|we|this|its|his|her|their|in|on|at|by|from|under|amid|is|was|were|has|had|will)\b|\s+[a-z]{3,}ed\b|\s+[—–-]\s)/;

const monthIndex = (name: string): number =>
  MONTHS.findIndex((m) => m.name.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;

export const findDates = (sentences: readonly Sentence[], publishedAt?: DayDate): DateMention[] =>
  sentences.flatMap((sentence) => datesIn(sentence, publishedAt));

type Found = Omit<DateMention, "sentence">;

const datesIn = (sentence: Sentence, published: DayDate | undefined): DateMention[] => {
  const text = sentence.text;
  const found: Found[] = [];
  for (const { kind, re } of PATTERNS) {
    if (!NEEDS[kind].every((need) => need.test(text))) continue;
    for (const match of text.matchAll(re)) {
      const mention = readMatch(kind, match, text, published);
      if (mention) found.push(mention);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push({ sentence: sentence.index, ...mention });
  }
  return kept;
};

const readMatch = (
  kind: Kind,
  match: RegExpMatchArray,
  text: string,
  published?: DayDate,
): Found | undefined => {
  const start = match.index ?? 0;
  const end = start + match[0].length;
  const at = (
    date: CalendarDate,
    granularity: DateGranularity,
    relative: boolean,
  ): Found | undefined => {
    if (date.month !== undefined && (date.month < 1 || date.month > 12)) return undefined;
    if (date.day !== undefined && !isValidDay(date as DayDate)) return undefined;
    return { start, end, text: match[0], date, granularity, relative };
  };
  const g = (i: number) => match[i] ?? "";
  const tense = () => tenseAt(text, start, end);
  const future = () => tense() === "future";
  const since = /^since\b/i.test(match[0]); // "since Monday" always looks back
  switch (kind) {
    case "dmy":
      return at({ year: Number(g(3)), month: monthIndex(g(2)), day: Number(g(1)) }, "day", false);
    case "mdy":
      return at({ year: Number(g(3)), month: monthIndex(g(1)), day: Number(g(2)) }, "day", false);
    case "my":
      return at({ year: Number(g(3)), month: monthIndex(g(2)) }, "month", false);
    case "year":
      // "to 1945" is a date only as the end of "from 1895 to 1945".
      if (/^to\b/i.test(g(1)) && !/\bfrom\s+(?:18|19|20)\d{2}\s+$/i.test(text.slice(0, start)))
        return undefined;
      return AFTER_YEAR_OK.test(text.slice(end))
        ? at({ year: Number(g(2)) }, "year", false)
        : undefined;
  }
  if (!published) return undefined;
  switch (kind) {
    case "dm":
    case "md": {
      const [day, month] =
        kind === "dm" ? [Number(g(1)), monthIndex(g(2))] : [Number(g(2)), monthIndex(g(1))];
      const year = /^,?\s+(?:in|of)\s+((?:19|20)\d{2})\b/.exec(text.slice(end));
      if (year?.[1]) {
        const found = at({ year: Number(year[1]), month, day }, "day", false);
        return (
          found && {
            ...found,
            end: end + year[0].length,
            text: text.slice(start, end + year[0].length),
          }
        );
      }
      // "the October 7 attack", "the September 11 attacks": a named event, its year unknown here.
      if (/\bthe\s+$/i.test(text.slice(0, start)) || /\d[-–]$/.test(text.slice(0, start)))
        return undefined;
      if (mentionsYear(text)) return undefined;
      return at(dayWithoutYear(published, month, day, since ? "past" : tense()), "day", true);
    }
    case "weekday": {
      if (!g(1) && isPartOfName(text, start, end)) return undefined;
      // "until Thursday", "by Monday" look ahead: only trusted with a future marker.
      if (/^(?:until|till|by)$/i.test(g(1)) && !future()) return undefined;
      return at(
        resolveWeekday(
          published,
          WEEKDAYS.indexOf(g(2)),
          g(1).toLowerCase(),
          since ? "past" : tense(),
        ),
        "day",
        true,
      );
    }
    case "month": {
      const modifier = g(1).toLowerCase();
      const month = monthIndex(g(2));
      // "in July last year": the year is given relative to publication.
      const yearWord = /^,? (last|this|next) year\b/.exec(text.slice(end));
      if (yearWord?.[1]) {
        const shift = yearWord[1] === "last" ? -1 : yearWord[1] === "next" ? 1 : 0;
        const found = at({ year: published.year + shift, month }, "month", true);
        const to = end + yearWord[0].length;
        return found && { ...found, end: to, text: text.slice(start, to) };
      }
      // A bare month needs a tense marker close by: "ending in March" after "was likely" is unsafe.
      // "In May, after a brief conflict, the government elevated ...": a month that opens the
      // sentence dates its main clause, whose verb may stand further off.
      const opener = start === 0 && /^,\s/.test(text.slice(end));
      const near = opener ? openerTense(text, end) : tenseAt(text, start, end, 6);
      if (modifier !== "last" && modifier !== "next" && (near === undefined || mentionsYear(text)))
        return undefined;
      const nearFuture = () => near === "future";
      return at(resolveMonth(published, month, modifier, nearFuture), "month", true);
    }
    default:
      // "the next year", "the last month": counted from the story's own events, not publication.
      if (/\bthe\s+$/i.test(text.slice(0, start))) return undefined;
      // Sentence-opening "Today, ..." means "nowadays".
      if (start === 0 && /^today,/i.test(text)) return undefined;
      if (/^[A-Z]/.test(match[0]) && start > 0) return undefined; // "India Today", "USA Today"
      return resolveDeictic(published, match[0].toLowerCase(), (date, granularity) =>
        at(date, granularity, true),
      );
  }
};

type Tense = "future" | "past" | undefined;

/** Future: on or after publication; past: on or before; no marker: whichever is nearer. */
const dayWithoutYear = (published: DayDate, month: number, day: number, tense: Tense): DayDate => {
  const date = { year: published.year, month, day };
  const diff = toDayNumber(date) - toDayNumber(published);
  if (diff === 0) return date;
  const other = { ...date, year: date.year + (diff < 0 ? 1 : -1) };
  if (tense === "future") return diff < 0 ? other : date;
  if (tense === "past") return diff > 0 ? other : date;
  const otherDiff = toDayNumber(other) - toDayNumber(published);
  return Math.abs(otherDiff) < Math.abs(diff) ? other : date;
};

const resolveWeekday = (published: DayDate, target: number, modifier: string, tense: Tense) => {
  const forward = (target - weekday(published) + 7) % 7;
  const backward = (weekday(published) - target + 7) % 7;
  if (modifier === "last") return addDays(published, -(backward || 7));
  if (modifier === "next") return addDays(published, forward || 7);
  if (tense === "future") return addDays(published, forward);
  return addDays(published, -backward);
};

const resolveMonth = (
  published: DayDate,
  month: number,
  modifier: string,
  future: () => boolean,
) => {
  const year = published.year;
  if (modifier === "last") return { year: month < published.month ? year : year - 1, month };
  if (modifier === "next") return { year: month > published.month ? year : year + 1, month };
  if (future()) return { year: month >= published.month ? year : year + 1, month };
  return { year: month <= published.month ? year : year - 1, month };
};

const resolveDeictic = (
  published: DayDate,
  phrase: string,
  at: (date: CalendarDate, granularity: DateGranularity) => Found | undefined,
): Found | undefined => {
  const { year, month } = published;
  if (phrase === "today") return at(published, "day");
  if (phrase === "yesterday") return at(addDays(published, -1), "day");
  if (phrase === "tomorrow") return at(addDays(published, 1), "day");
  if (phrase.endsWith("this year")) return at({ year }, "year");
  if (phrase === "last year") return at({ year: year - 1 }, "year");
  if (phrase === "next year") return at({ year: year + 1 }, "year");
  if (phrase === "this month") return at({ year, month }, "month");
  if (phrase.endsWith("week")) {
    // A calendar week (Monday to Sunday) is dated only by its month, when it lies in one.
    const monday = addDays(published, -((weekday(published) + 6) % 7));
    const start = addDays(monday, phrase === "last week" ? -7 : phrase === "next week" ? 7 : 0);
    const end = addDays(start, 6);
    if (start.month !== end.month) return undefined;
    return at({ year: start.year, month: start.month }, "month");
  }
  const shifted = phrase === "last month" ? month - 2 : month; // 0-based month after the shift
  return at(
    { year: year + Math.floor(shifted / 12), month: (((shifted % 12) + 12) % 12) + 1 },
    "month",
  );
};

// "Black Friday", "Easter Sunday", "Sunday Times": a capitalised neighbour makes
// the word part of a name, except the capital that starts the sentence.
const isPartOfName = (text: string, start: number, end: number): boolean => {
  const before = /([A-Z][\w’']*)\s+$/.exec(text.slice(0, start));
  const after = /^(?:'s|’s)?\s+([A-Z][a-z]+)/.exec(text.slice(end));
  if (before?.[1] !== undefined && before.index > 0) return true;
  return after?.[1] !== undefined && !/^(?:The|A|An|He|She|It|They|We|I)$/.test(after[1]);
};

const FUTURE =
  /^(?:will|shall|won['’]t|['’]ll|scheduled|slated|set to|expected to|due|is to|are to|plans? to|planning to|going to|upcoming)$/i;
// Present tense of scheduling verbs reads as future beside a date: "the teams meet on Sunday".
const SCHEDULED =
  /^(?:meets?|plays?|faces?|begins?|starts?|opens?|resumes?|hosts?|votes?|heads?)$/i;
const NOT_PAST =
  /^(?:scheduled|slated|expected|planned|proposed|supposed|poised|billed|followed|united|based|need|speed|feed|seed|red|bed|hundred|indeed|aimed)$/i;
const REPORTING = /^(?:said|told|added|noted|stated)$/i;
const IRREGULAR_PAST =
  "was|were|been|had|did|said|told|met|held|began|left|took|came|went|won|lost|fell|rose|struck|hit|spoke|broke|fought|sent|gave|got|ran|saw|led|shot|flew|threw|drew|grew|knew|chose|wrote|bought|brought|caught|thought|sought|found|stood|fled|sold|paid|spent|built|meant|kept|felt|dealt|sank|swam|rang|drove|rode|froze|stole|woke|tore|bit|hid|lit|became|made|sat|slid|swept|wept|withdrew|overtook|undertook";
const MARKER = new RegExp(
  `\\b(?:will|shall|won['’]t|set to|expected to|due|is to|are to|plans? to|planning to|going to|upcoming|${IRREGULAR_PAST}|meets?|plays?|faces?|begins?|starts?|opens?|resumes?|hosts?|votes?|heads?|\\w+ed)\\b|['’]ll\\b`,
  "gi",
);

const mentionsYear = (text: string): boolean => /\b(?:19|20)\d{2}\b/.test(text);

/** The tense of the nearest marker before the date, else after it; undefined when none. */
/**
 * The tense of the first finite verb after a sentence-opening date: "In May, after a brief
 * conflict, the government elevated ..." is past; "In March, officials said ..." is past whatever
 * the reported clause says; "In June, the teams meet ..." is ahead. "A planned vote" sets nothing.
 */
const openerTense = (text: string, end: number): Tense => {
  const rest = text.slice(end);
  for (const match of rest.matchAll(MARKER)) {
    const word = match[0];
    const at = match.index ?? 0;
    if (rest.slice(0, at).split(/\s+/).filter(Boolean).length > 20) return undefined;
    if (/ed$/i.test(word) && NOT_PAST.test(word) && !FUTURE.test(word)) continue;
    return FUTURE.test(word) || SCHEDULED.test(word) ? "future" : "past";
  }
  return undefined;
};

const tenseAt = (
  text: string,
  start: number,
  end: number,
  window = Number.POSITIVE_INFINITY,
): Tense => {
  let before: string | undefined;
  let after: string | undefined;
  for (const match of text.matchAll(MARKER)) {
    const word = match[0];
    const at = match.index ?? 0;
    if (/ed$/i.test(word) && NOT_PAST.test(word) && !FUTURE.test(word)) continue;
    // "agreed to meet", "did not play": an infinitive or negated verb sets no schedule.
    if (
      SCHEDULED.test(word) &&
      /\b(?:to|not|did|n['’]t)\s+$/i.test(text.slice(Math.max(0, at - 8), at))
    )
      continue;
    // "will be tabled", "will be held": a participle after "be" carries no tense of its own.
    const auxiliary = /^(?:was|were|been|had|did)$/i.test(word);
    if (!auxiliary && !FUTURE.test(word) && /\bbe(?:ing)?\s+$/i.test(text.slice(0, at))) continue;
    const between =
      at + word.length <= start ? text.slice(at + word.length, start) : text.slice(end, at);
    const distance = between.split(/\s+/).filter(Boolean).length;
    // "said ... would grow ... in March": a reporting verb only dates what stands right after it.
    if (distance > (REPORTING.test(word) ? 1 : window)) continue;
    if (at + word.length <= start) before = word;
    else if (at >= end && after === undefined) after = word;
  }
  const nearest = before ?? after;
  if (nearest === undefined) return undefined;
  return FUTURE.test(nearest) || SCHEDULED.test(nearest) ? "future" : "past";
};
