// Numeric distractors: an evenly spaced run of plausible values with the answer somewhere inside,
// never equal to it (or to another number the article gives for the same thing) after rounding.
import { randomInt } from "../random";
import type { Random } from "../types";

const decimalsOf = (value: number): number => {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(2, text.length - dot - 1);
};

/** "140000" → "140,000"; decimals as the value has them. */
export const formatNumber = (value: number, decimals = decimalsOf(value)): string => {
  const fixed = value.toFixed(decimals);
  const [whole = "", fraction] = fixed.split(".");
  const grouped = Math.abs(value) >= 1_000 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return fraction ? `${grouped}.${fraction}` : grouped;
};

/** 1, 2, 5, 10, 20, 50 ... : the nice step nearest below `raw`. */
const niceStep = (raw: number, decimals: number): number => {
  const floor = 10 ** -decimals;
  if (raw <= floor) return floor;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [5, 2, 1].map((m) => m * magnitude).find((s) => s <= raw) ?? magnitude;
  return Math.max(step, floor);
};

export const numberDistractors = (
  value: number,
  random: Random,
  alsoTrue: readonly number[] = [],
): string[] => {
  const decimals = decimalsOf(value);
  const small = decimals === 0 && value <= 12;
  const step = small
    ? value >= 4 && value % 2 === 0 && random() < 0.35
      ? 2
      : 1
    : niceStep(value * 0.2, decimals);
  const floor = decimals === 0 ? 1 : step;
  const maxBelow = Math.max(0, Math.floor((value - floor) / step + 1e-9));
  const below = randomInt(random, 0, Math.min(3, maxBelow));
  const taken = new Set([
    formatNumber(value, decimals),
    ...alsoTrue.map((v) => formatNumber(v, decimals)),
  ]);
  const result: string[] = [];
  for (let j = 0; result.length < 3 && j < 12; j++) {
    if (j === below) continue;
    const candidate = value + (j - below) * step;
    if (candidate < floor) continue;
    const text = formatNumber(candidate, decimals);
    if (taken.has(text)) continue;
    taken.add(text);
    result.push(text);
  }
  return result;
};
