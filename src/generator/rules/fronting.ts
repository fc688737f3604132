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

const DANGLING = /\s+\b(the|a|an|of|to|in|on|at|for|with|by|from|and|or|near|into)$/i;

export const frontedQuestion = (
  article: AnalysedArticle,
  sentence: Sentence,
  clause: Clause,
  gap: Gap,
  wh: string,
): string | undefined => {
  if (gap.start < clause.verb.end || gap.end > clause.predicate.end) return undefined;
  const subject = subjectPhrase(article, sentence, clause);
  if (!subject) return undefined;
  const rest = resolvedSpan(article, sentence, clause.verb.end, clause.predicate.end, [gap]);
  if (rest === undefined || hasQuote(rest)) return undefined;
  const tail = rest.replace(DANGLING, "").replace(/[,;:]+$/, "");
  const verb = clause.verb;
  let body: string;
  if (clause.aux) {
    const [first, ...others] = clause.aux.text.split(" ");
    body = [first, subject, ...others, verb.text, tail].join(" ");
  } else if (verb.form === "past" || verb.form === "participle") {
    body = ["did", subject, verb.base, tail].join(" ");
  } else if (verb.form === "third") {
    body = ["does", subject, verb.base, tail].join(" ");
  } else {
    return undefined;
  }
  const stem = `${wh} ${body}`.replace(/\s+/g, " ").trim();
  if (wordCount(stem) > 30) return undefined;
  return `${stem}?`;
};
