// The court behind a warrant against a named person: "the President, wanted on an International
// Criminal Court (ICC) warrant since 2023", "the ICC issued an arrest warrant for Prime Minister
// Benjamin Netanyahu", "a warrant issued by the ICC against X" → "Which court has issued a warrant
// against the Russian President Vladimir Putin?". Options: other courts of the same reach.
import type {
  AnalysedArticle,
  Candidate,
  Entity,
  OrganisationEntity,
  PersonEntity,
  Rule,
} from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { personPhrase } from "./person-phrase";
import { hasQuote, mentionsInSentence } from "./stem";

// Person first: ", who has an <Court> (arrest) warrant" / ", who faces a <Court> warrant".
// The court may be found by its bracketed acronym after the name spelled out in lower case.
const HOLDER_GAP =
  /^,?\s+(?:(?:him|her)self,?\s+)?who\s+(?:has|faces|is under)\s+(?:an?|the)\s+(?:[a-z][a-z\s]{2,60}\()?$/i;
// After the court's name: its acronym in brackets (or the bracket closing), then "(arrest) warrant".
const WARRANT_AFTER = /^\s*(?:\)|\([A-Z]{2,6}\))?\s*(arrest\s+)?warrants?\b/i;
// Court first: "<Court> (has) issued an (arrest) warrant for|against <titles> <Person>".
const ISSUED_GAP =
  /^\s*(?:\([A-Z]{2,6}\)\s*)?(?:has\s+|had\s+)?(?:issued|issues)\s+(?:an?\s+)?(arrest\s+)?warrants?\s+(?:for|against)\s+(?:the\s+)?(?:(?:former\s+)?[A-Z][\w.-]*\s+){0,4}$/;
// "a warrant issued by the <Court> for|against <Person>".
const ISSUED_BY = /\b(arrest\s+)?warrants?\s+(?:issued\s+)?by\s+(?:the\s+)?$/i;
const FOR_GAP = /^\s*(?:\([A-Z]{2,6}\)\s*)?(?:for|against)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}$/;
// A withdrawn or refused warrant is no fact to ask: "sought", "rejected", "quashed".
const UNDONE =
  /\b(sought|seeks|seeking|requested|rejected|refused|quashed|withdrew|withdrawn|revoked|cancelled|denied)\b/i;

const isCourt = (entity: Entity): entity is OrganisationEntity =>
  entity.kind === "organisation" && entity.orgType === "court";

interface Warrant {
  court: OrganisationEntity;
  person: PersonEntity;
  arrest: boolean;
}

const warrantsIn = (article: AnalysedArticle, index: number): Warrant[] => {
  const sentence = article.sentences[index];
  if (!sentence || hasQuote(sentence.text) || UNDONE.test(sentence.text)) return [];
  const text = sentence.text;
  const mentions = mentionsInSentence(article, index);
  const found: Warrant[] = [];
  for (let k = 0; k + 1 < mentions.length; k++) {
    const first = mentions[k];
    const second = mentions[k + 1];
    if (!first || !second) continue;
    const gap = text.slice(first.mention.end, second.mention.start);
    if (first.entity.kind === "person" && isCourt(second.entity)) {
      const after = WARRANT_AFTER.exec(text.slice(second.mention.end));
      if (HOLDER_GAP.test(gap) && after) {
        found.push({ court: second.entity, person: first.entity, arrest: Boolean(after[1]) });
      }
    } else if (isCourt(first.entity) && second.entity.kind === "person") {
      const issued = ISSUED_GAP.exec(gap);
      const by = ISSUED_BY.exec(text.slice(0, first.mention.start));
      if (issued) {
        found.push({ court: first.entity, person: second.entity, arrest: Boolean(issued[1]) });
      } else if (by && FOR_GAP.test(gap)) {
        found.push({ court: first.entity, person: second.entity, arrest: Boolean(by[1]) });
      }
    }
  }
  return found;
};

export const organisationWarrant: Rule = {
  id: "which-organisation.warrant",
  type: "which-organisation",
  description: "The court that has issued a warrant against a named person",
  apply: (article, knowledge) => {
    const candidates: Candidate[] = [];
    const asked = new Set<string>();
    for (const sentence of article.sentences) {
      for (const { court, person, arrest } of warrantsIn(article, sentence.index)) {
        if (asked.has(person.id) || !(person.role || person.title)) continue;
        asked.add(person.id);
        const warrant = arrest ? "an arrest warrant" : "a warrant";
        candidates.push({
          ruleId: "which-organisation.warrant",
          type: "which-organisation",
          // A warrant stands until withdrawn: no month to anchor, as with "Who brokered ...".
          stem: `Which court has issued ${warrant} against ${personPhrase(knowledge, person)}?`,
          ...entityAnswer(court),
          sentence,
          reliesOn: [person.id],
          alsoTrue: sameKindIn(article, sentence.index, court),
          priority: 0.8,
        });
      }
    }
    return candidates;
  },
};
