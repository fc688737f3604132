// The machine-checkable checks of ../shared/notes/question-quality.md, in one ordered list. A draft
// that fails one becomes a Rejected value carrying the first failure's reason.
import type { AnalysedArticle, Candidate } from "../types";
import {
  answerInStem,
  answerNotInArticle,
  approximateNumber,
  explanationNotInArticle,
  typeMismatch,
} from "./answer";
import { checkOptions } from "./options";
import { checkStem, type Failure } from "./stem";

export { checkOptions, isNested, sameOption } from "./options";
export type { Failure } from "./stem";
export { checkStem, MAX_STEM_WORDS } from "./stem";

/** Whether the answer is a country and the only country the source sentence names. */
const onlyCountryOfSentence = (candidate: Candidate, article: AnalysedArticle): boolean => {
  const kind = candidate.answerKind;
  if (kind.kind !== "entity" || kind.entity.kind !== "place") return false;
  if (kind.entity.placeType !== "country") return false;
  const at = candidate.sentence.index;
  return !article.entities.some(
    (e) =>
      e.id !== kind.entity.id &&
      e.kind === "place" &&
      (e.placeType === "country" || e.placeType === "city" || e.placeType === "state") &&
      e.mentions.some((m) => m.sentence === at),
  );
};

/** Whether the blank is the only place or organisation the source sentence names. */
const soleThingOfSentence = (candidate: Candidate, article: AnalysedArticle): boolean => {
  const kind = candidate.answerKind;
  if (!candidate.stem.includes("____") || kind.kind !== "entity") return false;
  if (kind.entity.kind === "person") return false;
  const at = candidate.sentence.index;
  return !article.entities.some(
    (e) =>
      e.id !== kind.entity.id && e.kind !== "person" && e.mentions.some((m) => m.sentence === at),
  );
};

/** The one article person the stem names (full name or alias), when there is exactly one. */
const onePersonNamed = (
  candidate: Candidate,
  article: AnalysedArticle,
): { onePersonNamed?: string } => {
  const named: string[] = [];
  for (const entity of article.entities) {
    if (entity.kind !== "person") continue;
    const name = [entity.name, ...entity.aliases].find((n) =>
      new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(candidate.stem),
    );
    if (name) named.push(name);
  }
  const answerIsPerson =
    candidate.answerKind.kind === "entity" && candidate.answerKind.entity.kind === "person";
  return named.length === 1 && !answerIsPerson && named[0] ? { onePersonNamed: named[0] } : {};
};

export interface Draft extends Candidate {
  options: string[];
  answerIndex: number;
}

/** Checks a candidate needs before distractors are chosen (cheap, and they explain most rejections). */
export const checkCandidate = (
  candidate: Candidate,
  article: AnalysedArticle,
): Failure | undefined =>
  checkStem(candidate.stem, {
    personSubject:
      candidate.type === "who" &&
      /^(?:(?:In|On|As of) [^,]+, )?(?:who|which)\b/i.test(candidate.stem),
    countryBlank: onlyCountryOfSentence(candidate, article),
    soleThingBlank: soleThingOfSentence(candidate, article),
    ...onePersonNamed(candidate, article),
  }) ??
  typeMismatch(candidate) ??
  answerInStem(candidate) ??
  approximateNumber(candidate) ??
  answerNotInArticle(candidate, article) ??
  explanationNotInArticle(candidate, article);

export const checkDraft = (draft: Draft, article: AnalysedArticle): Failure | undefined =>
  checkCandidate(draft, article) ?? checkOptions(draft.options, draft.answerIndex, draft.answer);
