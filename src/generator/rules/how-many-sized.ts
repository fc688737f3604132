// The size of a named body or the toll at a named place: "The All India Bank Employees'
// Association, which represents about 4 lakh staff" → "About how many staff does the All India
// Bank Employees' Association represent?".
import type { Candidate, QuantityMention, Rule, Sentence } from "../types";
import { pluralUnit, quantityAnswer } from "./answer";
import { keptQualifier } from "./how-many";
import { wordScaled } from "./how-many-phrases";
import { MONEY_OR_MEASURE } from "./how-many-stated";
import { anchored, hasQuote, timeAnchor } from "./stem";

// "The All India Bank Employees' Association, which represents about 4 lakh staff" → "About how
// many staff does the All India Bank Employees' Association represent?"
const BODY_SIZE =
  /((?:The\s+)?[A-Z][\w&’'-]*(?:\s+(?:of|for|and)?\s*[A-Z][\w&’'-]*)*(?:\s+\([A-Z]{2,}\))?),\s+which\s+(represents|employs|has|comprises|covers)\s+$/;
const PRESENT: Readonly<Record<string, string>> = {
  represents: "represent",
  employs: "employ",
  has: "have",
  comprises: "comprise",
  covers: "cover",
};
// "the hamlet of Kothur, where 9 people were injured" → "How many people were injured in the
// hamlet of Kothur?"
const PLACE_WHERE =
  /\b((?:in|at|near|around|to)\s+(?:the\s+(?:village|town|city|district|province|region)\s+of\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+where\s+$/;
// "where 12 people have been killed": a running toll of a disaster still under way, and the stem
// could not say which disaster; only a finished count ("were killed") is asked.
const WHERE_VERB =
  /^\s+(had been|were|was)\s+(killed|injured|evacuated|arrested|rescued|displaced)\b/;

const CAUSE =
  /\b(wildfire|fire|blaze|flood|landslide|earthquake|avalanche|storm|cyclone|explosion|blast|stampede|collapse|mudslide)s?\b/i;

const sized = (sentence: Sentence, quantity: QuantityMention) => {
  // "6 million" reads as the article writes it among the options; "six million" stays unasked.
  if (!Number.isInteger(quantity.value) || quantity.value < 2 || wordScaled(quantity))
    return undefined;
  if (MONEY_OR_MEASURE.test(quantity.unit)) return undefined;
  const qualifier = quantity.approximate ? keptQualifier(sentence, quantity) : undefined;
  if (quantity.approximate && !qualifier) return undefined;
  const wh = qualifier ? `${qualifier} how many` : "How many";
  const tail = sentence.text.slice(quantity.end);
  const before = sentence.text.slice(0, quantity.start).replace(QUALIFIER_WORDS, "");
  const units = /^\s+([A-Z]{2,}\s+)?([a-z]{3,}(?:s|people|men|children))\b/.exec(tail) ?? undefined;
  const body = BODY_SIZE.exec(before);
  // "15 million farmers" carries its unit; "6 million UK workers" has it after the figure.
  const own = quantity.unit ? pluralUnit(quantity.unit) : undefined;
  if (body?.[1] && body[2] && (units?.[2] || own)) {
    const counted = own ?? `${units?.[1] ?? ""}${units?.[2] ?? ""}`;
    const name = body[1].replace(/^The\s/, "the ");
    return `${wh} ${counted} does ${name} ${PRESENT[body[2]]}?`;
  }
  const place = PLACE_WHERE.exec(before);
  const noun = quantity.unit ? pluralUnit(quantity.unit) : units?.[2];
  const verb = WHERE_VERB.exec(quantity.unit ? tail : tail.slice((units?.[0] ?? "").length));
  // "... killed in the village of Bedar?" says nothing of what killed them: the sentence must
  // name the disaster, and the stem keeps it ("in a landslide in the village of Dharali").
  const cause = CAUSE.exec(sentence.text)?.[1]?.toLowerCase();
  if (place?.[1] && noun && verb?.[1] && verb[2] && cause) {
    const where = place[1].replace(/^(in|at|near|around|to)\s+/, "in ");
    const article = /^[aeiou]/.test(cause) ? "an" : "a";
    return `${wh} ${noun} ${verb[1]} ${verb[2]} in ${article} ${cause} ${where}?`;
  }
  return undefined;
};
const QUALIFIER_WORDS =
  /\b(at least|about|around|some|an estimated|roughly|approximately|nearly|almost)\s+$/i;

export const howManySized: Rule = {
  id: "how-many.sized",
  type: "how-many",
  description:
    'The size of a named body or the toll at a named place: "which represents 6 million"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index) continue;
        const stem = sized(sentence, quantity);
        if (!stem) continue;
        candidates.push({
          ruleId: "how-many.sized",
          type: "how-many",
          stem: anchored(stem, timeAnchor(article, sentence, quantity.start, quantity.end)),
          ...quantityAnswer(quantity),
          sentence,
          reliesOn: [quantity.text],
          alsoTrue: article.quantities
            .filter((o) => o !== quantity && o.unit === quantity.unit)
            .map((o) => String(o.value)),
          priority: 0.7,
        });
      }
    }
    return candidates;
  },
};
