// Money named by what it is: "The Haryana government announced a cash reward of Rs 2 lakh for each
// medallist" → "How much did the Haryana government announce as a cash reward for each
// medallist?"; "the Rs 38,900 crore Vadhavan port project" → "How much is the Vadhavan port
// project worth?". The giver must be named; a project must carry its own name.
import { MONEY_UNITS } from "../../../questions/number-words";
import type { Candidate, Rule } from "../types";
import { clausesOf } from "./event";
import { afterAside, figureCandidate, restOfClause, sameUnitValues } from "./how-many-phrases";
import { anchored, anchorOf, hasQuote, timeAnchor, wordCount } from "./stem";
import { subjectPhrase } from "./subject";

const GIVE =
  /^(announce|approve|sanction|offer|give|declare|award|grant|release|pay|provide|present)$/;
// "a cash reward of", "an ex gratia of", "a relief package of" right before the amount.
const NOUN_OF =
  /\s(an?)\s+((?:cash|special|one-time|monthly|annual|financial|relief|compensation)\s+)?(reward|prize|award|grant|compensation|ex gratia|package|bonus|relief|incentive|scholarship)\s+of\s+$/;
// "the Rs 38,900 crore Vadhavan port project": the amount as a modifier of a named project.
const PROJECT =
  /^\s+((?:[A-Z][\w’'-]*\s+){1,4}(?:[a-z]+\s+)?(?:project|scheme|deal|package|plan|corridor|expressway|port|airport|mission))\b/;

export const howManyAward: Rule = {
  id: "how-many.award",
  type: "how-many",
  description:
    'Money named by what it is: "a cash reward of Rs 2 lakh", "the Rs 38,900 crore project"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.approximate) continue;
        if (!MONEY_UNITS.has(quantity.unit) || !/\d/.test(quantity.text)) continue;
        const text = sentence.text;
        if (hasQuote(text.slice(0, quantity.end))) continue;
        const before = text.slice(0, quantity.start);
        const end = afterAside(text, quantity.end);
        let stem: string | undefined;
        let anchor = timeAnchor(article, sentence, 0, end);
        const project = /(?:^|\s)the\s+$/i.test(before)
          ? PROJECT.exec(text.slice(quantity.end))
          : null;
        if (project?.[1]) {
          stem = `How much is the ${project[1]} worth?`;
          // A project's value as the article gives it: dated to the article, whatever the clause.
          const month = anchorOf(article);
          anchor = month ? `As of ${month}` : undefined;
        } else {
          const noun = NOUN_OF.exec(before);
          if (!noun?.[3]) continue;
          const clause = clausesOf(sentence).find(
            (c) =>
              GIVE.test(c.verb.base ?? "") &&
              quantity.start > c.verb.end &&
              quantity.end <= c.predicate.end + 1,
          );
          if (!clause) continue;
          // Only the article and its noun stand between the verb and the amount.
          if (text.slice(clause.verb.end, noun.index).trim() !== "") continue;
          const subject = subjectPhrase(article, sentence, clause);
          if (!subject || !/[A-Z]/.test(subject)) continue;
          const rest = restOfClause(article, sentence, end);
          const purpose = /^(?:for|to)\s+.+$/.exec(rest?.text ?? "")?.[0];
          if (!purpose || wordCount(purpose) < 2) continue;
          const aux = clause.aux?.text.split(" ")[0]?.toLowerCase();
          const did = aux === "has" || aux === "have" ? aux : "did";
          const verb = did === "did" ? clause.verb.base : clause.verb.text;
          stem = `How much ${did} ${subject} ${verb} as ${noun[1]} ${noun[2] ?? ""}${noun[3]} ${purpose}?`;
        }
        candidates.push(
          figureCandidate(
            "how-many.award",
            anchored(stem.replace(/\s+/g, " "), anchor),
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
