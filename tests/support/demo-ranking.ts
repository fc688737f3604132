// Which demo article to build a test on. The generator improves and the number of questions each
// demo article yields moves with it, so tests that need "at least n questions" pick the demo
// article the current generator draws most questions from instead of a fixed index.
import { demoArticles } from "../../src/demo/articles";
import { generateQuestions } from "../../src/generator/index";

let ranking: { index: number; questions: number }[] | null = null;

/** Demo article indexes, most questions first (ties keep the demo order). */
export const demoRanking = (): readonly { index: number; questions: number }[] => {
  ranking ??= demoArticles
    .map((article, index) => ({
      index,
      questions: generateQuestions(article, { referenceDate: article.publishedAt }).questions
        .length,
    }))
    .sort((a, b) => b.questions - a.questions || a.index - b.index);
  return ranking;
};

/** The index of the demo article with the most questions; throws if it has fewer than `atLeast`. */
export const richestDemo = (atLeast: number): number => {
  const best = demoRanking()[0];
  if (best === undefined || best.questions < atLeast) {
    throw new Error(`no demo article yields ${atLeast} questions (best: ${best?.questions ?? 0})`);
  }
  return best.index;
};
