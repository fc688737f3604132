// Passives name the doer after "by": "The Abraham Accords were brokered by Donald Trump" and
// "The event, headlined by Prime Minister Narendra Modi, ..." → "Who brokered the Abraham
// Accords?", "Who headlined the India Maritime Week event?".
import type { AnalysedArticle, Candidate, Entity, QuestionType, Rule } from "../types";
import { askable, entityAnswer, sameKindIn, typeForEntity } from "./answer";
import { clausesOf } from "./event";
import {
  anchored,
  hasQuote,
  mentionsInSentence,
  resolvedSpan,
  timeAnchor,
  wordCount,
} from "./stem";
import { subjectPhrase } from "./subject";
import { eventVerb } from "./verbs";

// "by Bharat Biotech", "by the Hyderabad-based Bharat Biotech": the doer right after "by".
const BY_AGENT = /\s*\bby\s+(?:the\s+)?(?:[\w-]+-based\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$/;
const PASSIVE_AUX = /^(was|were|is|are|has been|have been|had been|will be)$/;
// "The India Maritime Week event, headlined by <name>,": a reduced relative after the subject.
const REDUCED = /^(The [^,;:"“”]{3,70}), ([a-z]+ed) by (?:[A-Z][\w.’'-]*\s+){0,3}$/;

const whOf = (entity: Entity): string | undefined => {
  const type = typeForEntity(entity);
  if (type === "who") return "Who";
  if (type === "which-company") return "Which company";
  if (type === "which-organisation") return "Which organisation";
  if (type === "which-country") return "Which country";
  return undefined;
};

/** "brokered" → "brokered"; "written" → "wrote": the active past of a participle. */
const activePast = (participle: string): string => {
  const verb = eventVerb(participle);
  if (!verb) return participle;
  return verb.form === "participle"
    ? eventVerb(verb.base)
      ? pastOf(verb.base, participle)
      : participle
    : participle;
};
const pastOf = (base: string, fallback: string): string => {
  for (const form of [`${base}ed`, `${base}d`]) if (eventVerb(form)?.form === "past") return form;
  return fallback;
};

export const byAgent = (type: QuestionType, id: string, priority: number): Rule => ({
  id,
  type,
  description: `The doer named after "by" in a passive (${type})`,
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (typeForEntity(entity) !== type || !askable(entity, knowledge)) continue;
        const wh = whOf(entity);
        const after = sentence.text.slice(mention.end);
        if (!wh || !/^\s*([,.;]|$|and\s)/.test(after)) continue;
        const before = sentence.text.slice(0, mention.start);
        let stem: string | undefined;
        let clauseStart = 0;
        let clauseEnd = mention.end;
        const reduced = REDUCED.exec(before);
        if (reduced?.[1] && reduced[2]) {
          const object = resolvedSpan(article, sentence, 0, reduced[1].length);
          if (object && wordCount(object) <= 10)
            stem = `${wh} ${reduced[2]} ${object.replace(/^The\s/, "the ")}?`;
        } else {
          const clause = clausesOf(sentence).find(
            (c) =>
              c.aux &&
              PASSIVE_AUX.test(c.aux.text) &&
              BY_AGENT.test(sentence.text.slice(c.verb.end, mention.start)) &&
              sentence.text.slice(c.verb.end, mention.start).trim().split(/\s+/).length <= 6,
          );
          if (clause) {
            const object = subjectPhrase(article, sentence, clause);
            const between = sentence.text
              .slice(clause.verb.end, mention.start)
              .replace(BY_AGENT, "");
            if (object && wordCount(object) <= 10 && !/^[A-Z][a-z]+$/.test(object)) {
              stem = `${wh} ${activePast(clause.verb.text)} ${object}${between ? ` ${between.trim()}` : ""}?`;
              clauseStart = clause.subject.start;
              clauseEnd = clause.predicate.end;
            }
          }
        }
        if (!stem) continue;
        candidates.push({
          ruleId: id,
          type,
          stem: anchored(stem, timeAnchor(article, sentence, clauseStart, clauseEnd)),
          ...entityAnswer(entity),
          sentence,
          reliesOn: [],
          alsoTrue: sameKindIn(article, sentence.index, entity),
          priority,
        });
      }
    }
    return candidates;
  },
});

export const whoByAgent = byAgent("who", "who.by-agent", 0.8);
export const companyByAgent = byAgent("which-company", "which-company.by-agent", 0.75);
export const organisationByAgent = byAgent(
  "which-organisation",
  "which-organisation.by-agent",
  0.7,
);
