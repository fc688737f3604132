// "Until the senator resigned, the ruling party had a 51-49 edge in the upper house": the opening
// clause says when the fact held. A stem that drops it ("In May 2026, what edge did the ruling
// party have?") asks about a time the fact may no longer be true (checks 2 and 7).
import { normaliseOption } from "../normalise";
import type { Candidate } from "../types";
import type { Failure } from "./stem";

const OPENING = /^(?:Before|Until|Till|Prior to|Up to|Up until)\s+([^,]{3,80}),\s/;
const SMALL = new Set(["the", "a", "an", "of", "his", "her", "its", "their", "this", "that"]);

/** The fact's opening time clause, when the stem does not carry its words. */
export const droppedQualifier = (candidate: Candidate): Failure | undefined => {
  const clause = OPENING.exec(candidate.sentence.text)?.[1];
  if (!clause) return undefined;
  // A cloze keeps the sentence, clause and all.
  if (candidate.stem.includes("____")) return undefined;
  const stem = new Set(normaliseOption(candidate.stem).split(" "));
  const words = normaliseOption(clause)
    .split(" ")
    .filter((w) => w.length > 2 && !SMALL.has(w));
  if (words.length === 0 || words.every((w) => stem.has(w))) return undefined;
  return { reason: "relative-time", detail: `drops "${clause}"` };
};

const RECENTLY = /\b(?:recently|lately|in recent (?:days|weeks|months))\b/i;
const MONTH_ANCHOR =
  /\b(?:in|In) (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

/**
 * "The dispute flared again recently, after the Prime Minister travelled to Algeria": "recently"
 * gives no month, so a stem that says "in July 2026" dates the event from the article's own date
 * and may be wrong (check 2).
 */
export const recentAsMonth = (candidate: Candidate): Failure | undefined =>
  RECENTLY.test(candidate.sentence.text) && MONTH_ANCHOR.test(candidate.stem)
    ? { reason: "relative-time", detail: '"recently" is no month' }
    : undefined;
