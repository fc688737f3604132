// Row -> view conversions shared by the use cases.
import type { ArticleRow, ArticleWithCounts, QuestionRow } from "../storage";
import type { AdminQuestion, ArticleSummary, PublicArticle } from "./views";

export const parseJsonArray = (text: string): string[] => {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.map(String) : [];
};

export const toSummary = (row: ArticleRow, questionCount: number): ArticleSummary => ({
  id: row.id,
  title: row.title,
  publishedAt: row.publishedAt,
  sourceUrl: row.sourceUrl,
  category: row.category,
  addedAt: row.addedAt.toISOString(),
  archived: row.archived,
  questionCount,
  note: row.generationNote,
});

export const summaryOf = (row: ArticleWithCounts): ArticleSummary => toSummary(row, row.liveCount);

export const toPublicArticle = (row: ArticleRow, questionCount: number): PublicArticle => ({
  ...toSummary(row, questionCount),
  paragraphs: row.cleanBody.split(/\n{2,}/).filter((p) => p.trim().length > 0),
});

export const toAdminQuestion = (row: QuestionRow): AdminQuestion => {
  const options = parseJsonArray(row.optionsJson);
  return {
    id: row.id,
    articleId: row.articleId,
    status: row.status,
    type: row.type,
    stem: row.stem,
    options,
    answerIndex: row.answerIndex,
    answer: options[row.answerIndex] ?? "",
    explanation: row.explanation,
    sentenceIndex: row.sentenceIndex,
    ruleId: row.ruleId,
    asOf: row.asOf,
    entities: parseJsonArray(row.entitiesJson),
    score: row.score,
    edited: row.edited,
  };
};
