// Figures and years blanked out of a sentence the cloze fallback accepts: "The park covers ____
// hectares of forest." (how-many) and "The dam was completed in ____." (when). Only figures written
// in digits, never part of a range or a list, never money; only dates written out in full.
import { formatDate } from "../dates";
import { formatNumber } from "../distractors/numbers";
import type { AnalysedArticle, Candidate, Sentence } from "../types";
import { dateAnswer, quantityAnswer } from "./answer";
import { findOrdinals } from "./how-many-ordinal";
import { mentionsInSentence } from "./stem";

const MONEY =
  /^(dollar|pound|euro|rupee|yuan|yen|baht|won|ringgit|dirham|riyal|rouble|taka|percent|per cent)$|dollar$/;
// A qualifier the stem keeps right before the blank ("at least ____ people"). A floor asks for one
// figure; an estimate ("about 230", "around 200") has neighbours ten per cent away that are as
// true as the key, so it makes no cloze.
const KEPT = /\bat least\s+$/i;
// A figure in a range, list, score or date: "300 to 400", "6-12", "61, 66, 64", "53-47".
const RANGE_BEFORE = /(\d\s*(?:,|to|-|–|and|or)\s*|[-–/$£€¥₹.]|\d\s)$/;
const RANGE_AFTER = /^(\s*(?:,\s*\d|to\s+\d|-|–|\/|\.\d|and\s+\d|or\s+\d|%))/;
// The preposition that makes a bare year read as a time: "in ____", "since ____".
const YEAR_LEAD = /\b(in|since|from|until|by|before|after|during|of|early|late|mid)\s+$/i;

export type Blanker = (start: number, end: number) => string | undefined;

const base = (sentence: Sentence) => ({ ruleId: "cloze.fallback", sentence, priority: 0.28 });

// A figure alone says little: the sentence must name what it is about, with no pronoun standing
// for something said earlier ("one of his poems", "despite their efforts").
const BACK_REFERENCE = /\b(his|her|hers|their|theirs|its|him|them)\b/i;

// A capitalised word after the first: "the Chatuchak market", "the city of Jinjiang".
const PROPER_NAME = /\s(?!(?:I|The|A|An)\b)[A-Z][a-z]/;
const MONTHS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

export const figureClozes = (
  article: AnalysedArticle,
  sentence: Sentence,
  blanked: Blanker,
  within: { from: number; to: number },
): Candidate[] => {
  const text = sentence.text;
  const found: Candidate[] = [];
  const span = text.slice(within.from, within.to);
  const named =
    mentionsInSentence(article, sentence.index).some(
      (m) => m.mention.start >= within.from && m.mention.end <= within.to,
    ) || PROPER_NAME.test(span.replace(MONTHS, ""));
  if (!named || BACK_REFERENCE.test(text.slice(within.from, within.to))) return found;
  for (const quantity of article.quantities) {
    if (quantity.sentence !== sentence.index || quantity.format !== "digits") continue;
    if (!quantity.unit || MONEY.test(quantity.unit) || quantity.scale) continue;
    if (!Number.isInteger(quantity.value) || quantity.value < 2) continue;
    const digits = formatNumber(quantity.value);
    const at = text.indexOf(digits, quantity.start);
    if (at < 0 || at + digits.length > quantity.end) continue;
    const end = at + digits.length;
    // "-day", "-member": a compound reads badly around a blank.
    if (/^-/.test(text.slice(end)) || RANGE_BEFORE.test(text.slice(0, at))) continue;
    if (RANGE_AFTER.test(text.slice(end))) continue;
    if (/^[\d\p{L}]/u.test(text.slice(end)) || /\d$/.test(text.slice(0, at))) continue;
    if (quantity.approximate && !KEPT.test(text.slice(0, at))) continue;
    const stem = blanked(at, end);
    if (!stem) continue;
    found.push({
      ...base(sentence),
      type: "how-many",
      stem,
      ...quantityAnswer(quantity),
      reliesOn: [quantity.text],
      alsoTrue: article.quantities
        .filter((o) => o !== quantity && o.unit === quantity.unit)
        .map((o) => String(o.value)),
    });
  }
  // "the world's ____ highest peak": an ordinal keeps its shape among the options (11th, 12th).
  for (const ordinal of findOrdinals(sentence)) {
    if (ordinal.start < within.from || ordinal.end > within.to) continue;
    if (/\b(?:the|its|[\w’']+[’']s)\s+$/.test(text.slice(0, ordinal.start)) === false) continue;
    // "in the ____ and 51st minutes": one of a pair is a guess.
    if (/^\s*(?:,|and|or|to|-|–)\s*\d/.test(text.slice(ordinal.end))) continue;
    const stem = blanked(ordinal.start, ordinal.end);
    if (!stem) continue;
    found.push({
      ...base(sentence),
      type: "how-many",
      stem,
      ...quantityAnswer(ordinal),
      reliesOn: [ordinal.text],
      alsoTrue: [],
    });
  }
  for (const date of article.dates) {
    if (date.sentence !== sentence.index || date.relative) continue;
    const written = formatDate(date.date, date.granularity);
    const at = text.indexOf(written, date.start);
    if (at < 0 || at + written.length > date.end) continue;
    const end = at + written.length;
    if (date.granularity === "year" && !YEAR_LEAD.test(text.slice(0, at))) continue;
    if (RANGE_AFTER.test(text.slice(end)) || /[-–/]$/.test(text.slice(0, at))) continue;
    const stem = blanked(at, end);
    if (!stem) continue;
    found.push({
      ...base(sentence),
      type: "when",
      stem,
      ...dateAnswer(date),
      reliesOn: [date.text],
      alsoTrue: article.dates
        .filter((o) => o !== date && o.granularity === date.granularity)
        .map((o) => formatDate(o.date, o.granularity)),
    });
  }
  return found;
};
