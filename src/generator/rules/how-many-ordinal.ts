// Ordinals: "The 31st edition of the Kala Ghoda festival opened in Mumbai" → "Which edition of the
// Kala Ghoda festival opened in Mumbai?"; "The 106th amendment to the Constitution, passed on 21
// September 2023, ..." → "Which amendment to the Constitution was passed on 21 September 2023?".
// Options are neighbouring ordinals (105th, 106th, 107th, 108th).
import { MONTHS } from "../../../questions/calendar";
import { formatDate } from "../dates";
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { parseClauses } from "./clause";
import { digitQuantity, figureCandidate } from "./how-many-phrases";
import { anchored, hasQuote, resolvedSpan, timeAnchor, wordCount } from "./stem";

const MONTH_NAMES = MONTHS.flatMap((m) => m.forms).join("|");
const ORDINAL = /(?<![\w.,-])(\d{1,3})(st|nd|rd|th)(?=\s+[a-z])/g;
const DATE_AROUND = new RegExp(
  `(?:\\b(?:${MONTH_NAMES})\\.?\\s*$)|^\\s+(?:of\\s+)?(?:${MONTH_NAMES})\\b`,
);

/** Ordinals written in digits before a lower-case noun: "27th amendment", "12th highest". */
export const findOrdinals = (sentence: Sentence): QuantityMention[] => {
  const found: QuantityMention[] = [];
  for (const match of sentence.text.matchAll(ORDINAL)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const around = `${sentence.text.slice(Math.max(0, start - 12), start)}`;
    if (DATE_AROUND.test(around) || DATE_AROUND.test(sentence.text.slice(end, end + 12))) continue;
    found.push(digitQuantity(sentence, start, match[0], Number(match[1]), "ordinal"));
  }
  return found;
};

// "The 27th amendment to X", "The 30th edition of the Y": the ordinal heads the subject.
const HEADED =
  /^The\s+\d{1,3}(?:st|nd|rd|th)\s+((?:[a-z]+\s+){0,2}[a-z]+(?:\s+(?:of|to|for)\s+[^,]+)?)$/;
// ", passed on 13 November, ": a participle that dates the thing.
const DATED =
  /^,\s+(passed|adopted|held|signed|approved|enacted|launched|introduced|opened|inaugurated|ratified|notified)\s+(on|in)\s+/;

const ordinalStem = (
  article: AnalysedArticle,
  sentence: Sentence,
  ordinal: QuantityMention,
): string | undefined => {
  const text = sentence.text;
  // The subject from "The" to the first comma: "The 27th amendment to Pakistan's Constitution".
  const lead = text.slice(0, ordinal.start);
  if (!/^(?:The|the)\s+$/.test(lead)) return undefined;
  const comma = text.indexOf(",", ordinal.end);
  const subjectEnd = comma >= 0 ? comma : text.length;
  const dated = DATED.exec(text.slice(subjectEnd));
  if (dated?.[1] && dated[2]) {
    const head = HEADED.exec(text.slice(0, subjectEnd))?.[1];
    const at = subjectEnd + dated[0].length;
    const date = article.dates.find(
      (d) => d.sentence === sentence.index && d.start >= at - 3 && d.start <= at + 1,
    );
    if (!head || !date) return undefined;
    const when = formatDate(date.date, date.granularity);
    return `Which ${head} was ${dated[1]} ${date.granularity === "day" ? "on" : "in"} ${when}?`;
  }
  const clause = parseClauses(sentence).find((c) => c.subject.start === 0);
  if (!clause) return undefined;
  const head = HEADED.exec(clause.subject.text)?.[1];
  const start = clause.aux ? clause.aux.start : clause.verb.start;
  const predicate = resolvedSpan(article, sentence, start, clause.predicate.end);
  if (!head || !predicate || hasQuote(predicate) || wordCount(predicate) > 14) return undefined;
  return `Which ${head} ${predicate}?`;
};

// "has begun in Belém" under "In November 2025, ...": a dated event takes the simple past.
const IRREGULAR_PAST: Readonly<Record<string, string>> = { begun: "began" };
const PERFECT = /^(Which [^?]*?) has (been [a-z]+|[a-z]+ed|begun)\b/;

/** "In November 2025, which edition ... has begun?" → "... began?"; undated stems keep it. */
export const datedPast = (stem: string): string => {
  const anchor = /^In (?:[A-Z][a-z]+ )?(?:19|20)\d{2}, /.exec(stem)?.[0];
  if (!anchor) return stem;
  const body = `W${stem.slice(anchor.length + 1)}`;
  const match = PERFECT.exec(body);
  if (!match?.[1] || !match[2]) return stem;
  const participle = match[2];
  const past = participle.startsWith("been ")
    ? participle.replace(/^been/, "was")
    : (IRREGULAR_PAST[participle] ?? participle);
  return `${anchor}w${match[1].slice(1)} ${past}${body.slice(match[0].length)}`;
};

export const howManyOrdinal: Rule = {
  id: "how-many.ordinal",
  type: "how-many",
  description: 'Which edition or amendment: "The 30th edition of the Conference of Parties ..."',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const ordinal of findOrdinals(sentence)) {
        const stem = ordinalStem(article, sentence, ordinal);
        if (!stem) continue;
        candidates.push(
          figureCandidate(
            "how-many.ordinal",
            datedPast(anchored(stem, timeAnchor(article, sentence, 0, ordinal.end))),
            ordinal,
            sentence,
            [],
            0.75,
          ),
        );
      }
    }
    return candidates;
  },
};
