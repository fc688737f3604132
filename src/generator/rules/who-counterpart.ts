// "Foreign Minister Jane Rao met her Spanish counterpart, José Manuel Albares" → "As of July 2026,
// who is the Foreign Minister of Spain?": a counterpart holds the same office in the country
// the demonym names.
import type { Knowledge } from "../../../questions/types";
import { canonicalTitle, displayTitle, officeTitle } from "../distractors/office-titles";
import type { Candidate, PersonEntity, Rule } from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { anchorOf, mentionsInSentence, withArticle } from "./stem";

const COUNTERPART = /\b(?:his|her|their)\s+([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\s+counterpart,?\s+$/;
// Offices with one holder per country: a "spokesperson" counterpart says nothing.
const OFFICE = /\b(minister|secretary|president|premier|chancellor|governor|chief|ambassador)$/i;

const countryOf = (knowledge: Knowledge, demonym: string) =>
  knowledge.countries.find((c) => c.demonyms.includes(demonym));

export const whoCounterpart: Rule = {
  id: "who.counterpart",
  type: "who",
  description: "A person called someone's '<demonym> counterpart' holds that office there",
  apply: (article, knowledge) => {
    const anchor = anchorOf(article);
    const found: Candidate[] = [];
    for (const sentence of article.sentences) {
      const mentions = mentionsInSentence(article, sentence.index).filter(
        (m): m is { entity: PersonEntity; mention: (typeof m)["mention"] } =>
          m.entity.kind === "person",
      );
      for (const { entity, mention } of mentions) {
        const match = COUNTERPART.exec(sentence.text.slice(0, mention.start));
        const country = match?.[1] ? countryOf(knowledge, match[1]) : undefined;
        // Whose counterpart: the nearest titled person before, in the same sentence.
        const owner = mentions
          .filter((m) => m.mention.end <= mention.start && m.entity.title)
          .pop()?.entity;
        if (!country || !owner?.title || !OFFICE.test(owner.title)) continue;
        // India's External Affairs Minister meets other countries' foreign ministers.
        const own = displayTitle(knowledge, owner.title);
        const title = own === "External Affairs Minister" ? "Foreign Minister" : own;
        // Knowledge that gives the person another office wins over the inference.
        const holder = knowledge.officeHolders.find((h) => h.name === entity.name);
        const office = canonicalTitle(knowledge, title);
        if (holder && officeTitle(knowledge, holder.office) !== office) continue;
        if (entity.nationality && entity.nationality !== country.name) continue;
        const stem = `${anchor ? `As of ${anchor}, who` : "Who"} is the ${title} of ${withArticle(country.name)}?`;
        const answer = { ...entity, title, nationality: country.name };
        found.push({
          ruleId: "who.counterpart",
          type: "who",
          stem,
          ...entityAnswer(answer),
          sentence,
          reliesOn: [owner.id],
          alsoTrue: sameKindIn(article, sentence.index, entity),
          priority: 0.8,
        });
      }
    }
    return found;
  },
};
