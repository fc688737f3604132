// Date distractors: neighbouring days, months or years, in the answer's granularity and format.
import { addDays, formatDate } from "../dates";
import { shuffle } from "../random";
import type { CalendarDate, DateMention, Random } from "../types";

const OFFSETS = [-3, -2, -1, 1, 2, 3];
// For an event already past, only earlier neighbours beyond the near ones.
const EARLIER = [-6, -5, -4];

const shiftMonth = (year: number, month: number, by: number): CalendarDate => {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

/** Comparable number of a date at a granularity: 2026-01 → 202601. */
const at = (date: CalendarDate, granularity: DateMention["granularity"]): number =>
  granularity === "year"
    ? date.year
    : granularity === "month"
      ? date.year * 100 + (date.month ?? 0)
      : date.year * 10_000 + (date.month ?? 0) * 100 + (date.day ?? 0);

/** Whether a shifted date leaves the answer's month (day answers) or year (month answers). */
const leaves = (
  date: CalendarDate,
  other: CalendarDate,
  granularity: DateMention["granularity"],
) =>
  granularity === "day"
    ? other.month !== date.month || other.year !== date.year
    : granularity === "month" && other.year !== date.year;

/**
 * Neighbouring dates, never the answer or another date of the sentence. With `notAfter` (the
 * published date) an event already past gets no option after it: a fire on 12 July in a 13 July
 * article is not offered 14 July, nor 2025 offered 2027 (earlier neighbours fill the gap).
 * Options stay in the answer's month where they can: 1 January 2009 among 29, 30 and 31 December
 * 2008 would be the odd one out. With `overnight` (the source says the event was late at night or
 * overnight) the day after is arguable too, so it is never offered.
 */
export const dateDistractors = (
  mention: DateMention,
  random: Random,
  alsoTrue: readonly string[] = [],
  notAfter?: CalendarDate,
  overnight = false,
): string[] => {
  const { date, granularity } = mention;
  const bound = notAfter === undefined ? undefined : at(notAfter, granularity);
  const past = bound !== undefined && at(date, granularity) <= bound;
  // The month or year of writing could only be offered earlier neighbours: the answer would be
  // the latest option every time, a cue (check 8). No options, so no question.
  if (granularity !== "day" && bound !== undefined && at(date, granularity) === bound) return [];
  const shifted = (offset: number): CalendarDate => {
    if (granularity === "day" && date.month !== undefined && date.day !== undefined) {
      return addDays({ year: date.year, month: date.month, day: date.day }, offset);
    }
    if (granularity !== "year" && date.month !== undefined) {
      return shiftMonth(date.year, date.month, offset);
    }
    return { year: date.year + offset };
  };
  const taken = new Set([formatDate(date, granularity), ...alsoTrue]);
  if (overnight && granularity === "day") taken.add(formatDate(shifted(1), granularity));
  const offsets = [...shuffle(OFFSETS, random), ...(past ? shuffle(EARLIER, random) : [])];
  const dates = offsets
    .map(shifted)
    .filter((d) => !past || at(d, granularity) <= (bound as number));
  const texts = [
    ...dates.filter((d) => !leaves(date, d, granularity)),
    ...dates.filter((d) => leaves(date, d, granularity)),
  ].map((d) => formatDate(d, granularity));
  return texts.filter((t) => !taken.has(t) && taken.add(t)).slice(0, 3);
};
