// Targets with a deadline: "the aim of $40 billion in two-way commerce by 2032" in an article on
// India-Brazil ties → "India and Brazil have set an aim of how much two-way commerce by 2032?";
// "India's target of 500 GW of non-fossil capacity by 2030" → "India has set a target of how many
// GW of non-fossil capacity by 2030?". Whose target it is must be said: a possessive name before
// it, or, for bilateral trade, the pair of countries the sentence or the headline names
// ("India-Russia ties"). A target with no owner, or "its target", is left unasked.
import { MONEY_UNITS } from "../../../questions/number-words";
import type { AnalysedArticle, Candidate, Rule, Sentence } from "../types";
import { pluralUnit } from "./answer";
import { figureCandidate, sameUnitValues, wordScaled } from "./how-many-phrases";
import { hasQuote, wordCount } from "./stem";

// "(India's |the )(annual |ambitious )?(target|goal) of " right before the figure.
const BEFORE =
  /(?:([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})[’']s\s+|\b[Tt]he\s+)((?:[a-z]+\s+)?)(target|goal)\s+of\s+$/;
// " in bilateral trade by 2030", " of non-fossil capacity by 2030": what, and by when.
const AFTER = /^\s+(?:in|of|for)\s+((?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)\s+by\s+((?:19|20)\d{2})\b/;
// "India-Russia ties", "the India-US relationship": the two parties of a bilateral figure.
const PAIR =
  /\b([A-Z][\w.]*(?:\s[A-Z][a-z]+)?)[-–]([A-Z][\w.]*(?:\s[A-Z][a-z]+)?)\s+(?:relationship|relations|ties|partnership|summit|trade)\b/;
const NOT_OWNER = /^(?:It|Its|This|That|Their|His|Her|The)$/;
// Modifiers of the target that only judge it: "the ambitious goal".
const JUDGED = /^(?:ambitious|lofty|modest|elusive|stated|official|new|revised)\s+$/;

const pairOf = (article: AnalysedArticle, sentence: Sentence): [string, string] | undefined => {
  const found = PAIR.exec(sentence.text) ?? PAIR.exec(article.title);
  return found?.[1] && found[2] ? [found[1], found[2]] : undefined;
};

export const howManyTarget: Rule = {
  id: "how-many.target",
  type: "how-many",
  description: 'A target with a deadline: "the aim of $40 billion in two-way commerce by 2032"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.approximate) continue;
        if (wordScaled(quantity) || !/\d/.test(quantity.text)) continue;
        const text = sentence.text;
        const before = BEFORE.exec(text.slice(0, quantity.start));
        const after = AFTER.exec(text.slice(quantity.end));
        if (!before?.[3] || !after?.[1] || !after[2]) continue;
        const what = after[1];
        const named = before[1];
        let owner: string | undefined;
        let plural = false;
        if (named && !NOT_OWNER.test(named)) owner = named;
        else if (/^bilateral\s/.test(what)) {
          const pair = pairOf(article, sentence);
          if (pair) {
            owner = `${pair[0]} and ${pair[1]}`;
            plural = true;
          }
        }
        if (!owner || wordCount(what) > 5) continue;
        const modifier = before[2] && !JUDGED.test(before[2]) ? before[2] : "";
        const noun = `${modifier}${before[3]}`;
        const indefinite = /^[aeiou]/i.test(noun) ? "an" : "a";
        const money = MONEY_UNITS.has(quantity.unit);
        const wh =
          quantity.unit === "percent"
            ? "what percentage of"
            : money
              ? "how much"
              : quantity.unit
                ? `how many ${pluralUnit(quantity.unit)} of`
                : undefined;
        if (!wh) continue;
        const stem = `${owner} ${plural ? "have" : "has"} set ${indefinite} ${noun} of ${wh} ${what} by ${after[2]}?`;
        candidates.push(
          figureCandidate(
            "how-many.target",
            stem,
            quantity,
            sentence,
            sameUnitValues(article, quantity),
            0.73,
          ),
        );
      }
    }
    return candidates;
  },
};
