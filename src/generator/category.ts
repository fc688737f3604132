// Rules-based category suggestion: weighted keyword cues from questions/categories.ts.
import {
  CATEGORIES,
  CATEGORY_CUES,
  type Category,
  type CategoryCue,
  FALLBACK_CATEGORY,
  MIN_CATEGORY_SCORE,
  TITLE_CUE_FACTOR,
} from "../../questions/categories";
import { escapeRegExp } from "./regexp";

export { CATEGORIES, type Category };

interface CompiledCue {
  pattern: RegExp;
  weight: number;
}

// Capitalised cues (acronyms, names) match exactly; lowercase cues match any case and a plural.
const compileCue = (cue: CategoryCue): CompiledCue => {
  const exact = cue.phrase !== cue.phrase.toLowerCase();
  const body = escapeRegExp(cue.phrase).replace(/ /g, "\\s+");
  const plural = exact ? "" : "(?:s|es)?";
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}])`,
    exact ? "gu" : "giu",
  );
  return { pattern, weight: cue.weight };
};

const compiled: ReadonlyMap<Category, readonly CompiledCue[]> = new Map(
  CATEGORIES.map((category) => [category, CATEGORY_CUES[category].map(compileCue)]),
);

const cueScore = (text: string, cues: readonly CompiledCue[]): number =>
  cues.reduce((total, cue) => total + (text.match(cue.pattern)?.length ?? 0) * cue.weight, 0);

/** Score of every category for an article: body hits plus title hits times TITLE_CUE_FACTOR. */
export const scoreCategories = (article: {
  title: string;
  body: string;
}): ReadonlyMap<Category, number> =>
  new Map(
    CATEGORIES.map((category) => {
      const cues = compiled.get(category) ?? [];
      return [
        category,
        cueScore(article.body, cues) + TITLE_CUE_FACTOR * cueScore(article.title, cues),
      ];
    }),
  );

/**
 * The best-scoring category; ties go to the earlier entry of CATEGORIES, and text scoring below
 * MIN_CATEGORY_SCORE everywhere gets FALLBACK_CATEGORY.
 */
export const suggestCategory = (article: { title: string; body: string }): Category => {
  let best: Category = FALLBACK_CATEGORY;
  let bestScore = MIN_CATEGORY_SCORE - 1;
  for (const [category, score] of scoreCategories(article)) {
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return best;
};
