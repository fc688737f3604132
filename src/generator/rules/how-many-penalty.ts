// Maximum penalties: "Vandals in Hong Kong face up to a HK$5,000 fine, six months in jail, or
// both" → "Vandals in Hong Kong face a fine of up to how much?" and "Vandals in Hong Kong face up
// to how many months in jail?". "Up to" is kept: the stem asks for the maximum, so only one
// option is true.
import { MONEY_UNITS } from "../../../questions/number-words";
import type { Candidate, Rule } from "../types";
import { pluralUnit } from "./answer";
import { figureCandidate } from "./how-many-phrases";
import { anchored, resolvedSpan, timeAnchor, wordCount } from "./stem";

// "Offenders in Singapore face up to a": who faces the penalty, from the sentence start.
const FACE =
  /^((?:[A-Z][\w’'-]*|[a-z][\w’'-]*)(?:\s+[\w’'-]+){0,6}?)\s+((?:could|can|may|will|would)\s+)?(face|faces|risk|risks)\s+up\s+to\s+(?:a\s+|an\s+)?/;
const FINE_AFTER = /^\s+(fine|penalty)\b/;
const JAIL_AFTER = /^\s+(?:in\s+)?(jail|prison)\b/;

export const howManyPenalty: Rule = {
  id: "how-many.penalty",
  type: "how-many",
  description:
    'A maximum fine or jail term: "risk a fine of up to Rs 50,000 and six months in prison"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const face = FACE.exec(sentence.text);
      if (!face?.[1] || !face[3]) continue;
      const who = resolvedSpan(article, sentence, 0, face[1].length);
      // The penalty must say whose law it is: a name or a place in the subject.
      if (!who || !/\s[A-Z]|^[A-Z][\w’'-]*\s+[A-Z]/.test(` ${who.slice(1)}`)) continue;
      if (wordCount(who) > 8 || /\b(he|she|they|it)\b/i.test(who)) continue;
      const subject = who;
      const verb = `${face[2] ?? ""}${face[3]}`;
      const penalties = article.quantities.filter(
        (q) =>
          q.sentence === sentence.index &&
          q.start >= face[0].length &&
          q.start < face[0].length + 60,
      );
      for (const quantity of penalties) {
        const tail = sentence.text.slice(quantity.end);
        let stem: string | undefined;
        if (
          MONEY_UNITS.has(quantity.unit) &&
          FINE_AFTER.test(tail) &&
          quantity.start === face[0].length
        ) {
          const noun = FINE_AFTER.exec(tail)?.[1] ?? "fine";
          stem = `${subject} ${verb} a ${noun} of up to how much?`;
        } else if (/^(day|week|month|year)$/.test(quantity.unit) && JAIL_AFTER.test(tail)) {
          const place = JAIL_AFTER.exec(tail)?.[1] ?? "jail";
          stem = `${subject} ${verb} up to how many ${pluralUnit(quantity.unit)} in ${place}?`;
        }
        if (!stem || quantity.approximate) continue;
        candidates.push(
          figureCandidate(
            "how-many.penalty",
            anchored(stem, timeAnchor(article, sentence, 0, quantity.end)),
            quantity,
            sentence,
            [],
            0.72,
          ),
        );
      }
    }
    return candidates;
  },
};
