// "Foreign Minister Penny Wong’s May 3 statement that the reef talks would resume soon" → "When
// did the Australian Foreign Minister Penny Wong make the statement that the reef talks would
// resume soon?": the date a possessive puts before a person's statement, whose
// that-clause says which one.
import type { Candidate, Rule } from "../types";
import { dateAnswer } from "./answer";
import { personPhrase } from "./person-phrase";
import { hasQuote, resolvedSpan, wordCount } from "./stem";

// Nouns of saying, each made by "make": "the statement that", "the remarks that".
const SAID = /^\s+(statement|remarks|comments|announcement|declaration|claim|assertion)\s+that\s+/;
// The statement stands after a preposition or a copula, so its that-clause cannot run on into the
// sentence's own predicate ("X’s claim that it was safe angered unions"): "began with Governor".
const OBJECT_SLOT =
  /\b(?:with|after|by|over|to|on|from|of|about|against|since|before|despite|was|is|were|are)\s+(?:(?:the|new|former|outgoing|[A-Z][\w.-]*(?:[’']s)?)\s+)*$/;
// The that-clause runs to the next comma, dash or the sentence's end.
const CLAUSE_END = /[,;:—–(]|\.$/;

export const whenStatementDate: Rule = {
  id: "when.statement-date",
  type: "when",
  description: 'The date of a person\'s statement: "<Person>’s November 7 statement that ..."',
  apply: (article, knowledge) => {
    const found: Candidate[] = [];
    for (const person of article.entities) {
      if (person.kind !== "person") continue;
      for (const mention of person.mentions) {
        const sentence = article.sentences[mention.sentence];
        if (!sentence || hasQuote(sentence.text)) continue;
        const text = sentence.text;
        if (!/^[’']s\s/.test(text.slice(mention.end))) continue;
        if (!OBJECT_SLOT.test(text.slice(0, mention.start))) continue;
        // The date right after the possessive, with no preposition: "’s November 7 statement".
        const date = article.dates.find(
          (d) =>
            d.sentence === sentence.index &&
            d.start === mention.end + 3 &&
            (d.granularity === "day" || d.granularity === "month") &&
            /^[A-Z0-9]/.test(d.text),
        );
        if (!date) continue;
        const said = SAID.exec(text.slice(date.end));
        if (!said?.[1]) continue;
        const from = date.end + said[0].length;
        const rest = text.slice(from);
        const stop = CLAUSE_END.exec(rest);
        const end = from + (stop ? stop.index : rest.length);
        const content = resolvedSpan(article, sentence, from, end);
        if (!content || wordCount(content) < 4 || wordCount(content) > 20) continue;
        found.push({
          ruleId: "when.statement-date",
          type: "when",
          stem: `When did ${personPhrase(knowledge, person)} make the ${said[1]} that ${content}?`,
          ...dateAnswer(date),
          sentence,
          reliesOn: [],
          alsoTrue: [],
          priority: 0.6,
        });
        break;
      }
    }
    return found;
  },
};
