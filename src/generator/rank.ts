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

/**
 * Whether `stem` gives away `draft`'s answer. A date answer is given away only by the whole date:
 * "in January 2026" in one stem does not tell which of four January days the other asks for.
 */
const holdsAnswer = (draft: Draft, stem: string): boolean =>
  draft.answerKind.kind === "date"
    ? stem.toLowerCase().includes(draft.answer.toLowerCase())
    : answerInStem({ ...draft, stem }) !== undefined;

/** Two questions from one sentence where either stem holds the other's answer. */
const givesAway = (a: Draft, b: Draft): boolean =>
  a.sentence.index === b.sentence.index && (holdsAnswer(a, b.stem) || holdsAnswer(b, a.stem));

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * `draft` as it can sit beside `kept`: unchanged, or — when its stem only holds the full date that
 * a kept question from its sentence asks for — with that date cut to its month ("late on 12 July
 * 2026" → "in July 2026"); undefined when it would still give an answer away.
 */
const settle = (draft: Draft, kept: readonly Scored[]): Draft | undefined => {
  let settled = draft;
  for (const { draft: other } of kept) {
    if (other.sentence.index !== draft.sentence.index) continue;
    const asked = other.answerKind;
    if (asked.kind === "date" && asked.date.granularity === "day" && /^\d/.test(other.answer)) {
      const monthYear = other.answer.replace(/^\d{1,2}\s+/, "");
      // "late on 12 July" is not "late in July": the time of day goes with the day.
      const stem = settled.stem
        .replace(
          new RegExp(`\\b(?:(?:late|early)\\s+)?on ${escapeRegExp(other.answer)}\\b`, "gi"),
          `in ${monthYear}`,
        )
        .replace(new RegExp(`\\b${escapeRegExp(other.answer)}\\b`, "gi"), monthYear);
      settled = { ...settled, stem };
    }
    if (givesAway(other, settled)) return undefined;
  }
  return settled;
};

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
  for (const candidate of scored) {
    const key = normaliseOption(candidate.draft.answer);
    if (answers.has(key)) {
      dropped.push({ draft: candidate.draft, reason: "duplicate-answer" });
      continue;
    }
    const settled = settle(candidate.draft, kept);
    if (settled === undefined) {
      dropped.push({ draft: candidate.draft, reason: "gives-away-another" });
      continue;
    }
    const item = { ...candidate, draft: settled };
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
  for (const candidate of waiting) {
    const key = normaliseOption(candidate.draft.answer);
    const ofSentence = perSentence.get(candidate.draft.sentence.index) ?? 0;
    const settled = answers.has(key) ? undefined : settle(candidate.draft, kept);
    if (answers.has(key)) {
      dropped.push({ draft: candidate.draft, reason: "duplicate-answer" });
    } else if (settled === undefined) {
      dropped.push({ draft: candidate.draft, reason: "gives-away-another" });
    } else if (kept.length < maxQuestions && ofSentence < 3) {
      const item = { ...candidate, draft: settled };
      kept.push(item);
      answers.add(key);
      perSentence.set(item.draft.sentence.index, ofSentence + 1);
    } else {
      dropped.push({ draft: candidate.draft, reason: "ranked-out" });
    }
  }
  kept.sort((a, b) => b.score - a.score || a.draft.sentence.index - b.draft.sentence.index);
  return { kept, dropped };
};
