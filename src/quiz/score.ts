import { type Fraction, sum, times, ZERO } from "./fraction";
import type { Scheme } from "./scheme";

/** One answered (or skipped) question: the choice and the correct index, both in shown order. */
export interface Marked {
  choice: number | null;
  correctIndex: number;
}

export interface Tally {
  score: Fraction;
  maxScore: Fraction;
  correct: number;
  wrong: number;
  skipped: number;
}

export const markOne = (scheme: Scheme, item: Marked): Fraction => {
  if (item.choice === null) return ZERO;
  return item.choice === item.correctIndex ? scheme.correct : scheme.wrong;
};

export const tally = (scheme: Scheme, items: readonly Marked[]): Tally => {
  const correct = items.filter((i) => i.choice !== null && i.choice === i.correctIndex).length;
  const skipped = items.filter((i) => i.choice === null).length;
  return {
    score: sum(items.map((item) => markOne(scheme, item))),
    maxScore: times(scheme.correct, items.length),
    correct,
    wrong: items.length - correct - skipped,
    skipped,
  };
};
