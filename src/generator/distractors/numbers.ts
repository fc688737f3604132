// Numeric distractors: an evenly spaced run of plausible values with the answer somewhere inside,
// never equal to it (or to another number the article gives for the same thing) after rounding.
import { FOLD_MULTIPLES, MONEY_UNITS, MULTIPLIER_WORDS } from "../../../questions/number-words";
import { randomInt } from "../random";
import type { QuantityMention, Random } from "../types";

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

/** A step that divides the answer when one is near: 48 hours gets 44 and 52, not 53 and 58. */
const roundStep = (value: number, step: number): number => {
  if (!Number.isInteger(value) || !Number.isInteger(step) || value % step === 0) return step;
  // Only small steps: 4 for 48 reads well, 78 for 858 does not.
  // Never under 7% of the value: 230 and 240 are no real gap.
  const least = Math.max(Math.ceil(step / 2.5), Math.ceil(value * 0.07));
  for (let d = Math.min(step - 1, 12); d >= least; d--) if (value % d === 0) return d;
  return step;
};

/**
 * The grid of a key with one significant figure (20, 2,000, 200,000): options on it read about as
 * round as the key, so "the only round option" gives nothing away. A key led by 1 or 2 steps by
 * half its magnitude (20 → 10/15/25/30, 2,000 → 1,500/2,500), so it can sit mid-range.
 */
const roundGrid = (value: number): number | undefined => {
  if (!Number.isInteger(value) || value < 10) return undefined;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const lead = value / magnitude;
  if (!Number.isInteger(lead)) return undefined;
  return lead <= 2 ? magnitude / 2 : magnitude;
};

export const numberDistractors = (
  value: number,
  random: Random,
  alsoTrue: readonly number[] = [],
  spread = 0.2,
  beyond?: number,
): string[] => {
  const decimals = decimalsOf(value);
  const small = decimals === 0 && value <= 12;
  // Options beyond a figure the stem gives: a step small enough to leave room on the near side.
  const gap = beyond !== undefined ? Math.abs(value - beyond) : Number.POSITIVE_INFINITY;
  const grid = beyond === undefined ? roundGrid(value) : undefined;
  const step = grid
    ? grid
    : small
      ? value >= 4 && value % 2 === 0 && random() < 0.35 && gap > 4
        ? 2
        : 1
      : roundStep(value, niceStep(Math.min(value * spread, gap / 2), decimals));
  const lowest = decimals === 0 ? 1 : step;
  const floor = beyond !== undefined && beyond < value ? Math.max(lowest, beyond + step) : lowest;
  const ceiling = beyond !== undefined && beyond > value ? beyond - step : Number.POSITIVE_INFINITY;
  const room = Math.floor((ceiling - value) / step + 1e-9);
  const maxBelow = Math.max(0, Math.floor((value - floor) / step + 1e-9));
  // Beyond a figure the stem gives, the answer is never the option nearest to that figure.
  // On a round grid the options are far apart, so an end position shows more: keep the key
  // inside the run (10 → 5/10/15/20, never 10/15/20/25).
  const most = Math.min(grid ? 2 : 3, maxBelow, beyond !== undefined && beyond > value ? 2 : 3);
  const least = beyond !== undefined && beyond < value ? 1 : Math.max(grid ? 1 : 0, 3 - room);
  const below = randomInt(random, Math.min(most, least), most);
  const taken = new Set([
    formatNumber(value, decimals),
    ...alsoTrue.map((v) => formatNumber(v, decimals)),
  ]);
  const result: string[] = [];
  for (let j = 0; result.length < 3 && j < 12; j++) {
    if (j === below) continue;
    const candidate = value + (j - below) * step;
    if (candidate < floor || candidate > ceiling) continue;
    const text = formatNumber(candidate, decimals);
    if (taken.has(text)) continue;
    taken.add(text);
    result.push(text);
  }
  return result;
};

