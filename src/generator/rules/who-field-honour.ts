// "double-Olympic medallist javelin thrower Neeraj Chopra" → "As of December 2025, which Indian
// javelin thrower is a double Olympic medallist?": a distinction written before a notable
// person's field, when knowledge lists it as theirs and no one else's of that field and country.
import type { Knowledge, NotablePerson } from "../../../questions/types";
import { notableOf } from "../distractors/notable";
import type { Candidate, Rule } from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { anchorOf } from "./stem";

const plain = (text: string): string =>
  text.toLowerCase().replace(/[-‑]/g, " ").replace(/\s+/g, " ").trim();

/** The honour of `person` written right before their field in `before`, if any. */
const honourBefore = (person: NotablePerson, before: string): string | undefined => {
  const text = plain(before);
  const field = plain(person.field);
  return person.honours?.find((h) => text.endsWith(` ${plain(h)} ${field}`));
};

/** Whether someone else of the field and country holds the honour too (no single answer). */
const shared = (knowledge: Knowledge, person: NotablePerson, honour: string): boolean =>
  (knowledge.notablePeople ?? []).some(
    (p) =>
      p.name !== person.name &&
      p.field === person.field &&
      p.country === person.country &&
      p.honours?.some((h) => plain(h) === plain(honour)),
  );

const withIndefinite = (phrase: string): string =>
  `${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase}`;

export const whoFieldHonour: Rule = {
  id: "who.field-honour",
  type: "who",
  description: "A notable person's distinction written before their field names them",
  apply: (article, knowledge) => {
    const anchor = anchorOf(article);
    const found: Candidate[] = [];
    for (const person of article.entities) {
      if (person.kind !== "person") continue;
      const notable = notableOf(knowledge, person.name);
      const demonym = knowledge.countries.find((c) => c.name === notable?.country)?.demonyms[0];
      if (!notable?.honours || !demonym) continue;
      for (const mention of person.mentions) {
        const sentence = article.sentences[mention.sentence];
        if (!sentence) continue;
        const before = ` ${sentence.text.slice(Math.max(0, mention.start - 80), mention.start)}`;
        const honour = honourBefore(notable, before);
        if (!honour || shared(knowledge, notable, honour)) continue;
        const question = `which ${demonym} ${notable.field} is ${withIndefinite(honour)}?`;
        found.push({
          ruleId: "who.field-honour",
          type: "who",
          stem: anchor ? `As of ${anchor}, ${question}` : `W${question.slice(1)}`,
          ...entityAnswer(person),
          sentence,
          reliesOn: [],
          alsoTrue: sameKindIn(article, sentence.index, person),
          priority: 0.9,
        });
        break;
      }
    }
    return found;
  },
};
