// Winning margins: "Kerala defeated Punjab by 34 runs at the Wankhede Stadium" → "By how many runs
// did Punjab lose at the Wankhede Stadium?". The stem names the loser, not the winner, so a
// question asking for the winner can stand beside it without either giving the other away.
import type { Candidate, Rule } from "../types";
import { pluralUnit, quantityAnswer } from "./answer";
import { resolveCountryReferents } from "./referent-country";
import { anchored, hasQuote, timeAnchor } from "./stem";

const MARGIN_UNITS = /^(run|wicket|goal|vote|seat)s?$/;
const NAME = "[A-Z][\\w’'.-]*(?:\\s+[A-Z][\\w’'.-]*)*";
const BEATEN = new RegExp(
  `(${NAME})\\s+(?:beat|defeated|prevailed over|thrashed|crushed|overcame|outplayed|edged past|edged out|won against)\\s+(?:the\\s+)?(${NAME})\\s+by\\s+(?:a margin of\\s+)?$`,
);
// "at the Wankhede Stadium" / "in Lima" right after the margin, up to the clause break.
const VENUE =
  /^\s+((?:at|in)\s+[^,;:()"“”]+?)(?=,|;|\.$|\s(?:and|but|which|where|while|who|on|last|this|next|earlier|later)\s|$)/;
const UNCLEAR = /\b(he|she|it|they|them|his|her|its|their|this|that|these|those)\b/i;

/** The stem asking a margin, or undefined when the sentence does not state one plainly. */
export const marginStem = (text: string, start: number, end: number, unit: string) => {
  if (!MARGIN_UNITS.test(unit)) return undefined;
  const beaten = BEATEN.exec(text.slice(0, start));
  const loser = beaten?.[2];
  if (!loser) return undefined;
  const venue = VENUE.exec(text.slice(end))?.[1];
  const place = venue && !UNCLEAR.test(venue) && venue.split(/\s+/).length <= 10 ? ` ${venue}` : "";
  const match = /\bfinal\b/i.test(text) && !/\bfinal\b/i.test(place) ? " the final" : "";
  if (!place && !match) return undefined;
  return {
    stem: `By how many ${unit.endsWith("s") ? unit : pluralUnit(unit)} did ${loser} lose${match}${place}?`,
    end,
  };
};

export const howManyMargin: Rule = {
  id: "how-many.margin",
  type: "how-many",
  description:
    'A winning margin: "defeated Punjab by 34 runs" → "By how many runs did Punjab lose"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.approximate) continue;
        if (!Number.isInteger(quantity.value) || quantity.scale) continue;
        const found = marginStem(sentence.text, quantity.start, quantity.end, quantity.unit);
        if (!found) continue;
        candidates.push({
          ruleId: "how-many.margin",
          type: "how-many",
          // "lose the final" → "lose the ICC Women's World Cup final" (else the check rejects it).
          stem: anchored(
            resolveCountryReferents(article, found.stem),
            timeAnchor(article, sentence, quantity.start, found.end),
          ),
          ...quantityAnswer(quantity),
          sentence,
          reliesOn: [quantity.text],
          alsoTrue: [],
          priority: 0.75,
        });
      }
    }
    return candidates;
  },
};

const STATED_MARGIN = /\s+by\s+(?:a margin of\s+)?\d[\d,]*\s+(?:runs|wickets|goals|votes|seats)\b/g;

/** A wh-stem without the margin it repeats: the margin is a question of its own. */
export const withoutMargin = (stem: string): string =>
  stem.includes("____") || /^(?:.*, )?by how many\b/i.test(stem)
    ? stem
    : stem.replace(STATED_MARGIN, "");
