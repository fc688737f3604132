// What a named thing holds or spans, and how many remain or number somewhere: "The Eurozone is a
// currency union spanning 20 countries" → "How many countries does the Eurozone span?"; "Paris
// 2024 will feature 32 sports" → "How many sports will Paris 2024 feature?"; "An estimated 9,000
// Pandits remain in the valley of Kashmir" → "About how many Pandits remain in the valley of
// Kashmir?"; "Parsis in India numbered about 57,000 in 2011" → "About how many Parsis were there
// in India in 2011?".
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { pluralUnit } from "./answer";
import { keptQualifier } from "./how-many";
import { figureCandidate, restOfClause, sameUnitValues, wordScaled } from "./how-many-phrases";
import { brandedEvent } from "./referent-country";
import { anchored, hasQuote, timeAnchor, withArticle } from "./stem";

// "The Schengen Area", "Glasgow 2026", "the Asian Games": a name the stem can carry.
const NAME = "(?:The\\s+)?[A-Z][\\w’'-]*(?:\\s+(?:of\\s+)?(?:[A-Z][\\w’'-]*|\\d{4}))*";
const SPANNING = new RegExp(
  `^(${NAME})\\s+(?:is|was)\\s+an?\\s+[a-z][\\w\\s-]{2,40}?\\s+(spanning|covering|comprising|linking|connecting|of)\\s+$`,
);
const HOLDS = new RegExp(
  `^(${NAME})\\s+(will|would|now)?\\s*(features?|includes?|comprises?|spans?|covers?|has|have|feature|include|comprise|span|cover|have)\\s+(?:just\\s+|only\\s+)?$`,
);
const BASE: Readonly<Record<string, string>> = {
  spanning: "span",
  covering: "cover",
  comprising: "comprise",
  linking: "link",
  connecting: "connect",
  of: "have",
  has: "have",
};
// "9,000 Pandits remain in", "23 climbers remained on": a count of those still somewhere.
const REMAIN = /^\s+(remain|remained)\s+((?:in|on|at|inside)\s+)/;
// "Parsis in India, including ..., numbered": the counted noun and where, before the verb.
const NUMBERED =
  /^([A-Z][a-z]+s)((?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)(?:,[^,]{3,60},)?\s+numbered\s+$/;
const COUNTED = /^\s+((?:[A-Z][a-z]+\s+)?[a-z]{3,}s|[A-Z][a-z]{2,}s)\b/;

const LIVING =
  /^\s+((?:already|still|now)\s+)?(living|based|working|stranded|studying|residing)\s+(in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)/;

/** 200,000 or 6,000: one significant figure and at least a thousand. */
const roundFigure = (value: number): boolean => {
  if (value < 1_000) return false;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Number.isInteger(value / magnitude);
};

const baseOf = (verb: string): string => BASE[verb] ?? verb.replace(/(?<=[^s])s$/, "");

const holdsStem = (
  article: AnalysedArticle,
  sentence: Sentence,
  quantity: QuantityMention,
  wh: string,
): string | undefined => {
  const text = sentence.text;
  const before = text
    .slice(0, quantity.start)
    .replace(
      /(?:^|\s)(?:an estimated|about|around|some|roughly|nearly|almost|approximately)\s+$/i,
      " ",
    );
  const counted = quantity.unit ? undefined : COUNTED.exec(text.slice(quantity.end))?.[1];
  const units = counted ?? (quantity.unit ? pluralUnit(quantity.unit) : undefined);
  const numbered = NUMBERED.exec(before);
  if (numbered?.[1]) {
    const when = /^\s+((?:at the end of|in|by)\s+\d{4})\b/.exec(text.slice(quantity.end))?.[1];
    const place = numbered[2]?.trim() ?? "";
    if (!when && !place) return undefined;
    return `${wh} ${numbered[1]} were there${place ? ` ${place}` : ""}${when ? ` ${when}` : ""}?`;
  }
  if (!units) return undefined;
  const unitsEnd =
    quantity.end + (counted ? text.slice(quantity.end).indexOf(counted) + counted.length : 0);
  const remain = REMAIN.exec(text.slice(unitsEnd));
  if (remain?.[1] && remain[2] && /^\s*$/.test(before)) {
    const rest = restOfClause(
      article,
      sentence,
      unitsEnd + remain[0].length - remain[2].length,
      10,
    );
    if (!rest || !/[A-Z]/.test(rest.text)) return undefined;
    return `${wh} ${units} ${remain[1]} ${rest.text}?`;
  }
  // "The 200,000 Rohingyas already living in Malaysia ...": those living somewhere.
  const living = LIVING.exec(text.slice(unitsEnd));
  // "already/still/now" only measure from the day of writing: left out of the stem.
  if (living?.[2] && living[3] && /^The\s+$/.test(before)) {
    const past = /^\s+(?:were|was|had)\b/.test(text.slice(unitsEnd + living[0].length));
    // "The 200,000 Rohingyas": a round figure of people is an estimate however it is written.
    const about = wh === "How many" && roundFigure(quantity.value) ? "About how many" : wh;
    return `${about} ${units} ${past ? "were" : "are"} ${living[2]} ${living[3]}?`;
  }
  const spanning = SPANNING.exec(before);
  const holds = spanning ? undefined : HOLDS.exec(before);
  const name = spanning?.[1] ?? holds?.[1];
  if (!name || /^(?:It|Its|This|That|These|Those|They|He|She|There|We)\b/.test(name))
    return undefined;
  // "Glasgow 2026" → "the 2026 Commonwealth Games in Glasgow": the brand says which Games.
  const subject = brandedEvent(article, name) ?? withArticle(name.replace(/^The\s/, "the "));
  if (spanning?.[2]) return `${wh} ${units} does ${subject} ${baseOf(spanning[2])}?`;
  const modal = holds?.[2];
  const verb = holds?.[3] ?? "";
  if (modal === "will" || modal === "would")
    return `${wh} ${units} ${modal} ${subject} ${baseOf(verb)}?`;
  return `${wh} ${units} does ${subject} ${baseOf(verb)}?`;
};

export const howManyHolds: Rule = {
  id: "how-many.holds",
  type: "how-many",
  description: 'What a named thing holds or spans: "a system spanning 29 countries"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || wordScaled(quantity)) continue;
        if (!Number.isInteger(quantity.value) || quantity.value < 2) continue;
        const qualifier = quantity.approximate ? keptQualifier(sentence, quantity) : undefined;
        if (quantity.approximate && !qualifier) continue;
        const hedge =
          /\b(?:an estimated|about|around|some|roughly|nearly|almost|approximately)\s+$/i.test(
            sentence.text.slice(0, quantity.start),
          );
        const wh = qualifier || hedge ? "About how many" : "How many";
        const stem = holdsStem(article, sentence, quantity, wh);
        if (!stem) continue;
        candidates.push(
          figureCandidate(
            "how-many.holds",
            anchored(stem, timeAnchor(article, sentence, 0, quantity.end)),
            quantity,
            sentence,
            sameUnitValues(article, quantity),
            0.72,
          ),
        );
      }
    }
    return candidates;
  },
};
