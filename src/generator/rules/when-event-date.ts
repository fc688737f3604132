// "<subject> <event verb> ... on <date>" → "When did <subject> <verb> ...?": the date is the answer,
// resolved against the published date when the article wrote it relatively.
import type { DayDate } from "../dates";
import type { AnalysedArticle, Candidate, DateMention, Rule } from "../types";
import { dateAnswer } from "./answer";
import { clausesOf } from "./event";
import { identifyingTail, withTail } from "./event-context";
import { frontedQuestion } from "./fronting";
import { wordCount } from "./stem";
import { aboutPrivatePerson } from "./subject";

/** Whether a date is in the published month. */
const sameAs = (date: DateMention, published: DayDate): boolean =>
  date.date.year === published.year && date.date.month === published.month;

/** Whether a date lies after the published day at its own granularity (a month: later month). */
const after = (date: DateMention, published: DayDate): boolean => {
  const { year, month, day } = date.date;
  if (year !== published.year) return year > published.year;
  if (month === undefined || date.granularity === "year") return false;
  if (month !== published.month) return month > published.month;
  return date.granularity === "day" && (day ?? 0) > published.day;
};

// "today", "now", "this year": resolved, but too vague to ask about.
const VAGUE = /^(?:\w+\s+)?(today|now|tonight|this\s+(week|year|month)|currently|recently)$/i;
const PREPOSITION = /\b(on|in|for|by|since|during|from)\s+$/i;
// "will release", "is set to visit": a plan is no fact yet, and its date may still move.
const PLANNED =
  /\b(will|shall|would|is to|are to|(?:set|due|scheduled|slated|expected|poised|going|plans?|planning|aims?|hopes?|intends?)\s+to)\b/i;
// "backed the curfew in the wake of the Delhi riots in 2020": a date after such a phrase
// may date the other event, not the verb.
const OTHER_EVENT = /\b(in the wake of|after|following|since|before|ahead of|amid|during|until)\b/i;

// ", while in 1979, ...", "; whereas in 2010 ...": a second clause opened by a contrast.
const CONTRAST = /[,;]\s+(?:while|whereas)\s+$/i;

export const whenEventDate: Rule = {
  id: "when.event-date",
  type: "when",
  description: "The date of an event (full date, month or year), asked with When / In which year",
  apply: (article: AnalysedArticle) => {
    const candidates: Candidate[] = [];
    const published = article.publishedAt;
    for (const sentence of article.sentences) {
      const dates = article.dates.filter((d) => d.sentence === sentence.index);
      for (const clause of clausesOf(sentence)) {
        if (PLANNED.test(sentence.text.slice(clause.subject.end, clause.verb.end + 4))) continue;
        if (aboutPrivatePerson(article, sentence, clause)) continue;
        for (const date of dates) {
          if (VAGUE.test(date.text)) continue;
          if (published !== undefined && after(date, published)) continue;
          // Asked at the published month, the answer would always be the latest option (a day
          // keeps the question: which of the last few days is no give-away).
          if (published !== undefined && date.granularity === "month" && sameAs(date, published))
            continue;
          if (
            date.start > clause.verb.end &&
            OTHER_EVENT.test(sentence.text.slice(clause.verb.end, date.start))
          )
            continue;
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
            // So does one after a contrast: "..., while in 1979, 21 people died ...", and one
            // after "Back": "Back in 2015 the government began ..." ("Back" only stresses the past).
            (date.end <= clause.subject.start &&
              (date.start <= 1 ||
                CONTRAST.test(sentence.text.slice(0, date.start)) ||
                /^Back\s+$/.test(sentence.text.slice(0, date.start))) &&
              /^\s*,?\s*$/.test(between)) ||
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
          // "has flown 60 missions since 1993": the year a span starts, asked as such.
          const since = /^since\b/i.test(prep?.[1] ?? date.text);
          const wh = since
            ? date.granularity === "year"
              ? "Since which year"
              : "Since when"
            : date.granularity === "year"
              ? "In which year"
              : "When";
          const fronted = frontedQuestion(article, sentence, clause, gap, wh);
          if (!fronted) continue;
          // "When did a huge fire tear through a bar in Bangkok, killing at least 27 people?"
          const tail = identifyingTail(article, sentence, clause);
          const stem =
            tail && wordCount(fronted) + wordCount(tail) <= 30 ? withTail(fronted, tail) : fronted;
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
