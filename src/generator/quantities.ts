// Stage 3 (quantities): counts, durations, measures, percentages and money in sentences.
// `value` is always the full number ("Rs 500 crore" -> 5e9, unit "rupee", scale "crore");
// `unit` is the singular noun after the number ("six years" -> "year"), a currency for money,
// "percent" for percentages, "" when bare. Years, dates, times, ordinals, ranges and numbers
// inside names ("G20", "COP30", "Su-30MKI", "Covid-19", "Article 370") are not quantities.

import { MONTHS } from "../../questions/calendar";
import {
  APPROXIMATE_QUALIFIERS,
  CURRENCY_PREFIXES,
  GLUED_UNITS,
  MULTIPLIER_WORDS,
  PHRASE_NUMBERS,
  UNIT_WORDS,
} from "../../questions/number-words";
import { escapeRegExp } from "./regexp";
import type { QuantityMention, Sentence } from "./types";

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

const WORD = alternation(Object.keys(UNIT_WORDS).filter((w) => w !== "one"));
const SCALE = alternation(Object.keys(MULTIPLIER_WORDS));
const DIGITS = "\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
const NUMBER = new RegExp(
  `(?<![\\w.,:/-])(?:(${DIGITS})|((?:${WORD})(?:-(?:${WORD}))?|one(?= (?:${SCALE})\\b)))((?:\\s(?:${SCALE})\\b)*)`,
  "gi",
);
const MAY_HAVE_NUMBER = new RegExp(
  `\\d|\\b(?:${WORD}|one|dozen|decade|century|fortnight|couple)`,
  "i",
);
const PHRASE = new RegExp(`\\b(${alternation(Object.keys(PHRASE_NUMBERS))})\\b`, "gi");
const QUALIFIER = new RegExp(`(?:^|\\s)(${alternation(APPROXIMATE_QUALIFIERS)})\\s+$`, "i");
const CURRENCY = new RegExp(`(?:^|[\\s(])(${alternation(Object.keys(CURRENCY_PREFIXES))})\\s?$`);
const MONTH = new RegExp(`(?:${alternation(MONTHS.flatMap((m) => m.forms))})`);
// "January 4", "4 January", and the far end of "April 6 to 8" / "6 to 8 April".
const MONTH_BEFORE = new RegExp(
  `\\b${MONTH.source}\\.?\\s(?:\\d{1,2}(?:st|nd|rd|th)?\\s?(?:to|and|or|-|–)\\s?)?$`,
);
const MONTH_AFTER = new RegExp(
  `^(?:st|nd|rd|th)?(?:\\s?(?:to|and|or|-|–)\\s?\\d{1,2}(?:st|nd|rd|th)?)?\\s${MONTH.source}\\b`,
);
const GLUED = new RegExp(`^\\s?(${alternation(Object.keys(GLUED_UNITS))})(?![\\w/])`);
const NOT_A_QUANTITY_AFTER =
  /^(?:st|nd|rd|th)\b|^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|GMT|BST|IST|GMT)|^[:./]\d|^\s?[-–]\s?\d|^[\s-]\d|^[A-Za-z]/;
