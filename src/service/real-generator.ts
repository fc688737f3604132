// The production generator wiring: the rules-based pipeline from src/generator.
import { CATEGORIES, suggestCategory } from "../generator/category";
import { cleanArticle } from "../generator/clean";
import type { ArticleGenerator } from "./deps";

export const realGenerator: ArticleGenerator = {
  // TODO(generator): switch to generateQuestions from ../generator/index once it lands.
  generate: () => ({ questions: [], rejected: [] }),
  clean: (article) => cleanArticle(article),
  suggestCategory: (article) => suggestCategory(article),
  categories: CATEGORIES,
};
