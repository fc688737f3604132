// Moves a questioned phrase to the front with do-support: "North Korea had conducted a test in the
// Sea of Japan" + "In which sea" → "In which sea had North Korea conducted a test?".
import type { AnalysedArticle, Sentence } from "../types";
import type { Clause } from "./clause";
import { hasQuote, resolvedSpan, wordCount } from "./stem";
import { subjectPhrase } from "./subject";

export interface Gap {
  start: number;
  end: number;
}

const ROLE_VERB = /^(replac|succeed|overtak|supplant|displac)/i;
const DANGLING =
  /\s+\b(the|a|an|of|to|in|on|at|for|with|by|from|and|or|near|into|following|after|before|during|amid|including|as|than)$/i;

const AFTER_GAP =
  /^(\s*$|\s*[,.;:)–—-]|\s+(in|on|at|for|to|from|with|by|after|before|during|over|since|as|amid|near|off|under|into|while|when|following|last|this|next|\d))/i;

/**
 * Whether removing the gap leaves a grammatical remainder: it is not half of "X and Y", and it
 * does not leave a noun it modified behind ("in the Madrid region" minus "in the Madrid").
 */
export const cleanGap = (text: string, gap: Gap, clauseEnd = Number.MAX_SAFE_INTEGER): boolean => {
  // At the clause's end, what follows belongs to the next clause ("in 2003 and became ...").
  if (gap.end >= clauseEnd)
    return !/\b(and|or|nor|&)\s+$/i.test(text.slice(Math.max(0, gap.start - 6), gap.start));
  const before = text.slice(Math.max(0, gap.start - 6), gap.start);
  const after = text.slice(gap.end, gap.end + 20);
  if (/\b(and|or|nor|&)\s+$/i.test(before) || /^\s+(and|or|nor|&)\b/i.test(after)) return false;
  return AFTER_GAP.test(after);
};

/** Whether the predicate holds a day after the article's published date. */
const comesLater = (article: AnalysedArticle, sentence: Sentence, clause: Clause): boolean => {
  const published = article.publishedAt;
  if (!published?.month || !published.day) return false;
  const key = (d: { year: number; month?: number; day?: number }) =>
    d.year * 10_000 + (d.month ?? 0) * 100 + (d.day ?? 0);
  return article.dates.some(
    (d) =>
      d.sentence === sentence.index &&
      d.granularity === "day" &&
      d.start >= clause.verb.end &&
      d.end <= clause.predicate.end &&
      key(d.date) > key(published),
  );
};

export const frontedQuestion = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
  gap: Gap,
  wh: string,
): string | undefined => {
  // The gap is either inside the predicate or an opener before the subject ("In 2019, ...").
  const opener = gap.end <= clause.subject.start || gap.start === clause.subject.start;
  if (!opener && (gap.start < clause.verb.end || gap.end > clause.predicate.end)) return undefined;
  if (!opener && !cleanGap(sentence.text, gap, clause.predicate.end)) return undefined;
  // "Birmingham replaced Durban": replaced as what the clause does not say.
  if (ROLE_VERB.test(clause.verb.text) && !/\bas\b/.test(clause.predicate.text)) return undefined;
  const subject = subjectPhrase(article, sentence, clause);
  if (!subject) return undefined;
  const skip = opener ? [] : [gap];
  const rest = resolvedSpan(article, sentence, clause.verb.end, clause.predicate.end, skip);
  if (rest === undefined || hasQuote(rest)) return undefined;
  // A preposition left at the end means the gap took its object: the stem would not read.
  if (
    DANGLING.test(rest.replace(/[,;:]+$/, "")) &&
    !/\b(on|in|at|for|with|by|from|into|near|to)$/.test(rest)
  ) {
    return undefined;
  }
  const tail = rest.replace(DANGLING, "").replace(/[,;:]+$/, "");
  const verb = clause.verb;
  let body: string;
  if (verb.form === "copula") {
    body = [verb.text, subject, tail].join(" ");
  } else if (clause.aux) {
    const [first, ...others] = clause.aux.text.split(" ");
    body = [first, subject, ...others, verb.text, tail].join(" ");
  } else if (!verb.base) {
    return undefined;
  } else if (verb.form === "past" || verb.form === "participle") {
    body = ["did", subject, verb.base, tail].join(" ");
  } else if (verb.form === "third") {
    // "before the Council meets in Jaipur on November 21" (written on 2 November): a present
    // that a later date makes a future.
    body = [comesLater(article, sentence, clause) ? "will" : "does", subject, verb.base, tail].join(
      " ",
    );
  } else {
    return undefined;
  }
  const stem = `${wh} ${body}`.replace(/\s+/g, " ").trim();
  if (wordCount(stem) > 30) return undefined;
  return `${stem}?`;
};
