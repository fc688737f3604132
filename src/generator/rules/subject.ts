// Who or what a clause is about: the subject as a phrase a stem can carry, and the entity it names.
import type { AnalysedArticle, Entity, Sentence } from "../types";
import { entityById } from "./answer";
import type { Clause } from "./clause";
import { mentionsInSentence, resolvedSpan } from "./stem";

const BARE_PRONOUN =
  /^(he|she|it|they|we|i|you|this|these|those|that|there|one|some|many|others?)$/i;
// The newsroom itself is not news: "When did the BBC arrive at the scene?"
const REPORTER =
  /\b(BBC|CNN|Reuters|AFP|PTI|ANI|reporters?|journalists?|correspondents?|this newspaper)\b/i;
const DEICTIC_HEAD = /^(this|these|those|that|its|his|her|their|our|my|such|both|such)\b/i;

/** The person a leading "He"/"She" stands for, from the analysis. */
export const resolvedPronoun = (
  article: AnalysedArticle,
  sentence: Sentence,
): Entity | undefined => {
  const id = article.pronouns.get(sentence.index);
  return id ? entityById(article, id) : undefined;
};

/** The subject as it can stand inside a stem, or undefined when it cannot stand alone. */
export const subjectPhrase = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
): string | undefined => {
  const text = clause.subject.text;
  if (REPORTER.test(text)) return undefined;
  if (/^(he|she)$/i.test(text)) return resolvedPronoun(article, sentence)?.name;
  if (BARE_PRONOUN.test(text) || DEICTIC_HEAD.test(text)) return undefined;
  const resolved = resolvedSpan(article, sentence, clause.subject.start, clause.subject.end);
  if (!resolved) return undefined;
  return resolved.replace(/^(A|An|The)\s/, "the ");
};

export interface SubjectEntity {
  entity: Entity;
  /** Words before the name inside the subject: "South Korean President". */
  descriptor: string;
  viaPronoun: boolean;
}

/** The entity the subject names, when the subject is exactly one entity (titles allowed before). */
export const subjectEntity = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
): SubjectEntity | undefined => {
  if (REPORTER.test(clause.subject.text)) return undefined;
  if (/^(he|she)$/i.test(clause.subject.text)) {
    const entity = resolvedPronoun(article, sentence);
    return entity ? { entity, descriptor: "", viaPronoun: true } : undefined;
  }
  const inside = mentionsInSentence(article, sentence.index).filter(
    (m) => m.mention.start >= clause.subject.start && m.mention.end <= clause.subject.end,
  );
  if (inside.length !== 1) return undefined;
  const only = inside[0];
  if (!only || only.mention.end !== clause.subject.end) return undefined;
  const full = sentence.text.slice(clause.subject.start, only.mention.end);
  const names = [only.entity.name, ...("aliases" in only.entity ? only.entity.aliases : [])];
  const name = names.filter((n) => n && full.endsWith(n)).sort((a, b) => b.length - a.length)[0];
  const descriptor = (
    name
      ? full.slice(0, full.length - name.length)
      : full.slice(0, only.mention.start - clause.subject.start)
  ).trim();
  if (descriptor && !/^([A-Z][\w.-]*\s*)+$/.test(descriptor)) return undefined;
  return { entity: only.entity, descriptor, viaPronoun: false };
};