const NOT_A_QUANTITY_BEFORE = /(?:\bNo\.?|\bNos\.?|\bnumber|#)\s?$|\d[\s-]$/;
const NAME_BEFORE = /(?:^|\s)([A-Z][\w’'-]*)\s$/;
// Words that number a name ("Article 370", "Flight 171") even when they open the sentence.
const NUMBERED_NAME =
  /^(?:Article|Section|Clause|Rule|Chapter|Schedule|Flight|Route|Gate|Platform|Room|Level|Phase|Stage|Block|Sector|Boeing|Airbus|Model|Volume|Part|Round|Game|Season|Episode|Mission|Resolution|Amendment|Bill|Act|Highway|Corps|Division|Squadron|Regiment|Battalion)$/;
const SKIP_ADJECTIVES = new Set([
  "more",
  "new",
  "other",
  "additional",
  "extra",
  "fresh",
  "further",
]);
const BARE_AFTER = new Set([
  "of",
  "and",
  "or",
  "to",
  "in",
  "on",
  "at",
  "by",
  "for",
  "with",
  "from",
  "the",
  "a",
  "an",
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "that",
  "which",
  "who",
  "as",
  "than",
  "per",
  "times",
  "dead",
  "injured",
  "killed",
  "wounded",
  "missing",
  "arrested",
  "so",
  "but",
  "while",
  "when",
  "after",
  "before",
  "under",
  "over",
  "into",
  "out",
  "up",
  "down",
  "more",
  "less",
  "each",
  "this",
  "others",
  "fold",
]);
// Nouns that do not take a plural "s" after a number: "4,000 baht", "10 crore".
const INVARIANT = new Set([
  "baht",
  "yuan",
  "yen",
  "won",
  "rupiah",
  "renminbi",
  "sheep",
  "aircraft",
  "personnel",
]);

export const findQuantities = (sentences: readonly Sentence[]): QuantityMention[] =>
  sentences.flatMap((sentence) => quantitiesIn(sentence));

const quantitiesIn = (sentence: Sentence): QuantityMention[] => {
  const found: QuantityMention[] = [];
  if (!MAY_HAVE_NUMBER.test(sentence.text)) return found;
  for (const match of sentence.text.matchAll(NUMBER)) {
    const mention = readNumber(sentence, match);
    if (mention) found.push(mention);
  }
  for (const match of sentence.text.matchAll(PHRASE)) {
    const phrase = PHRASE_NUMBERS[match[0].toLowerCase()];
    const start = match.index ?? 0;
    if (phrase)
      found.push(
        finish(sentence, start, start + match[0].length, phrase.value, phrase.unit, "words"),
      );
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => i === 0 || m.start >= (found[i - 1]?.end ?? 0));
};

const readNumber = (sentence: Sentence, match: RegExpMatchArray): QuantityMention | undefined => {
  const text = sentence.text;
  const [whole, digits, words, scales = ""] = match;
  const start = match.index ?? 0;
  let end = start + whole.length;
  const before = textBefore(text, start);
  const after = text.slice(end);
  if (words && /^[A-Z]/.test(words) && start > 0) return undefined; // "Group of Seven"
  if (
    digits &&
    !scales &&
    /^\d{4}$/.test(digits) &&
    Number(digits) >= 1800 &&
    Number(digits) <= 2100
  )
    return undefined;
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after) || NOT_A_QUANTITY_BEFORE.test(before))
    return undefined;
  const nameBefore = NAME_BEFORE.exec(before)?.[1];
  const currencyWord = CURRENCY.exec(before)?.[1];
  if (
    nameBefore &&
    !currencyWord &&
    (start - 1 - nameBefore.length > 0 || NUMBERED_NAME.test(nameBefore)) &&
    !QUALIFIER.test(before)
  )
    return undefined;
  const scaleWords = scales.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const multiplier = scaleWords.reduce((product, w) => product * (MULTIPLIER_WORDS[w] ?? 1), 1);
  let value = (digits ? Number(digits.replace(/,/g, "")) : wordsValue(words ?? "")) * multiplier;
  const scale = scaleWords.at(-1);
  let unit = "";
  const glued = GLUED.exec(after);
  if (currencyWord) {
    unit = CURRENCY_PREFIXES[currencyWord] ?? "";
    const short = /^(bn|m|k)\b/.exec(after);
    if (short?.[1]) {
      value *= short[1] === "bn" ? 1e9 : short[1] === "m" ? 1e6 : 1e3;
      end += short[1].length;
    }
  } else if (glued?.[1] && digits) {
    unit = GLUED_UNITS[glued[1]] ?? "";
    end += glued[0].length;
  } else if (/^\s?(?:per cent|percent)\b/i.test(after)) {
    unit = "percent";
    end += /^\s?(?:per cent|percent)/i.exec(after)?.[0].length ?? 0;
  } else if (NOT_A_QUANTITY_AFTER.test(after)) {
    return undefined;
  } else {
    const noun = unitNoun(after, value);
    unit = noun.unit;
    end += noun.length;
  }
  const mention = finish(sentence, start, end, value, unit, digits ? "digits" : "words");
  if (scale && scale !== "dozen") mention.scale = scale;
  if (currencyWord) {
    const at = start - before.length + before.lastIndexOf(currencyWord);
    return { ...mention, start: at, text: text.slice(at, end), ...qualifierOf(text, at, mention) };
  }
  return mention;
};

/** "-day", "-year-old", " people", " more people", " warehouse sites": the unit a number counts. */
const unitNoun = (after: string, value: number): { unit: string; length: number } => {
  const hyphen = /^-([a-z]+)(?:-old|-long)?\b/.exec(after);
  if (hyphen?.[1]) return { unit: singular(hyphen[1]), length: hyphen[0].length };
  const spaced = /^\s([a-z][a-z-]*)(?![\w’'])(?:\s([a-z][a-z-]*)(?![\w’']))?/.exec(after);
  const [, first, second] = spaced ?? [];
  const none = { unit: "", length: 0 };
  if (!spaced || !first || BARE_AFTER.has(first) || /(?:ed|ly|ing)$/.test(first)) return none;
  const countable = (word: string) => value === 1 || INVARIANT.has(word) || singular(word) !== word;
  const secondIsNoun =
    second !== undefined && !BARE_AFTER.has(second) && countable(second) && value !== 1;
  if (SKIP_ADJECTIVES.has(first))
    return secondIsNoun && second ? { unit: singular(second), length: spaced[0].length } : none;
  if (countable(first))
    return { unit: INVARIANT.has(first) ? first : singular(first), length: first.length + 1 };
  // "10 warehouse sites", "three league matches": a noun modifier before the counted noun.
  return secondIsNoun && second ? { unit: singular(second), length: spaced[0].length } : none;
};

