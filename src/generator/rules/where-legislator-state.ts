// "Aides to Kentucky Senator Mitch McConnell said ..." → "As of July 2026, Mitch McConnell is a US
// Senator from which state?". A state has two senators, so "Who is the Kentucky Senator?" has no
// single key; the state of a named senator has one. Asked only when the gazetteer, where it knows
// the senator, names the same state.
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityAnswer } from "./answer";
import { anchorOf, mentionsInSentence } from "./stem";

// "<State> Senator <Name>", "<State> Republican Senator <Name>", "<State> senator <Name>".
const TITLE = /^\s+(?:(?:Republican|Democratic|Democrat|Independent)\s+)?[Ss]enator\s+$/;

export const whereLegislatorState: Rule = {
  id: "where.legislator-state",
  type: "where",
  description: "The US state a named senator represents, from '<State> Senator <Name>'",
  apply: (article: AnalysedArticle, knowledge) => {
    const anchor = anchorOf(article);
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const mentions = mentionsInSentence(article, sentence.index);
      for (const { entity, mention } of mentions) {
        if (entity.kind !== "place" || entity.placeType !== "state") continue;
        if (entity.country !== "United States" || !askable(entity, knowledge)) continue;
        const person = mentions.find(
          (m) =>
            m.entity.kind === "person" &&
            m.mention.start > mention.end &&
            TITLE.test(sentence.text.slice(mention.end, m.mention.start)),
        );
        if (person?.entity.kind !== "person") continue;
        const name = person.entity.name;
        // The gazetteer, where it knows the person, must agree with the sentence.
        const known = knowledge.officeHolders.find(
          (h) =>
            (h.name === name || h.aliases?.includes(name)) && /^US Senator from /.test(h.office),
        );
        if (known && known.office !== `US Senator from ${entity.name}`) continue;
        const question = `${name} is a US Senator from which state?`;
        candidates.push({
          ruleId: "where.legislator-state",
          type: "where",
          stem: anchor ? `As of ${anchor}, ${question}` : question,
          ...entityAnswer(entity as PlaceEntity),
          sentence,
          reliesOn: [person.entity.id],
          alsoTrue: [],
          priority: 0.7,
        });
      }
    }
    return candidates;
  },
};
