// The production generator wiring: the rules-based pipeline from src/generator.
import { CATEGORIES, suggestCategory } from "../generator/category";
import { cleanArticle } from "../generator/clean";
import { generateQuestions } from "../generator/index";
import type { ArticleGenerator } from "./deps";

export const realGenerator: ArticleGenerator = {
  generate: (article, options) => generateQuestions(article, options),
  clean: (article) => cleanArticle(article),
  suggestCategory: (article) => suggestCategory(article),
  categories: CATEGORIES,
};
