// "From 1858 to 1947, India was ruled by the British Crown" → "India was ruled by the British
// Crown from 1858 to which year?": the end of a span of years, the start kept as the clue.
import type { AnalysedArticle, Candidate, Rule, Sentence } from "../types";
import { dateAnswer } from "./answer";
import { clausesOf } from "./event";
import { hasQuote, mentionsInSentence, resolvedSpan, upperFirst, wordCount } from "./stem";
import { subjectPhrase } from "./subject";

/** "From 1895 to 1945, Taiwan lived under ...": the one clause after the span, led by a name. */
const openedClause = (article: AnalysedArticle, sentence: Sentence, end: number) => {
  const rest = sentence.text.slice(end).replace(/^,\s+/, "");
  const at = sentence.text.length - rest.length;
  const named = mentionsInSentence(article, sentence.index).some((m) => m.mention.start === at);
  if (!named || /[,;:—–]/.test(rest.replace(/[.!]$/, ""))) return undefined;
  return resolvedSpan(article, sentence, at, sentence.text.replace(/[.!]$/, "").length);
};

/** "The museum was closed to visitors from 1990 to 2004.": the clause the span closes. */
const closingClause = (
  article: AnalysedArticle,
  sentence: Sentence,
  start: number,
  end: number,
) => {
  if (!/^[.!]?$/.test(sentence.text.slice(end).trim())) return undefined;
  const clause = clausesOf(sentence).find((c) => start > c.verb.end && c.subject.start === 0);
  if (!clause) return undefined;
  const subject = subjectPhrase(article, sentence, clause);
  const predicate = resolvedSpan(article, sentence, clause.aux?.start ?? clause.verb.start, start);
  return subject && predicate ? `${subject} ${predicate}` : undefined;
};

export const whenSpanEnd: Rule = {
  id: "when.span-end",
  type: "when",
  description: "The closing year of a 'from <year> to <year>' span",
  apply: (article: AnalysedArticle) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const dates = article.dates.filter(
        (d) => d.sentence === sentence.index && d.granularity === "year",
      );
      for (const from of dates) {
        const to = dates.find((d) => /^to\s/i.test(d.text) && d.start - from.end === 1);
        if (!/^from\s/i.test(from.text) || !to) continue;
        const opener = from.start === 0 && /^,\s/.test(sentence.text.slice(to.end));
        const clause = opener
          ? openedClause(article, sentence, to.end)
          : closingClause(article, sentence, from.start, to.end);
        if (!clause || hasQuote(clause) || wordCount(clause) > 22) continue;
        const start = from.text.replace(/^from\s/i, "");
        candidates.push({
          ruleId: "when.span-end",
          type: "when",
          stem: `${upperFirst(clause)} from ${start} to which year?`,
          ...dateAnswer(to),
          sentence,
          reliesOn: [from.text],
          alsoTrue: [dateAnswer(from).answer],
          priority: 0.6,
        });
      }
    }
    return candidates;
  },
};
