// Option comparisons shared by the checks and by distractor choice.
import { normaliseOption } from "../normalise";

const tokens = (text: string): string[] => normaliseOption(text).split(" ").filter(Boolean);

/** True when one option's tokens run, in order and contiguously, inside the other's. */
export const isNested = (a: string, b: string): boolean => {
  const ta = tokens(a);
  const tb = tokens(b);
  // "Pedro Sanchez" / "Pedro Sanchezwill": one is the other with letters glued on.
  const [ka, kb] = [ta.join(" "), tb.join(" ")];
  const [shortKey, longKey] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (shortKey.length >= 4 && longKey.startsWith(shortKey)) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === 0) return true;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((t, j) => long[i + j] === t)) return true;
  }
  return false;
};

export const sameOption = (a: string, b: string): boolean =>
  normaliseOption(a) === normaliseOption(b);

const ALL_NONE = /\b(all|none|both|neither) of (the )?(above|these)\b/i;

/** Checks 5 and 9: four distinct, non-nested options, the answer among them, no "all of the above". */
export const checkOptions = (
  options: readonly string[],
  answerIndex: number,
  answer: string,
):
  | {
      reason: "no-distractors" | "options-not-distinct" | "options-nested" | "option-all-none";
      detail?: string;
    }
  | undefined => {
  if (options.length !== 4 || options[answerIndex] !== answer) {
    return { reason: "no-distractors", detail: `${options.length} options` };
  }
  const allNone = options.find((o) => ALL_NONE.test(o));
  if (allNone) return { reason: "option-all-none", detail: allNone };
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      const a = options[i] as string;
      const b = options[j] as string;
      if (!normaliseOption(a) || sameOption(a, b))
        return { reason: "options-not-distinct", detail: `${a} / ${b}` };
      if (isNested(a, b)) return { reason: "options-nested", detail: `${a} / ${b}` };
    }
  }
  return undefined;
};
