// Tolls told by what an event left behind: "A 6.2-magnitude earthquake in Afghanistan has left at
// least 800 people dead" → "At least how many people have died in a 6.2-magnitude earthquake in
// Afghanistan?"; "Cyclone Dana left 12 people injured in Odisha" → "How many people were injured
// in Cyclone Dana in Odisha?". The event must say itself: an indefinite or named subject, never
// "the surge" or "it", which point back into the article.
import type { Candidate, Rule } from "../types";
import { pluralUnit } from "./answer";
import { clausesOf } from "./event";
import { keptQualifier, pastToll, quantitiesIn } from "./how-many";
import { figureCandidate, sameUnitValues } from "./how-many-phrases";
import { anchored, hasQuote, resolvedSpan, timeAnchor, wordCount } from "./stem";

const STATE = /^\s+(dead|injured|wounded|homeless|missing|stranded)\b/;
const PEOPLE = /^(person|people|civilian|child|soldier|worker|passenger|resident)$/;
// What reads after the figure up to the next break: "in Odisha", "across the state".
const WHERE = /^\s+((?:in|across)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)(?=[\s,.;]|$)/;

export const howManyLeft: Rule = {
  id: "how-many.left",
  type: "how-many",
  description: 'A toll an event left: "the earthquake has left at least 800 people dead"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const quantities = quantitiesIn(article, sentence);
      for (const quantity of quantities) {
        if (!PEOPLE.test(quantity.unit) || !Number.isInteger(quantity.value) || quantity.value < 2)
          continue;
        const qualifier = quantity.approximate ? keptQualifier(sentence, quantity) : undefined;
        if (quantity.approximate && !qualifier) continue;
        if (pastToll(article, sentence)) continue;
        const text = sentence.text;
        const state = STATE.exec(text.slice(quantity.end));
        if (!state?.[1]) continue;
        if (hasQuote(text.slice(0, quantity.end + state[0].length))) continue;
        const clause = clausesOf(sentence).find(
          (c) =>
            c.verb.base === "leave" &&
            quantity.start > c.verb.end &&
            quantity.end <= c.predicate.end,
        );
        if (!clause) continue;
        // "A 6.2-magnitude earthquake in Afghanistan", "Cyclone Dana": an event that says itself.
        const subject = clause.subject.text;
        // "Floods in Assam", "Heavy rains in Kerala": an event with its place.
        const selfNamed =
          /^(?:An?\s|[A-Z][\w-]*\s+[A-Z])/.test(subject) ||
          (!/^(?:The|This|That|These|Those|Its|Their)\s/.test(subject) &&
            /\bin\s+(?:the\s+)?[A-Z]/.test(subject));
        if (!selfNamed || wordCount(subject) > 12) continue;
        const event = resolvedSpan(article, sentence, clause.subject.start, clause.subject.end);
        if (!event || /\b(?:it|this|that|these|those|its|their)\b/i.test(event)) continue;
        // "A ... earthquake" → "a ... earthquake"; "Floods in Assam" → "floods in Assam".
        const named = /^[A-Z][\w-]*\s+[A-Z]/.test(event)
          ? event
          : `${event.charAt(0).toLowerCase()}${event.slice(1)}`;
        const perfect = /^(has|have)$/i.test(clause.aux?.text ?? "");
        const after = text.slice(quantity.end + state[0].length);
        const where = WHERE.exec(after)?.[1];
        const verb =
          state[1] === "dead"
            ? perfect
              ? "have died"
              : "died"
            : `${perfect ? "have been" : "were"} ${state[1] === "wounded" ? "injured" : state[1] === "homeless" ? "left homeless" : state[1]}`;
        const wh = qualifier ? `${qualifier} how many` : "How many";
        const units = pluralUnit(quantity.unit);
        const stem = `${wh} ${units} ${verb} in ${named}${where ? ` ${where}` : ""}?`;
        candidates.push(
          figureCandidate(
            "how-many.left",
            anchored(
              stem,
              timeAnchor(article, sentence, clause.subject.start, clause.predicate.end),
            ),
            quantity,
            sentence,
            sameUnitValues(article, quantity),
            0.74,
          ),
        );
      }
    }
    return candidates;
  },
};
