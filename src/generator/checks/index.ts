// The machine-checkable checks of ../shared/notes/question-quality.md, in one ordered list. A draft
// that fails one becomes a Rejected value carrying the first failure's reason.

import { escapeRegExp } from "../regexp";
import type { AnalysedArticle, Candidate } from "../types";
import {
  answerInStem,
  answerNotInArticle,
  approximateNumber,
  explanationNotInArticle,
  typeMismatch,
} from "./answer";
import { checkOptions } from "./options";
import { droppedQualifier, recentAsMonth } from "./qualifier";
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

/**
 * Where the stem names an article person (full name or alias), and the blank when it stands for
 * one. A stem whose answer is a person not shown as a blank ("To whom ...?") gives none: a he/she
 * could then mean the answer.
 */
const peopleNamed = (
  candidate: Candidate,
  article: AnalysedArticle,
): { peopleNamedAt?: number[] } => {
  const answerIsPerson =
    candidate.answerKind.kind === "entity" && candidate.answerKind.entity.kind === "person";
  const blank = candidate.stem.indexOf("____");
  if (answerIsPerson && blank < 0) return {};
  const at: number[] = answerIsPerson ? [blank] : [];
  for (const entity of article.entities) {
    if (entity.kind !== "person") continue;
    const names = [entity.name, ...entity.aliases].map(escapeRegExp).join("|");
    const found = new RegExp(`\\b(?:${names})\\b`).exec(candidate.stem);
    if (found) at.push(found.index);
  }
  return { peopleNamedAt: at.sort((x, y) => x - y) };
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
    ...peopleNamed(candidate, article),
  }) ??
  typeMismatch(candidate) ??
  answerInStem(candidate) ??
  approximateNumber(candidate) ??
  droppedQualifier(candidate) ??
  recentAsMonth(candidate) ??
  answerNotInArticle(candidate, article) ??
  explanationNotInArticle(candidate, article);

export const checkDraft = (draft: Draft, article: AnalysedArticle): Failure | undefined =>
  checkCandidate(draft, article) ?? checkOptions(draft.options, draft.answerIndex, draft.answer);
