// "Before Graham's death, Republicans held a 53-47 majority in the Senate": the opening clause
// says when the fact held. A stem that drops it ("In July 2026, what majority did the Republicans
// hold?") asks about a time the fact may no longer be true (checks 2 and 7).
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
