// Number words as written in news copy. Multipliers scale the number before them
// ("two lakh" = 200,000, "Rs 500 crore" = 5,000,000,000).

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  dozen: 12,
  lakh: 100_000,
  lakhs: 100_000,
  million: 1_000_000,
  crore: 10_000_000,
  crores: 10_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

/** Phrases that stand for a number with their own unit: "a dozen", "nearly a decade". */
export const PHRASE_NUMBERS: Readonly<Record<string, { value: number; unit: string }>> = {
  "a dozen": { value: 12, unit: "" },
  "a couple of": { value: 2, unit: "" },
  "a decade": { value: 1, unit: "decade" },
  "a century": { value: 1, unit: "century" },
  "a fortnight": { value: 1, unit: "fortnight" },
};

/** Currency signs and codes written before an amount, with the unit they give it. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  Rs: "rupee",
  "Rs.": "rupee",
  Re: "rupee",
  "Re.": "rupee",
  "₹": "rupee",
  INR: "rupee",
  US$: "dollar",
  S$: "Singapore dollar",
  HK$: "Hong Kong dollar",
  USD: "dollar",
  $: "dollar",
  A$: "Australian dollar",
  "€": "euro",
  EUR: "euro",
  "£": "pound",
  GBP: "pound",
  "¥": "yen",
};

/** Short units written straight after the digits ("69km", "50km/h", "2°C"). */
export const GLUED_UNITS: Readonly<Record<string, string>> = {
  km: "kilometre",
  "km/h": "kilometre per hour",
  kg: "kilogram",
  mm: "millimetre",
  cm: "centimetre",
  m: "metre",
  ft: "foot",
  mph: "mile per hour",
  MW: "megawatt",
  GW: "gigawatt",
  "°C": "degree Celsius",
  C: "degree Celsius",
  ha: "hectare",
  "%": "percent",
};

/** Qualifiers that make a number approximate. */
export const APPROXIMATE_QUALIFIERS: readonly string[] = [
  "at least",
  "more than",
  "over",
  "nearly",
  "almost",
  "about",
  "around",
  "roughly",
  "some",
  "up to",
  "upto",
  "at most",
  "fewer than",
  "less than",
  "approximately",
  "approx.",
  "close to",
  "estimated",
  "an estimated",
  "under",
  "just over",
  "just under",
  "well over",
  "over a",
];

/** Units that are money: an amount is asked "How much ...?" and keeps its currency sign. */
export const MONEY_UNITS: ReadonlySet<string> = new Set([
  ...Object.values(CURRENCY_PREFIXES),
  "baht",
  "yuan",
  "yen",
  "won",
  "ringgit",
  "dirham",
  "riyal",
  "rouble",
  "taka",
  "rupiah",
]);

/** Multiples in words, in order: "raise visa fees fivefold"; options are their neighbours. */
export const FOLD_MULTIPLES: readonly (readonly [string, number])[] = [
  ["twofold", 2],
  ["threefold", 3],
  ["fourfold", 4],
  ["fivefold", 5],
  ["sixfold", 6],
  ["eightfold", 8],
  ["tenfold", 10],
  ["twentyfold", 20],
  ["hundredfold", 100],
];
