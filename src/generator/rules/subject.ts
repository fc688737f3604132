// Who or what a clause is about: the subject as a phrase a stem can carry, and the entity it names.
import type { AnalysedArticle, Entity, Sentence } from "../types";
import { entityById } from "./answer";
import type { Clause } from "./clause";
import { hasQuote, mentionsInSentence, resolvedSpan } from "./stem";

const BARE_PRONOUN =
  /^(he|she|it|they|we|i|you|this|these|those|that|there|one|some|many|others?)$/i;
// The newsroom itself is not news: "When did the BBC arrive at the scene?"
const REPORTER =
  /\b(BBC|CNN|Reuters|AFP|PTI|ANI|reporters?|journalists?|correspondents?|this newspaper)\b/i;
const DEICTIC_HEAD =
  /^(this|these|those|that|its|his|her|their|our|my|such|both|many|some|several|most|few|other|others|another)\b/i;

const REPORTED = /\b(said|says|told|tells|added|according|reported|quoted)\b/i;

// "Businessman Mohamed Mohideen": a description, lower case mid-sentence, not a title.
const ROLE_OPENERS =
  /^(Businessman|Businesswoman|Activist|Lawyer|Author|Writer|Teacher|Farmer|Student|Mountaineer|Climber|Journalist|Poet|Entrepreneur|Rider|Resident)$/;

const COMMON_OPENERS =
  /^(Former|Ex|Then|Businessman|Businesswoman|Activist|Lawyer|Author|Writer|Teacher|Farmer|Student|Mountaineer|Climber|Journalist|Poet|Entrepreneur|Rider|Resident|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Several|Most|All|Both|Each|Hundreds|Thousands|Dozens|Millions|Officials|Police|Firefighters|At|About|Around|Nearly|Almost|More|Over|Up|Farmers|Fishermen|Traders|Teachers|Students|Doctors|Nurses|Villagers|Drivers|Pilots|Passengers|Voters|Lawmakers|Children|Women|Men|Rescuers|Residents|Migrants|Experts|Scientists|People|Authorities|Troops|Soldiers|Protesters|Workers|Researchers)$/;

/** A capitalised opener that the article also writes in lower case is a common word. */
const isCommonWord = (article: AnalysedArticle, word: string): boolean => {
  const lower = new RegExp(`(^|[^A-Za-z])${word.toLowerCase()}\\b`);
  return article.sentences.some((s) => lower.test(s.text));
};

