// Runs the analysis stages top to bottom: clean → sentences → entities, dates, quantities.
import type { Knowledge } from "../../questions/types";
import { cleanArticle } from "./clean";
import { findDates, parsePublishedDate } from "./dates";
import { findEntities } from "./entities/index";
import { articleFocus } from "./focus";
import { findQuantities } from "./quantities";
import { splitSentences } from "./sentences";
import type { AnalysedArticle, ArticleInput } from "./types";

export interface AnalyseOptions {
  knowledge: Knowledge;
  /** Used when the article has no published date (YYYY-MM-DD). */
  referenceDate?: string;
}

export const analyseArticle = (article: ArticleInput, options: AnalyseOptions): AnalysedArticle => {
  const clean = cleanArticle({ title: article.title, body: article.body });
  const sentences = splitSentences(clean.paragraphs);
  const publishedAt =
    parsePublishedDate(article.publishedAt) ?? parsePublishedDate(options.referenceDate);
  const { entities, pronouns } = findEntities(sentences, options.knowledge, clean.title);
  const focus = articleFocus(entities, options.knowledge);
  return {
    title: clean.title,
    ...(publishedAt ? { publishedAt } : {}),
    sentences,
    entities,
    dates: findDates(sentences, publishedAt),
    quantities: findQuantities(sentences),
    pronouns,
    ...(focus ? { focus } : {}),
  };
};
