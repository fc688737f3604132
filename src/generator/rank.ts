// Scores the questions that passed every check and keeps the best: at most one per answer, at most
// three per source sentence, no two from one sentence where either stem holds the other's answer
// (in one quiz they would give each other away), and a spread of types before any one type fills it.
import { answerInStem } from "./checks/answer";
import type { Draft } from "./checks/index";
import { normaliseOption } from "./normalise";
import type { AnalysedArticle, QuestionType, RejectReason } from "./types";

export interface Scored {
  draft: Draft;
  score: number;
}

export interface Ranking {
  kept: Scored[];
  dropped: { draft: Draft; reason: RejectReason }[];
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** How prominent the answer is in the article: mentions, the title, the opening paragraph. */
const salience = (draft: Draft, article: AnalysedArticle): number => {
  const kind = draft.answerKind;
  if (kind.kind !== "entity") return 0.1;
  const mentions = kind.entity.mentions;
  const inTitle = article.title.toLowerCase().includes(kind.entity.name.toLowerCase()) ? 0.1 : 0;
  const early = mentions.some((m) => (article.sentences[m.sentence]?.paragraph ?? 99) === 0)
    ? 0.05
    : 0;
  return Math.min(0.15, Math.log2(1 + mentions.length) * 0.05) + inTitle + early;
};

const specificity = (draft: Draft): number => {
  const kind = draft.answerKind;
  if (kind.kind === "date") return kind.date.granularity === "year" ? 0 : 0.05;
  if (kind.kind === "quantity") return 0.03;
  return draft.answer.includes(" ") ? 0.05 : 0.02;
};

const lengthFit = (stem: string): number => {
  const words = stem.split(/\s+/).length;
  if (words < 6) return -0.1;
  if (words <= 22) return 0;
  return -0.01 * (words - 22);
};

export const scoreDraft = (draft: Draft, article: AnalysedArticle): number =>
  round(
    draft.priority * 0.6 +
      salience(draft, article) +
      specificity(draft) +
      lengthFit(draft.stem) +
      (draft.stem.includes("____") ? -0.1 : 0) -
      Math.min(0.05, draft.sentence.index * 0.002),
  );

/** Two questions from one sentence where either stem contains a word of the other's answer. */
const givesAway = (a: Draft, b: Draft): boolean =>
  a.sentence.index === b.sentence.index &&
  (answerInStem({ ...a, stem: b.stem }) !== undefined ||
    answerInStem({ ...b, stem: a.stem }) !== undefined);

export const rankDrafts = (
  drafts: readonly Draft[],
  article: AnalysedArticle,
  maxQuestions: number,
): Ranking => {
  const scored = drafts
    .map((draft) => ({ draft, score: scoreDraft(draft, article) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.draft.sentence.index - b.draft.sentence.index ||
        a.draft.stem.localeCompare(b.draft.stem),
    );
  const typeCap = Math.max(2, Math.ceil(maxQuestions / 3));
  const kept: Scored[] = [];
  const dropped: Ranking["dropped"] = [];
  const answers = new Set<string>();
  const perType = new Map<QuestionType, number>();
  const perSentence = new Map<number, number>();
  const waiting: Scored[] = [];
  for (const item of scored) {
    const key = normaliseOption(item.draft.answer);
    if (answers.has(key)) {
      dropped.push({ draft: item.draft, reason: "duplicate-answer" });
      continue;
    }
    if (kept.some((k) => givesAway(k.draft, item.draft))) {
      dropped.push({ draft: item.draft, reason: "gives-away-another" });
      continue;
    }
    const ofType = perType.get(item.draft.type) ?? 0;
    const ofSentence = perSentence.get(item.draft.sentence.index) ?? 0;
    if (kept.length >= maxQuestions || ofType >= typeCap || ofSentence >= 3) {
      waiting.push(item);
      continue;
    }
    kept.push(item);
    answers.add(key);
    perType.set(item.draft.type, ofType + 1);
    perSentence.set(item.draft.sentence.index, ofSentence + 1);
  }
  // Second pass: fill remaining places regardless of the type cap, best first.
  for (const item of waiting) {
    const key = normaliseOption(item.draft.answer);
    const ofSentence = perSentence.get(item.draft.sentence.index) ?? 0;
    if (answers.has(key)) {
      dropped.push({ draft: item.draft, reason: "duplicate-answer" });
    } else if (kept.some((k) => givesAway(k.draft, item.draft))) {
      dropped.push({ draft: item.draft, reason: "gives-away-another" });
    } else if (kept.length < maxQuestions && ofSentence < 3) {
      kept.push(item);
      answers.add(key);
      perSentence.set(item.draft.sentence.index, ofSentence + 1);
    } else {
      dropped.push({ draft: item.draft, reason: "ranked-out" });
    }
  }
  kept.sort((a, b) => b.score - a.score || a.draft.sentence.index - b.draft.sentence.index);
  return { kept, dropped };
};