const finish = (
  sentence: Sentence,
  start: number,
  end: number,
  value: number,
  unit: string,
  format: "digits" | "words",
): QuantityMention => {
  const base = {
    sentence: sentence.index,
    start,
    end,
    text: sentence.text.slice(start, end),
    value,
    unit,
    format,
  };
  return { ...base, ...qualifierOf(sentence.text, start, base) };
};

/** The few words before `start`: end-anchored patterns would otherwise scan the whole prefix. */
const textBefore = (text: string, start: number): string => {
  if (start <= 48) return text.slice(0, start);
  const space = text.indexOf(" ", start - 48);
  return text.slice(space === -1 || space >= start ? start - 48 : space + 1, start);
};

/** Widen a mention over an approximating qualifier before it ("at least 27 people"). */
const qualifierOf = (text: string, start: number, mention: { end: number; text: string }) => {
  const qualifier = QUALIFIER.exec(textBefore(text, start));
  const following = /^(?:\s?\+|-plus\b|\sor (?:more|so)\b)/.test(text.slice(mention.end));
  if (!qualifier?.[1]) return { approximate: following };
  const at = start - qualifier[0].length + qualifier[0].indexOf(qualifier[1]);
  return { start: at, text: text.slice(at, mention.end), approximate: true };
};

/** "twenty-five" -> 25, "six" -> 6. */
const wordsValue = (words: string): number =>
  words
    .toLowerCase()
    .split("-")
    .reduce((sum, word) => sum + (UNIT_WORDS[word] ?? 0), 0);

const IRREGULAR: Readonly<Record<string, string>> = {
  people: "person",
  children: "child",
  men: "man",
  women: "woman",
  feet: "foot",
  teeth: "tooth",
  mice: "mouse",
  lakhs: "lakh",
  crores: "crore",
  series: "series",
  species: "species",
};

export const singular = (noun: string): string => {
  const word = noun.toLowerCase();
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
};
