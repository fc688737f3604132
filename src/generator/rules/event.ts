// Shared reading of "<subject> <event verb> <rest>" clauses for the subject-of-event rules.
import type { AnalysedArticle, Candidate, Entity, QuestionType, Sentence } from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { type Clause, parseClauses } from "./clause";
import { hasQuote, mentionsInSentence, resolvedSpan, wordCount } from "./stem";
import { type SubjectEntity, subjectEntity } from "./subject";

export interface EventMatch {
  sentence: Sentence;
  clause: Clause;
  subject: SubjectEntity;
  /** "had fired a test missile into the Yellow Sea", relative dates resolved. */
  predicate: string;
}

// Negated facts make poor questions: "Which country is not ...?"
const NEGATION = /\b(not|never|no|no longer|neither|nor|none)\b|n[’']t\b/i;

const CLAIMED =
  /\b(claim(?:s|ed)?|alleg(?:es|ed)|accus(?:es|ed)|believ(?:es|ed)|fear(?:s|ed)|suggest(?:s|ed)|insist(?:s|ed)|argu(?:es|ed)|denie[sd]|said|says|told \w+)\s+(?:that\s+)?$/i;

const SUBORDINATE =
  /\b(after|before|because|since|until|although|though|if|once|unless|whereas|(?<!such |well )as)\s+$/i;

const clauseCache = new WeakMap<Sentence, Clause[]>();
export const clausesOf = (sentence: Sentence): Clause[] => {
  let clauses = clauseCache.get(sentence);
  if (!clauses) {
    clauses = parseClauses(sentence);
    clauseCache.set(sentence, clauses);
  }
  return clauses;
};

/** The predicate with its auxiliary, relative dates resolved; undefined if it cannot stand alone. */
export const predicateText = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
): string | undefined => {
  const start = clause.aux ? clause.aux.start : clause.verb.start;
  // "... with the caption "...": cut off before a quotation, the predicate is incomplete.
  if (/^\s*["“‘']/.test(sentence.text.slice(clause.predicate.end))) return undefined;
  // "has, yet again, withdrawn" → "has again withdrawn": the aside reads as plain English.
  const text = resolvedSpan(article, sentence, start, clause.predicate.end)?.replace(
    /^(has|have|had|is|are|was|were),\s+(?:yet\s+)?again,\s+/,
    "$1 again ",
  );
  if (!text || hasQuote(text) || NEGATION.test(text)) return undefined;
  if (/^(replac|succeed|overtak|supplant|displac)/i.test(clause.verb.text) && !/\bas\b/.test(text))
    return undefined;
  const words = wordCount(text);
  if (words < 2 || words > 24) return undefined;
  // "proposed in 2025": a predicate that is only a verb and a date says nothing.
  const content = text
    .replace(/\b(on|in|by|since)\s+(\d{1,2}\s+)?([A-Z][a-z]+\s+)?\d{4}\b/g, "")
    .trim();
  if (wordCount(content) < 2) return undefined;
  // "officials have warned": nothing after the verb, nothing to ask about.
  if (
    clause.verb.form !== "copula" &&
    !sentence.text.slice(clause.verb.end, clause.predicate.end).trim()
  ) {
    return undefined;
  }
  // "between engaging with China": the other half was cut off at a comma.
  if (/\bbetween\b(?!.*\band\b)/.test(text)) return undefined;
  // "has won 61" (of "61, 66, 64 medals"): a bare figure at the end was cut from its noun.
  if (/\b(won|wins|has|have|had|secured|scored|took|got|bagged)\s+[\d,.]+$/.test(text))
    return undefined;
  // A predicate ending on a preposition or article was cut mid-phrase.
  if (/\b(the|a|an|of|to|in|on|at|for|with|by|from|and|or)$/i.test(text)) return undefined;
  return text;
};

// Every clause's subject entity and predicate, read once per article: several rules ask.
const matchCache = new WeakMap<AnalysedArticle, EventMatch[]>();
const allMatches = (article: AnalysedArticle): EventMatch[] => {
  const cached = matchCache.get(article);
  if (cached) return cached;
  const matches: EventMatch[] = [];
  for (const sentence of article.sentences) {
    for (const clause of clausesOf(sentence)) {
      // "China has claimed that Japan is planning ...": a claim is not a fact to test.
      if (CLAIMED.test(sentence.text.slice(0, clause.subject.start))) continue;
      // "... after Japan was defeated in the war": background to the sentence's fact.
      if (SUBORDINATE.test(sentence.text.slice(0, clause.subject.start))) continue;
      const subject = subjectEntity(article, sentence, clause);
      if (!subject) continue;
      const predicate = predicateText(article, sentence, clause);
      if (predicate) matches.push({ sentence, clause, subject, predicate });
    }
  }
  matchCache.set(article, matches);
  return matches;
};

/** Every clause whose subject is exactly one entity accepted by `accepts`. */
export const eventMatches = (
  article: AnalysedArticle,
  accepts: (entity: Entity) => boolean,
): EventMatch[] => allMatches(article).filter((m) => accepts(m.subject.entity));

/** Ids of the entities mentioned inside a clause's predicate: what the stem relies on. */
export const predicateEntities = (article: AnalysedArticle, match: EventMatch): string[] =>
  mentionsInSentence(article, match.sentence.index)
    .filter(
      (m) =>
        m.mention.start >= match.clause.verb.start && m.mention.end <= match.clause.predicate.end,
    )
    .map((m) => m.entity.id);

export const eventCandidate = (
  article: AnalysedArticle,
  match: EventMatch,
  ruleId: string,
  type: QuestionType,
  stem: string,
  priority: number,
): Candidate => ({
  ruleId,
  type,
  stem,
  ...entityAnswer(match.subject.entity),
  sentence: match.sentence,
  reliesOn: [...new Set(predicateEntities(article, match))],
  alsoTrue: sameKindIn(article, match.sentence.index, match.subject.entity),
  priority,
});
