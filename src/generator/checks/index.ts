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
  }) ??
  typeMismatch(candidate) ??
  answerInStem(candidate) ??
  approximateNumber(candidate) ??
  answerNotInArticle(candidate, article) ??
  explanationNotInArticle(candidate, article);

export const checkDraft = (draft: Draft, article: AnalysedArticle): Failure | undefined =>
  checkCandidate(draft, article) ?? checkOptions(draft.options, draft.answerIndex, draft.answer);
