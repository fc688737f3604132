// Date distractors: neighbouring days, months or years, in the answer's granularity and format.
import { addDays, formatDate } from "../dates";
import { shuffle } from "../random";
import type { DateMention, Random } from "../types";

const OFFSETS = [-3, -2, -1, 1, 2, 3];

const shiftMonth = (year: number, month: number, by: number) => {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

export const dateDistractors = (
  mention: DateMention,
  random: Random,
  alsoTrue: readonly string[] = [],
): string[] => {
  const { date, granularity } = mention;
  const answer = formatDate(date, granularity);
  const taken = new Set([answer, ...alsoTrue]);
  const texts = shuffle(OFFSETS, random).map((offset) => {
    if (granularity === "day" && date.month !== undefined && date.day !== undefined) {
      return formatDate(
        addDays({ year: date.year, month: date.month, day: date.day }, offset),
        "day",
      );
    }
    if (granularity !== "year" && date.month !== undefined) {
      return formatDate(shiftMonth(date.year, date.month, offset), "month");
    }
    return formatDate({ year: date.year + offset }, "year");
  });
  return texts.filter((t) => !taken.has(t) && taken.add(t)).slice(0, 3);
};
