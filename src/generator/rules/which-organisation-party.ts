// A politician's party, where the article ties the two in one phrase: "Forza Italia, the
// centre-right party of Foreign Minister Antonio Tajani," / "Imran Khan's PTI" / "BJP leader
// Suvendu Adhikari" → "As of August 2026, the Italian Foreign Minister Antonio Tajani belongs to
// which political party?". The options are the parties of the same country (distractors/entities.ts).
import type {
  AnalysedArticle,
  Candidate,
  Mention,
  OrganisationEntity,
  PersonEntity,
  Rule,
  Sentence,
} from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { personPhrase } from "./person-phrase";
import { anchorOf, hasQuote, mentionsInSentence } from "./stem";

// "<Party>, the (hard-right|ruling|...) party of <Title> <Person>": up to three words before
// "party", then the person's title words.
const PARTY_OF = /^,\s+the\s+(?:[\w-]+\s+){0,3}party\s+of\s+(?:(?:the\s+)?[A-Z][\w.-]*\s+){0,3}$/;
// "<Person>’s <Party>": the possessive joins them directly.
const OWN = /^[’']s\s+$/;
// "<Party> leader|chief|founder|president <Person>": the party's own office before the name.
const PARTY_OFFICE =
  /^\s+(?:leader|chief|founder|president|chairman|chairperson|chair|general secretary)\s+(?:(?:[A-Z][\w.-]*)\s+){0,2}$/;
// "the former party of X", "his then party": a past or disputed tie is no key.
const PAST = /\b(former|ex-|then|old|erstwhile|breakaway|rival)\b/i;

interface Tie {
  person: PersonEntity;
  party: OrganisationEntity;
  sentence: Sentence;
}

const isParty = (entity: { kind: string }): entity is OrganisationEntity =>
  entity.kind === "organisation" && (entity as OrganisationEntity).orgType === "political-party";

/** The ties one sentence states between a person and a party. */
const tiesIn = (article: AnalysedArticle, sentence: Sentence): Tie[] => {
  const ties: Tie[] = [];
  const mentions = mentionsInSentence(article, sentence.index);
  const text = sentence.text;
  const between = (a: Mention, b: Mention) => text.slice(a.end, b.start);
  for (let k = 0; k + 1 < mentions.length; k++) {
    const first = mentions[k];
    const second = mentions[k + 1];
    if (!first || !second) continue;
    const gap = between(first.mention, second.mention);
    const before = text.slice(Math.max(0, first.mention.start - 24), first.mention.start);
    if (PAST.test(gap) || PAST.test(before)) continue;
    if (isParty(first.entity) && second.entity.kind === "person") {
      if (PARTY_OF.test(gap) || PARTY_OFFICE.test(gap)) {
        ties.push({ person: second.entity, party: first.entity, sentence });
      }
    } else if (first.entity.kind === "person" && isParty(second.entity) && OWN.test(gap)) {
      ties.push({ person: first.entity, party: second.entity, sentence });
    }
  }
  return ties;
};

export const organisationParty: Rule = {
  id: "which-organisation.party-of",
  type: "which-organisation",
  description: "The party a politician belongs to, from 'the party of X' or 'X's <Party>'",
  apply: (article, knowledge) => {
    const anchor = anchorOf(article);
    const candidates: Candidate[] = [];
    const asked = new Set<string>();
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const { person, party } of tiesIn(article, sentence)) {
        if (asked.has(person.id)) continue;
        // Another party tied to the same person anywhere in the article makes the key unsure.
        const other = article.sentences.some((s) =>
          tiesIn(article, s).some((t) => t.person.id === person.id && t.party.id !== party.id),
        );
        if (other) continue;
        asked.add(person.id);
        const who = personPhrase(knowledge, person);
        const question = `${who} belongs to which political party?`;
        candidates.push({
          ruleId: "which-organisation.party-of",
          type: "which-organisation",
          stem: anchor
            ? `As of ${anchor}, ${question}`
            : `${question.charAt(0).toUpperCase()}${question.slice(1)}`,
          ...entityAnswer(party),
          sentence,
          reliesOn: [person.id],
          alsoTrue: sameKindIn(article, sentence.index, party),
          priority: 0.8,
        });
      }
    }
    return candidates;
  },
};
