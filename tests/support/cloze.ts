// Cloze stems the real analysis and cloze rule make for one answer, after the candidate checks.
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { checkCandidate } from "../../src/generator/checks/index";
import { clozeFallback } from "../../src/generator/rules/cloze";

/** Cloze stems for `answer` that pass the candidate checks (article dated 10 March 2026). */
export const passingClozes = (body: string, answer: string): string[] => {
  const article = analyseArticle(
    { title: "Test article", body, publishedAt: "2026-03-10" },
    { knowledge },
  );
  return clozeFallback
    .apply(article, knowledge)
    .filter((c) => c.answer === answer && checkCandidate(c, article) === undefined)
    .map((c) => c.stem);
};
