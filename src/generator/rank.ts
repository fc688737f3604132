// Scores the questions that passed every check and keeps the best: at most one per answer, at most
// three per source sentence, no two from one sentence where either stem holds the other's answer
// (in one quiz they would give each other away), and a spread of types before any one type fills it.

import type { Knowledge } from "../../questions/types";
import { answerInStem } from "./checks/answer";
import { checkCandidate, type Draft } from "./checks/index";
import { normaliseOption } from "./normalise";
import { escapeRegExp } from "./regexp";
import { withoutAnswerOf } from "./settle";
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

/** Whether the stem holds the figure as written, not as the head of another compound. */
const quantityIn = (text: string, stem: string): boolean => {
  const compound = /-[a-z]+$/i.test(text);
  const tail = compound ? "" : "(?![-‐][a-z])";
  return new RegExp(`(?<![\\w-])${escapeRegExp(text)}${tail}`, "i").test(stem);
};

const holdsAnswer = (draft: Draft, stem: string): boolean => {
  const kind = draft.answerKind;
  if (kind.kind === "date") return stem.toLowerCase().includes(draft.answer.toLowerCase());
  // "a four-day visit" holds the 4 of "How many days ...?" in words; "the two-phase plan" does not
  // hold the "two" of "from six to two": a compound counts something else.
  if (kind.kind === "quantity" && quantityIn(kind.quantity.text, stem)) return true;
  return answerInStem({ ...draft, stem }) !== undefined;
};

/**
 * A figure another stem holds gives its question away wherever that stem's sentence is: "the 27th
 * amendment" in one stem answers "Which amendment ...?" in the next. (Small counts are left out:
 * "two" may count anything.)
 */
const telling = (draft: Draft): boolean => {
  const kind = draft.answerKind;
  return (
    kind.kind === "quantity" && (kind.quantity.unit === "ordinal" || kind.quantity.value >= 10)
  );
};

/** Two questions where either stem holds the other's answer: from one sentence, or a figure. */
const givesAway = (a: Draft, b: Draft): boolean =>
  a.sentence.index === b.sentence.index
    ? holdsAnswer(a, b.stem) || holdsAnswer(b, a.stem)
    : (telling(a) && holdsAnswer(a, b.stem)) || (telling(b) && holdsAnswer(b, a.stem));

/**
 * `draft` as it can sit beside `kept`, with the kept questions of its sentence as they must then
 * read: each stem rewritten so that it no longer holds the other's answer where it can do without
 * it (settle.ts); undefined when one would still give the other away.
 */
const settle = (
  draft: Draft,
  kept: readonly Scored[],
  article: AnalysedArticle,
  knowledge: Knowledge | undefined,
): { draft: Draft; rewritten: Map<Scored, Draft> } | undefined => {
  let settled = draft;
  const rewritten = new Map<Scored, Draft>();
  for (const item of kept) {
    const other = item.draft;
    // Across sentences only an office holder's name is rewritten: "Sanae Takaichi" in one stem
    // would point at the option of "Who is the Prime Minister of Japan?".
    const same = other.sentence.index === draft.sentence.index;
    // A part dropped from a stem must leave it passing its checks ("the market in Pune" without
    // "in Pune" no longer says which market).
    const rewrite = (target: Draft, asked: Draft): Draft => {
      if (!same && !isPerson(asked)) return target;
      const stem = withoutAnswerOf(target.stem, asked, knowledge);
      if (stem === target.stem) return target;
      const next = { ...target, stem };
      // Any rewrite must leave the stem passing its checks: without "30th edition of", "the
      // Conference of Parties" no longer says which one.
      // (Only a failure the rewrite brings counts.)
      // (A named office holder's office, "the Indian Navy chief", is unique by construction.)
      if (isPerson(asked)) return next;
      const after = checkCandidate(next, article);
      if (!after) return next;
      if (isPlace(asked)) return target;
      const before = checkCandidate(target, article);
      return before?.reason === after.reason && before.detail === after.detail ? next : target;
    };
    settled = rewrite(settled, other);
    const otherSettled = rewrite(other, settled);
    if (givesAway(otherSettled, settled)) return undefined;
    if (otherSettled !== other) rewritten.set(item, otherSettled);
  }
  return { draft: settled, rewritten };
};

const isPlace = (draft: Draft): boolean =>
  draft.answerKind.kind === "entity" && draft.answerKind.entity.kind === "place";

const isPerson = (draft: Draft): boolean =>
  draft.answerKind.kind === "entity" && draft.answerKind.entity.kind === "person";

/** Puts the rewritten stems of kept questions in place. */
const apply = (kept: Scored[], rewritten: ReadonlyMap<Scored, Draft>): void => {
  for (const [item, draft] of rewritten) {
    const at = kept.indexOf(item);
    if (at >= 0) kept[at] = { ...item, draft };
  }
};

export const rankDrafts = (
  drafts: readonly Draft[],
  article: AnalysedArticle,
  maxQuestions: number,
  knowledge?: Knowledge,
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
    const settled = settle(candidate.draft, kept, article, knowledge);
    if (settled === undefined) {
      dropped.push({ draft: candidate.draft, reason: "gives-away-another" });
      continue;
    }
    const item = { ...candidate, draft: settled.draft };
    const ofType = perType.get(item.draft.type) ?? 0;
    const ofSentence = perSentence.get(item.draft.sentence.index) ?? 0;
    if (kept.length >= maxQuestions || ofType >= typeCap || ofSentence >= 3) {
      waiting.push(item);
      continue;
    }
    apply(kept, settled.rewritten);
    kept.push(item);
    answers.add(key);
    perType.set(item.draft.type, ofType + 1);
    perSentence.set(item.draft.sentence.index, ofSentence + 1);
  }
  // Second pass: fill remaining places regardless of the type cap, best first.
  for (const candidate of waiting) {
    const key = normaliseOption(candidate.draft.answer);
    const ofSentence = perSentence.get(candidate.draft.sentence.index) ?? 0;
    const settled = answers.has(key)
      ? undefined
      : settle(candidate.draft, kept, article, knowledge);
    if (answers.has(key)) {
      dropped.push({ draft: candidate.draft, reason: "duplicate-answer" });
    } else if (settled === undefined) {
      dropped.push({ draft: candidate.draft, reason: "gives-away-another" });
    } else if (kept.length < maxQuestions && ofSentence < 3) {
      const item = { ...candidate, draft: settled.draft };
      apply(kept, settled.rewritten);
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
