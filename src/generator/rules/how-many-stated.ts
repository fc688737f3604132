// Counts stated as existence or as a report: "There are 858 fires burning in Canada" → "How many
// fires are burning in Canada?"; "He said 20 adults were on the boat" → "How many adults were on
// the boat?". The speaker is left out: the figure is the fact asked.
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { pluralUnit, quantityAnswer } from "./answer";
import { keptQualifier } from "./how-many";
import { namedVessel, wordScaled } from "./how-many-phrases";
import { anchored, hasQuote, resolvedSpan, timeAnchor, wordCount } from "./stem";

const VERBS = "are|were|is|was|have been|had been|remain|remained";
// What comes before the figure: a sentence-opening "There are", or a report "said (that) ...".
const THERE = new RegExp(
  `(?:^|^(?:In|On|By|As of) [^,]{3,30}, )There (${VERBS})\\s+((?:currently|now|still|already|also)\\s+)?$`,
);
const REPORTED =
  /\b(?:said|says|reported|confirmed|estimated|estimates)\s+(?:that\s+)?(?:there (are|were|is|was|have been|had been)\s+)?$/;
// Hedges the stem cannot carry: the figure then stays unasked.
const HEDGE = /\b(more than|over|up to|fewer than|less than|under|between)\s+$/i;
export const MONEY_OR_MEASURE =
  /^(dollar|pound|euro|rupee|yuan|yen|baht|won|percent|per cent|metre|kilometre|mile|foot|degree|hectare|tonne|kilogram)/;
// The rest stops at the first clause break; a pronoun or quote in it leaves the stem unclear.
const REST_END = /,|;|\s[-–—]\s|\.$|\s(?:and|but|while|who|which|according)\s/;
const UNCLEAR = /\b(he|she|it|they|them|his|her|its|their|this|that|these|those)\b/i;

// "at the Anand Textiles mill when the fire broke out": after a named place the event needs no
// back-reference; "when a fire broke out" says the same and stands alone.
const EVENT_AFTER_PLACE =
  /(\s[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}\s+when\s+)the\s+(fire|blaze|explosion|blast|stampede|collapse|flood)\s+(broke out|erupted|started|began|struck|hit|occurred|happened)\b/;
const indefiniteEvent = (rest: string | undefined): string | undefined =>
  rest?.replace(
    EVENT_AFTER_PLACE,
    (_, lead: string, event: string, verb: string) =>
      `${lead}${/^[aeiou]/.test(event) ? "an" : "a"} ${event} ${verb}`,
  );

const EARLIER = /\b(?:earlier|initially|at first|previously)\b/i;

const statedVerb = (sentence: Sentence, quantity: QuantityMention, units: string) => {
  const before = sentence.text.slice(0, quantity.start);
  const there = THERE.exec(before);
  if (there?.[1]) return { verb: there[1], adverb: there[2]?.trim(), after: quantity.end };
  if (!REPORTED.test(before)) return undefined;
  const reported = REPORTED.exec(before);
  if (reported?.[1]) return { verb: reported[1], adverb: undefined, after: quantity.end };
  // "said 20 adults were on the boat": the verb follows the counted noun.
  const tail = sentence.text.slice(quantity.end);
  const unitWord = new RegExp(`^\\s*(?:${units}\\s+)?(${VERBS})\\b`).exec(tail);
  if (!unitWord?.[1]) return undefined;
  return { verb: unitWord[1], adverb: undefined, after: quantity.end + unitWord[0].length };
};

const stated = (article: AnalysedArticle, sentence: Sentence, quantity: QuantityMention) => {
  if (!Number.isInteger(quantity.value) || quantity.value < 2 || wordScaled(quantity))
    return undefined;
  if (MONEY_OR_MEASURE.test(quantity.unit)) return undefined;
  const tail = sentence.text.slice(quantity.end);
  const bareUnit = /^\s+([a-z]{3,}(?:s|people|men|children))\b/.exec(tail)?.[1];
  const units = quantity.unit ? pluralUnit(quantity.unit) : bareUnit;
  if (!units) return undefined;
  const qualifier = quantity.approximate ? keptQualifier(sentence, quantity) : undefined;
  if (quantity.approximate && !qualifier) return undefined;
  if (HEDGE.test(sentence.text.slice(0, quantity.start))) return undefined;
  const found = statedVerb(sentence, quantity, units);
  if (!found) return undefined;
  // After the verb when it follows the noun; else after the counted noun.
  const from =
    found.after > quantity.end
      ? found.after
      : quantity.unit
        ? quantity.end
        : quantity.end + tail.indexOf(units) + units.length;
  const restText = sentence.text.slice(from);
  const stop = REST_END.exec(restText);
  const end = from + (stop ? stop.index : restText.length);
  const said = indefiniteEvent(resolvedSpan(article, sentence, from, end));
  if (!said || hasQuote(said) || UNCLEAR.test(said)) return undefined;
  const rest = namedVessel(article, said);
  if (!rest) return undefined;
  // A quote before the figure, or a figure the article later corrects ("in an earlier ...").
  if (hasQuote(sentence.text.slice(0, end)) || EARLIER.test(sentence.text.slice(0, quantity.start)))
    return undefined;
  if (wordCount(rest) < 3 || wordCount(rest) > 18) return undefined;
  // "How many fires are burning" needs the thing counted to be specific: a name or a place.
  if (!/\b(in|on|at|from|into|across|near|to)\b|\s[A-Z0-9]/.test(` ${rest}`)) return undefined;
  const verb = found.verb === "is" ? "are" : found.verb === "was" ? "were" : found.verb;
  const wh = qualifier ? `${qualifier} how many` : "How many";
  // "There are currently 858 fires burning": a count of the day of writing, changed the next day.
  if (found.adverb !== undefined && /^(currently|now|still)$/.test(found.adverb)) return undefined;
  const adverb = found.adverb ? ` ${found.adverb}` : "";
  return { stem: `${wh} ${units} ${verb}${adverb} ${rest}?`, end };
};

export const howManyStated: Rule = {
  id: "how-many.stated",
  type: "how-many",
  description: 'A count stated as existence or report: "There are 858 fires burning in Canada"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const quantities = article.quantities.filter((q) => q.sentence === sentence.index);
      for (const quantity of quantities) {
        const found = stated(article, sentence, quantity);
        if (!found) continue;
        candidates.push({
          ruleId: "how-many.stated",
          type: "how-many",
          stem: anchored(found.stem, timeAnchor(article, sentence, quantity.start, found.end)),
          ...quantityAnswer(quantity),
          sentence,
          reliesOn: [quantity.text],
          // Another figure the article gives for the same kind of thing is never a distractor;
          // aboard a vessel, counts of people, adults and members are the same kind.
          alsoTrue: article.quantities
            .filter(
              (o) =>
                o !== quantity && (o.unit === quantity.unit || / that \w+ near /.test(found.stem)),
            )
            .map((o) => String(o.value)),
          priority: 0.7,
        });
      }
    }
    return candidates;
  },
};
