// The generator from top to bottom: analyse, run the rules, check, choose options, check again,
// rank. Pure: knowledge, rules, the reference date and the seed all come in as arguments.
import type { Knowledge } from "../../questions/types";
import { analyseArticle } from "./analyse";
import { checkCandidate, checkDraft, type Draft } from "./checks/index";
import { withConvention } from "./convention";
import { chooseOptions } from "./distractors/index";
import { createRandom, hashString } from "./random";
import { rankDrafts } from "./rank";
import { withoutMargin } from "./rules/how-many-margin";
import { defaultRules } from "./rules/index";
import type {
  AnalysedArticle,
  ArticleInput,
  Candidate,
  GenerateOptions,
  GenerationResult,
  Question,
  Rejected,
} from "./types";

export const DEFAULT_MAX_QUESTIONS = 12;

const rejectedOf = (
  candidate: Candidate,
  reason: Rejected["reason"],
  detail?: string,
): Rejected => ({
  ruleId: candidate.ruleId,
  reason,
  stem: candidate.stem,
  answer: candidate.answer,
  sentenceIndex: candidate.sentence.index,
  ...(detail ? { detail } : {}),
});

const isoDate = (article: AnalysedArticle): string | undefined => {
  const date = article.publishedAt;
  if (!date) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
};

const entitiesOf = (draft: Draft): string[] => {
  const kind = draft.answerKind;
  const answer =
    kind.kind === "entity"
      ? kind.entity.id
      : kind.kind === "date"
        ? kind.date.text
        : kind.quantity.text;
  return [...new Set([answer, ...draft.reliesOn])];
};

/** Generates questions for an already analysed article (the app may analyse once and reuse). */
export const generateFromAnalysis = (
  article: AnalysedArticle,
  options: GenerateOptions & { seed: number | string; knowledge: Knowledge },
): GenerationResult => {
  const knowledge = options.knowledge;
  const rules = options.rules ?? defaultRules;
  const rejected: Rejected[] = [];
  const drafts: Draft[] = [];
  const seen = new Set<string>();

  const consider = (raw: Candidate) => {
    const candidate = { ...raw, stem: withConvention(withoutMargin(raw.stem), article) };
    const key = `${candidate.stem}\u0000${candidate.answer}`;
    if (seen.has(key)) return;
    seen.add(key);
    const early = checkCandidate(candidate, article);
    if (early) {
      rejected.push(rejectedOf(candidate, early.reason, early.detail));
      return;
    }
    const random = createRandom(
      `${options.seed}|${candidate.ruleId}|${candidate.stem}|${candidate.answer}`,
    );
    const chosen = chooseOptions({
      candidate,
      knowledge,
      article,
      random,
      ...(options.pool ? { pool: options.pool } : {}),
    });
    if (!chosen.ok) {
      rejected.push(rejectedOf(candidate, "no-distractors", `found ${chosen.found.length}`));
      return;
    }
    const draft: Draft = { ...candidate, options: chosen.options, answerIndex: chosen.answerIndex };
    const failure = checkDraft(draft, article);
    if (failure) rejected.push(rejectedOf(candidate, failure.reason, failure.detail));
    else drafts.push(draft);
  };

  for (const rule of rules.filter((r) => !r.fallback)) {
    for (const candidate of rule.apply(article, knowledge)) consider(candidate);
  }
  // Clozes come after every wh-rule; ranking prefers a wh-question for the same answer, and no
  // two kept questions from one sentence may give each other away.
  const maxQuestions = options.maxQuestions ?? DEFAULT_MAX_QUESTIONS;
  for (const rule of rules.filter((r) => r.fallback)) {
    for (const candidate of rule.apply(article, knowledge)) consider(candidate);
  }

  const ranking = rankDrafts(drafts, article, maxQuestions, knowledge);
  for (const { draft, reason } of ranking.dropped) rejected.push(rejectedOf(draft, reason));
  const asOf = isoDate(article);
  const questions: Question[] = ranking.kept.map(({ draft, score }) => ({
    type: draft.type,
    stem: draft.stem,
    options: draft.options,
    answerIndex: draft.answerIndex,
    answer: draft.answer,
    explanation: draft.sentence.text,
    sentenceIndex: draft.sentence.index,
    ruleId: draft.ruleId,
    ...(asOf ? { asOf } : {}),
    entities: entitiesOf(draft),
    score,
  }));
  return { questions, rejected };
};

/** The seed used when none is given: derived from the article text, so reruns agree. */
export const defaultSeed = (article: ArticleInput): number =>
  hashString(`${article.title}\n${article.body}`);

/** The whole pipeline for one article; index.ts supplies the default knowledge. */
export const generateWith = (
  article: ArticleInput,
  options: GenerateOptions & { knowledge: Knowledge },
): GenerationResult => {
  const { knowledge } = options;
  const analysed = analyseArticle(article, {
    knowledge,
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
  });
  const seed = options.seed ?? defaultSeed(article);
  return generateFromAnalysis(analysed, { ...options, knowledge, seed });
};