/** "1st", "22nd", "113th". */
export const ordinal = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? "th"}`;
};

/** How the article writes a figure around its number, so that every option reads alike:
 * "S$600", "€80m", "$300 billion", "20%", "27th". Plain counts have neither prefix nor suffix. */
export interface FigureShape {
  prefix: string;
  /** The number as written: 300 for "$300 billion". */
  number: number;
  suffix: string;
  ordinal: boolean;
  /** Options are the answer's neighbours (ordinals, numbered articles), not a spread. */
  neighbours?: boolean;
  /** value / number: 1e9 for "$300 billion". */
  multiplier: number;
}

const DIGIT_RUN = /\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?/;
// "6 million UK workers": only the scale word belongs to the figure.
const SCALE_WORD = /^\s?(?:hundred|thousand|lakhs?|crores?|million|billion|trillion)\b/;
const CURRENCY_SIGN = /(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?\s?|Re\.?\s?|INR\s?|USD\s?|EUR\s?|GBP\s?)$/;

export const figureShape = (quantity: QuantityMention): FigureShape => {
  const plain = { prefix: "", number: quantity.value, suffix: "", ordinal: false, multiplier: 1 };
  if (quantity.unit === "mark") return markShape(quantity, plain);
  if (quantity.unit === "ordinal") return { ...plain, ordinal: true };
  if (quantity.unit === "article") return { ...plain, prefix: "Article ", neighbours: true };
  if (quantity.unit === "rank") return { ...plain, prefix: "No. ", neighbours: true };
  const money = MONEY_UNITS.has(quantity.unit);
  const scaled = quantity.scale !== undefined && quantity.scale !== "dozen";
  if (!money && !scaled && quantity.unit !== "percent") return plain;
  // "four million" in words: no digits to keep the shape of; the rules leave it unasked.
  const digits = DIGIT_RUN.exec(quantity.text);
  if (!digits || !Number(digits[0].replace(/,/g, ""))) return plain;
  const number = Number(digits[0].replace(/,/g, ""));
  const before = quantity.text.slice(0, digits.index);
  const after = quantity.text.slice((digits.index ?? 0) + digits[0].length);
  return {
    prefix: money ? (CURRENCY_SIGN.exec(before)?.[0] ?? "") : "",
    number,
    suffix: money || quantity.unit === "percent" ? after : (SCALE_WORD.exec(after)?.[0] ?? ""),
    ordinal: false,
    multiplier: quantity.value / number,
  };
};

/**
 * A mark crossed ("four million", "$700 billion", "80,000"): digits with the scale word and the
 * currency sign as written, so "four million" reads "4 million" among "3 million", "5 million".
 */
const markShape = (quantity: QuantityMention, plain: FigureShape): FigureShape => {
  const digits = DIGIT_RUN.exec(quantity.text);
  const scale = quantity.scale ? MULTIPLIER_WORDS[quantity.scale] : undefined;
  const number = scale ? quantity.value / scale : quantity.value;
  const before = digits ? quantity.text.slice(0, digits.index) : "";
  return {
    ...plain,
    prefix: CURRENCY_SIGN.exec(before)?.[0] ?? "",
    number,
    suffix: quantity.scale ? ` ${quantity.scale}` : "",
    multiplier: scale ?? 1,
  };
};

/** A number in a figure's shape: 500 in the shape of "S$600" is "S$500". */
export const inShape = (shape: FigureShape, n: number, decimals?: number): string =>
  shape.ordinal ? ordinal(n) : `${shape.prefix}${formatNumber(n, decimals)}${shape.suffix}`;

const SPLIT = /^(\d{1,3})([-–])(\d{1,3})$/;

/** "53-47" → 52-48, 54-46, 51-49 ...: splits of the same total, the larger side still first. */
const splitDistractors = (quantity: QuantityMention, random: Random): string[] => {
  const split = SPLIT.exec(quantity.text);
  if (!split?.[1] || !split[3]) return [];
  const a = Number(split[1]);
  const total = a + Number(split[3]);
  const dash = split[2] ?? "-";
  const offsets = [-3, -2, -1, 1, 2, 3].filter((d) => a + d > total - (a + d));
  const chosen: string[] = [];
  // Nearest first, a random side each: the key never sits at a fixed end of the run.
  for (const size of [1, 2, 3]) {
    const pair = offsets.filter((d) => Math.abs(d) === size);
    const ordered = random() < 0.5 ? pair : [...pair].reverse();
    for (const d of ordered) if (chosen.length < 3) chosen.push(`${a + d}${dash}${total - a - d}`);
  }
  return chosen;
};

/** "fivefold" → fourfold, sixfold, threefold ...: the nearest multiples, the key inside the run. */
const foldDistractors = (quantity: QuantityMention, random: Random): string[] => {
  const at = FOLD_MULTIPLES.findIndex(([, n]) => n === quantity.value);
  if (at < 0) return [];
  const below = randomInt(
    random,
    Math.max(0, at + 3 - (FOLD_MULTIPLES.length - 1)),
    Math.min(at, 2),
  );
  return FOLD_MULTIPLES.slice(at - below, at - below + 4)
    .filter(([, n]) => n !== quantity.value)
    .map(([word]) => word);
};

/** The option text of a quantity answer, as the article writes it. */
export const figureText = (quantity: QuantityMention): string => {
  if (quantity.unit === "split") return quantity.text;
  if (quantity.unit === "fold") return quantity.text.toLowerCase();
  const shape = figureShape(quantity);
  return inShape(shape, shape.number);
};

/** Three distractors in the answer's shape; ordinals are neighbours ("26th", "28th"). */
export const quantityDistractors = (
  quantity: QuantityMention,
  random: Random,
  alsoTrue: readonly number[] = [],
  beyond?: number,
): string[] => {
  if (quantity.unit === "split") return splitDistractors(quantity, random);
  if (quantity.unit === "fold") return foldDistractors(quantity, random);
  const shape = figureShape(quantity);
  if (shape.ordinal || shape.neighbours) {
    const n = shape.number;
    const below = randomInt(random, 0, Math.min(3, n - 1));
    const taken = new Set([n, ...alsoTrue]);
    const result: string[] = [];
    for (let v = n - below; result.length < 3 && v <= n + 12; v++) {
      if (v >= 1 && !taken.has(v)) result.push(inShape(shape, v));
    }
    return result;
  }
  const written = alsoTrue.map((v) => v / shape.multiplier);
  // A height in thousands of metres: neighbours a few hundred apart, not thousands.
  const spread = /^(metre|foot)$/.test(quantity.unit) && quantity.value >= 1_000 ? 0.05 : 0.2;
  return numberDistractors(shape.number, random, written, spread, beyond).map(
    (text) => `${shape.prefix}${text}${shape.suffix}`,
  );
};
