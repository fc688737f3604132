// "<subject> <event verb> [prep] <entity> ..." → "Which country did <subject> <verb> ...?",
// "With whom did <subject> <verb> ...?": the entity the event was done to or with.
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, Entity, QuestionType, Rule, Sentence } from "../types";
import { askable, entityAnswer, sameKindIn, typeForEntity } from "./answer";
import type { Clause } from "./clause";
import { clausesOf } from "./event";
import { cleanGap, frontedQuestion } from "./fronting";
import { anchored, mentionsInSentence, timeAnchor, upperFirst } from "./stem";
import { placeNoun } from "./where-nouns";

// in/at/near belong to where.event-place.
const PREPOSITIONS = /^(with|against|from|to|for|into|over|toward|towards|alongside)$/i;
// Verbs whose object stands in a role the clause must name ("replaced X as host").
const ROLE_VERBS = /^(replac|succeed|overtak|supplant|displac)/i;
// Titles, demonyms and "the" that stand before a name belong to the gap.
const NAME_PREFIX = /(?:\b(?:the|[A-Z][\w.’'-]*)\s+)*$/;

/**
 * Countries the subject itself stands for: "Which country did the Biden administration push ...?"
 * cannot offer the United States. A person's nationality, or an "administration" (a US usage).
 */
const subjectCountries = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
): string[] => {
  const subject = sentence.text.slice(clause.subject.start, clause.subject.end);
  const found = article.entities.flatMap((e) =>
    e.kind === "person" &&
    e.nationality &&
    [e.name, ...e.aliases].some((n) => n && subject.includes(n))
      ? [e.nationality]
      : [],
  );
  if (/\badministration\b/.test(subject)) found.push("United States");
  return found;
};

const DESCRIBED =
  /^(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,2}(?:firm|company|maker|start-up|startup|giant|conglomerate|carmaker|chipmaker|automaker|airline|lender|manufacturer|developer)$/;

const whNoun = (entity: Entity, knowledge: Knowledge): string | undefined => {
  if (entity.kind === "person") return undefined;
  if (entity.kind === "organisation")
    return entity.orgType === "company" ? "company" : "organisation";
  return placeNoun(entity, knowledge);
};

const objectGap = (
  sentence: Sentence,
  clause: Clause,
  start: number,
  end: number,
): { start: number; end: number; preposition?: string; descriptor?: string } | undefined => {
  const before = sentence.text.slice(clause.verb.end, start);
  const prefix = NAME_PREFIX.exec(before)?.[0] ?? "";
  const lead = before.slice(0, before.length - prefix.length).trim();
  const gapStart = start - prefix.length;
  if (lead === "") return { start: gapStart, end };
  // "ordered American tech firm Anthropic to ...": the description goes with the gap and stays in
  // the question ("Which American tech firm did ... order ...?").
  const described = DESCRIBED.exec(before.trim());
  if (described) {
    const at = clause.verb.end + before.indexOf(described[0]);
    return { start: at, end, descriptor: described[0] };
  }
  const words = lead.split(/\s+/);
  const preposition = words[words.length - 1] ?? "";
  if (!PREPOSITIONS.test(preposition)) return undefined;
  // Only "<verb> [object] <prep> <name>": at most four words between the verb and the preposition.
  if (words.length > 5) return undefined;
  return { start: gapStart - preposition.length - 1, end, preposition: preposition.toLowerCase() };
};

const objectOfEvent = (type: QuestionType, id: string, priority: number): Rule => ({
  id,
  type,
  description: `The ${type} an event was done to or with, asked with do-support`,
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const mentions = mentionsInSentence(article, sentence.index);
      for (const clause of clausesOf(sentence)) {
        if (clause.verb.form === "copula") continue;
        // "Birmingham replaced Durban": replaced as what the clause does not say.
        if (ROLE_VERBS.test(clause.verb.text) && !/\bas\b/.test(clause.predicate.text)) continue;
        for (const { entity, mention } of mentions) {
          if (typeForEntity(entity) !== type || !askable(entity, knowledge)) continue;
          if (mention.start <= clause.verb.end || mention.end > clause.predicate.end) continue;
          // "The win took India, ranked No. 7, to third place": the clause goes on after the
          // apposition, so the stem would end too early.
          if (
            /^,\s+[a-z]/.test(sentence.text.slice(mention.end)) &&
            mention.end >= clause.predicate.end
          )
            continue;
          // "China’s influence": the name only modifies the object.
          if (/^[’']s\b/.test(sentence.text.slice(mention.end))) continue;
          const gap = objectGap(sentence, clause, mention.start, mention.end);
          if (!gap || !cleanGap(sentence.text, gap, clause.predicate.end)) continue;
          const noun = whNoun(entity, knowledge);
          const wh = gap.preposition
            ? `${upperFirst(gap.preposition)} ${noun ? `which ${noun}` : "whom"}`
            : gap.descriptor && entity.kind === "organisation"
              ? `Which ${gap.descriptor}`
              : noun
                ? `Which ${noun}`
                : "Whom";
          const question = frontedQuestion(article, sentence, clause, gap, wh);
          if (!question) continue;
          candidates.push({
            ruleId: id,
            type,
            // "the US government last month ordered ...": that date is the clause's own.
            stem: anchored(
              question,
              timeAnchor(article, sentence, clause.subject.start, clause.predicate.end),
            ),
            ...entityAnswer(entity),
            sentence,
            reliesOn: [],
            alsoTrue: [
              ...sameKindIn(article, sentence.index, entity),
              ...subjectCountries(article, sentence, clause),
            ],
            priority,
          });
        }
      }
    }
    return candidates;
  },
});

export const whoObjectOfEvent = objectOfEvent("who", "who.object-of-event", 0.65);
export const whereObjectOfEvent = objectOfEvent("where", "where.object-of-event", 0.7);
export const countryObjectOfEvent = objectOfEvent(
  "which-country",
  "which-country.object-of-event",
  0.65,
);
export const companyObjectOfEvent = objectOfEvent(
  "which-company",
  "which-company.object-of-event",
  0.7,
);
export const organisationObjectOfEvent = objectOfEvent(
  "which-organisation",
  "which-organisation.object-of-event",
  0.65,
);
