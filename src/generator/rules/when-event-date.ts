// "<subject> <event verb> ... on <date>" → "When did <subject> <verb> ...?": the date is the answer,
// resolved against the published date when the article wrote it relatively.
import type { AnalysedArticle, Candidate, Rule } from "../types";
import { dateAnswer } from "./answer";
import { clausesOf } from "./event";
import { frontedQuestion } from "./fronting";

// "today", "now", "this year": resolved, but too vague to ask about.
const VAGUE = /^(?:\w+\s+)?(today|now|tonight|this\s+(week|year|month)|currently|recently)$/i;
const PREPOSITION = /\b(on|in|for|by|since|during|from)\s+$/i;

export const whenEventDate: Rule = {
  id: "when.event-date",
  type: "when",
  description: "The date of an event (full date, month or year), asked with When / In which year",
  apply: (article: AnalysedArticle) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const dates = article.dates.filter((d) => d.sentence === sentence.index);
      for (const clause of clausesOf(sentence)) {
        for (const date of dates) {
          if (VAGUE.test(date.text)) continue;
          // "from 1895 to 1945": half a span is no date of the event (when.span-end asks it).
          if (
            dates.some((d) => d !== date && (d.start - date.end === 1 || date.start - d.end === 1))
          )
            continue;
          // "X was Y's statement on 7 November", "in 2002 X was one of ...": states, not events;
          // only "X is on <date>" asks the date of the subject itself.
          if (
            clause.verb.form === "copula" &&
            (date.start < clause.verb.end || date.start > clause.verb.end + 4)
          )
            continue;
          const between = sentence.text.slice(date.end, clause.subject.start);
          const opener =
            // An opener starts the sentence: "In 2019, ..." (not "Launched in 2024, the ...").
            (date.end <= clause.subject.start && date.start <= 1 && /^\s*,?\s*$/.test(between)) ||
            date.start === clause.subject.start;
          if (!opener && (date.start < clause.verb.end || date.end > clause.predicate.end))
            continue;
          const before = sentence.text.slice(Math.max(0, date.start - 10), date.start);
          const prep = /^(on|in|for|by|since|during|from|last|next|this)\b/i.test(date.text)
            ? undefined
            : PREPOSITION.exec(before);
          const lead = /\b(later|earlier|late|early)\s+$/i.exec(
            sentence.text.slice(0, date.start - (prep?.[0].length ?? 0)),
          );
          // "on Saturday evening": the time of day goes with the date.
          const part = /^\s+(morning|afternoon|evening|night)\b/.exec(
            sentence.text.slice(date.end),
          );
          const gap = {
            start: date.start - (prep?.[0].length ?? 0) - (lead?.[0].length ?? 0),
            end: date.end + (part?.[0].length ?? 0),
          };
          const wh = date.granularity === "year" ? "In which year" : "When";
          const stem = frontedQuestion(article, sentence, clause, gap, wh);
          if (!stem) continue;
          candidates.push({
            ruleId: "when.event-date",
            type: "when",
            stem,
            ...dateAnswer(date),
            sentence,
            reliesOn: [date.text],
            alsoTrue: dates.filter((d) => d !== date).map((d) => dateAnswer(d).answer),
            priority: date.granularity === "year" ? 0.6 : 0.75,
          });
        }
      }
    }
    return candidates;
  },
};