const DESCRIPTOR =
  /^(?:the\s+|The\s+)?(?!.*\b(?:his|her|its|their|this|that|these|those|a|an|and|or|of|with|who|which|for|to|in|on|at|by|from)\b)(?:[\w.’'-]+\s*){1,6}$/i;

/** The person a leading "He"/"She" stands for, from the analysis. */
export const resolvedPronoun = (
  article: AnalysedArticle,
  sentence: Sentence,
): Entity | undefined => {
  const id = article.pronouns.get(sentence.index);
  const entity = id ? entityById(article, id) : undefined;
  // Trusted only when the previous sentence is about that person as its subject and reports
  // no speech: after "..., Crispen said." a "He" is as likely the man Crispen spoke of.
  const previous = article.sentences[sentence.index - 1];
  if (!entity || !previous || REPORTED.test(previous.text) || hasQuote(previous.text))
    return undefined;
  const opensWith = entity.mentions.some((m) => m.sentence === previous.index && m.start <= 40);
  return opensWith ? entity : undefined;
};

/** The subject as it can stand inside a stem, or undefined when it cannot stand alone. */
/** "In 2023 he published ...": a date opener without its comma is not part of the subject. */
export const withoutDateOpener = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
): Clause => {
  const date = article.dates.find(
    (d) =>
      d.sentence === sentence.index &&
      d.start === clause.subject.start &&
      d.end < clause.subject.end,
  );
  if (!date) return withoutDateTail(article, sentence, clause);
  const start = date.end + (/^\s*/.exec(sentence.text.slice(date.end))?.[0].length ?? 0);
  return {
    ...clause,
    subject: {
      start,
      end: clause.subject.end,
      text: sentence.text.slice(start, clause.subject.end),
    },
  };
};

/** The date a subject ends with: "the US government last month ordered ..." (June 2026). */
export const subjectDate = (article: AnalysedArticle, sentence: Sentence, clause: Clause) =>
  article.dates.find(
    (d) =>
      d.sentence === sentence.index &&
      d.end === clause.subject.end &&
      d.start > clause.subject.start &&
      /\s$/.test(sentence.text.slice(clause.subject.start, d.start)),
  );

/** "the US government last month" → "the US government": the date is the clause's, asked apart. */
const withoutDateTail = (article: AnalysedArticle, sentence: Sentence, clause: Clause): Clause => {
  const date = subjectDate(article, sentence, clause);
  if (!date) return clause;
  const end =
    clause.subject.start + sentence.text.slice(clause.subject.start, date.start).trimEnd().length;
  return {
    ...clause,
    subject: {
      start: clause.subject.start,
      end,
      text: sentence.text.slice(clause.subject.start, end),
    },
  };
};

export const subjectPhrase = (
  article: AnalysedArticle,
  sentence: Sentence,
  parsed: Clause,
): string | undefined => {
  const clause = withoutDateOpener(article, sentence, parsed);
  const text = clause.subject.text;
  if (REPORTER.test(text)) return undefined;
  if (/^(he|she)$/i.test(text)) return resolvedPronoun(article, sentence)?.name;
  if (BARE_PRONOUN.test(text) || DEICTIC_HEAD.test(text)) return undefined;
  // "Lee" alone → "Lee Jae Myung": a surname is not self-contained.
  const named = mentionsInSentence(article, sentence.index).find(
    (m) => m.mention.start === clause.subject.start && m.mention.end === clause.subject.end,
  );
  if (named?.entity.kind === "person" && named.mention.text !== named.entity.name) {
    return named.entity.name;
  }
  const resolved = resolvedSpan(article, sentence, clause.subject.start, clause.subject.end);
  if (!resolved) return undefined;
  // "A huge fire tore through ..." stays "a huge fire": "the" would point back into the article.
  const phrase = resolved.replace(
    /^(A|An|The)\s/,
    (_, article: string) => `${article.toLowerCase()} `,
  );
  // "Two boats carrying ..." → "two boats carrying ...": common words lose their capital mid-stem.
  const first = /^[A-Z][a-z]+\b/.exec(phrase)?.[0];
  // "Prime Minister Pedro Sánchez" keeps its capitals: the next word is capitalised too.
  const titled = /^[A-Z][a-z]+\s+[A-Z]/.test(phrase);
  const roleNoun = first !== undefined && ROLE_OPENERS.test(first);
  if (
    first &&
    (roleNoun || (!titled && (COMMON_OPENERS.test(first) || isCommonWord(article, first))))
  ) {
    return phrase.charAt(0).toLowerCase() + phrase.slice(1);
  }
  return phrase;
};

// "Businessman Mohamed Mohideen", "resident Shakeel Mohamed": a description, not an office.
const PRIVATE_TITLE =
  /^(businessman|businesswoman|resident|student|teacher|farmer|worker|rider|driver|witness|survivor|villager|mother|father)$/i;

/**
 * Whether the clause is about a private person (no office, no typed role, not in the headline):
 * the year he moved or the years she worked there are not exam material.
 */
export const aboutPrivatePerson = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
): boolean => {
  const person = subjectEntity(article, sentence, clause)?.entity;
  if (person?.kind !== "person") return false;
  if ([person.name, ...person.aliases].some((n) => n && article.title.includes(n))) return false;
  if (!person.role && !person.title) return true;
  return PRIVATE_TITLE.test(person.title ?? "") && !person.affiliation;
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
  parsed: Clause,
): SubjectEntity | undefined => {
  const clause = withoutDateOpener(article, sentence, parsed);
  if (REPORTER.test(clause.subject.text)) return undefined;
  if (/^(he|she)$/i.test(clause.subject.text)) {
    const entity = resolvedPronoun(article, sentence);
    return entity ? { entity, descriptor: "", viaPronoun: true } : undefined;
  }
  const inside = mentionsInSentence(article, sentence.index).filter(
    (m) => m.mention.start >= clause.subject.start && m.mention.end <= clause.subject.end,
  );
  if (inside.length !== 1) return undefined;
  // A single name with a plural verb ("Israel were ...") means the subject was misread.
  const verb = (clause.aux?.text.split(" ")[0] ?? clause.verb.text).toLowerCase();
  if (/^(are|were|have)$/.test(verb)) return undefined;
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
  // Titles and descriptions before the name: "South Korean President", "Chinese EV maker",
  // "Moscow region governor". Not a possessive, a pronoun or a second noun phrase.
  if (descriptor && !DESCRIPTOR.test(descriptor)) return undefined;
  return { entity: only.entity, descriptor, viaPronoun: false };
};
