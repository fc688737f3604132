// Runs the injected generator on an article and turns its output into rows to store.
import type { CleanArticle, GenerationResult, Question } from "../generator/types";
import type { NewQuestion } from "../storage";
import type { ServiceDeps } from "./deps";

export interface Generated {
  title: string;
  paragraphs: string[];
  rows: NewQuestion[];
  rejectedCandidates: number;
  /** Why there are no questions, when there are none. */
  note: string | null;
}

const toRow = (question: Question, createdAt: Date): NewQuestion => ({
  type: question.type,
  stem: question.stem,
  optionsJson: JSON.stringify(question.options),
  answerIndex: question.answerIndex,
  explanation: question.explanation,
  sentenceIndex: question.sentenceIndex,
  ruleId: question.ruleId,
  asOf: question.asOf ?? null,
  entitiesJson: JSON.stringify(question.entities),
  score: Number.isFinite(question.score) ? question.score : 0,
  edited: false,
  createdAt,
});

const isUsable = (q: Question): boolean =>
  q.options.length === 4 &&
  Number.isInteger(q.answerIndex) &&
  q.answerIndex >= 0 &&
  q.answerIndex < 4;

/** Never throws on the article's text: a generator failure becomes a note, not a 500. */
export const generateFor = (
  deps: ServiceDeps,
  article: { title: string; body: string; publishedAt?: string; sourceUrl?: string },
): Generated => {
  let cleaned: CleanArticle;
  try {
    cleaned = deps.generator.clean({ title: article.title, body: article.body });
  } catch (error) {
    console.error("cleaning failed on an article:", error);
    cleaned = { title: article.title, paragraphs: [article.body], removed: [] };
  }
  const title = cleaned.title.trim() || article.title.trim();
  if (cleaned.paragraphs.length === 0) {
    return {
      title,
      paragraphs: [],
      rows: [],
      rejectedCandidates: 0,
      note: "No usable text: after removing boilerplate nothing was left to ask about.",
    };
  }
  const now = deps.clock();
  let result: GenerationResult;
  try {
    result = deps.generator.generate(article, {
      referenceDate: article.publishedAt ?? now.toISOString().slice(0, 10),
    });
  } catch (error) {
    console.error("generator failed on an article:", error);
    return {
      title,
      paragraphs: cleaned.paragraphs,
      rows: [],
      rejectedCandidates: 0,
      note: "The question generator failed on this text; the article is stored without questions.",
    };
  }
  const rows = result.questions.filter(isUsable).map((q) => toRow(q, now));
  const note =
    rows.length > 0
      ? null
      : result.rejected.length > 0
        ? `No questions: the rules found ${result.rejected.length} candidate(s) but none passed the quality checks.`
        : "No questions: the rules found no checkable fact (names, places, dates, numbers) in this text. Is it in English?";
  return {
    title,
    paragraphs: cleaned.paragraphs,
    rows,
    rejectedCandidates: result.rejected.length,
    note,
  };
};
