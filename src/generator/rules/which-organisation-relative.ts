// A relative clause after a body's name: "Hezbollah, which is backed by Iran, fired rockets ..."
// → "Which armed group in Lebanon is backed by Iran?". The clause describes the body itself; the
// main clause is left to other rules. Only at the head of the sentence, with a plain predicate.
import type { AnalysedArticle, Candidate, OrganisationEntity, Rule } from "../types";
import { askable, entityAnswer, sameKindIn } from "./answer";
import { hasQuote, mentionsInSentence, resolvedSpan, wordCount } from "./stem";

// ", which <verb> ...," then the main clause.
const RELATIVE = /^,\s+which\s+([^,;:]+),\s+/;
// The relative clause opens on a finite verb: "draws", "is backed", "has ruled", "controls".
const FINITE = /^(?:(?:is|are|was|were|has|have|had)\s+)?(?:also\s+)?[a-z]+(?:s|ed|en)?\b/;
const DEICTIC = /\b(he|she|it|they|them|his|her|their|this|these|those|that|here|there)\b/i;
const NEGATION = /\b(not|never|no|no longer|neither|nor|none)\b|n[’']t\b/i;
// "which means", "which said": speech or a gloss, not a description of the body.
const NOT_DESCRIPTION = /^(?:means|meant|said|says|added|told|claims?|claimed)\b/;

const NOUN: Partial<Record<OrganisationEntity["orgType"], string>> = {
  "armed-group": "armed group",
  "political-party": "political party",
};

export const organisationRelative: Rule = {
  id: "which-organisation.relative-clause",
  type: "which-organisation",
  description: "A body described by a 'which' clause after its name at the head of a sentence",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const first = mentionsInSentence(article, sentence.index)[0];
      if (first?.entity.kind !== "organisation") continue;
      const body = first.entity;
      const noun = NOUN[body.orgType];
      if (!noun || !askable(body, knowledge)) continue;
      if (!/^(?:The\s+)?$/.test(sentence.text.slice(0, first.mention.start))) continue;
      const relative = RELATIVE.exec(sentence.text.slice(first.mention.end));
      const clause = relative?.[1]?.trim();
      if (!relative || !clause || !FINITE.test(clause) || NOT_DESCRIPTION.test(clause)) continue;
      const from = first.mention.end + relative[0].indexOf(clause);
      const text = resolvedSpan(article, sentence, from, from + clause.length);
      if (!text || hasQuote(text) || DEICTIC.test(text) || NEGATION.test(text)) continue;
      if (wordCount(text) < 3 || wordCount(text) > 16) continue;
      const where = body.country ? ` in ${body.country}` : "";
      const stem = `Which ${noun}${where} ${text}?`;
      // The country must not name the body: "Which armed group in Pakistan" for the
      // "Balochistan Liberation Army" stays, but not a body called after its country.
      if (body.country && body.name.includes(body.country)) continue;
      candidates.push({
        ruleId: "which-organisation.relative-clause",
        type: "which-organisation",
        stem,
        ...entityAnswer(body),
        sentence,
        reliesOn: [],
        alsoTrue: sameKindIn(article, sentence.index, body),
        priority: 0.75,
      });
    }
    return candidates;
  },
};
