// "N years after X" opening a sentence: "Exactly three decades after hosting its first Asian
// Games, India will host the event again in 2032" → "How many decades after hosting its first
// Asian Games will India host the event again in 2032?". When the main clause leans on the
// sentence before ("Coming 10 years after X, this would ..."), that sentence's clause is asked.
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { pluralUnit } from "./answer";
import { type Clause, parseClauses } from "./clause";
import { frontedQuestion } from "./fronting";
import { figureCandidate } from "./how-many-phrases";
import { anchored, hasQuote, resolvedSpan, timeAnchor, wordCount } from "./stem";

const DURATIONS = /^(day|week|month|year|decade|century)$/;
// "Coming", "Exactly" may open the figure; a hedge ("Nearly") makes it approximate and unasked.
const LEAD = /^(?:(?:Coming|Exactly|Just|Only)\s+)?$/;
const AFTER = /^\s+after\s+([^,;]{3,80}),\s+/;
// ", this would have been ...": the main clause stands for the sentence before.
const BACK = /(?:^|,\s+)(?:this|it)\s+(?:would|will|is|was|has|had|marks|comes)\b/;

const mainClause = (
  article: AnalysedArticle,
  sentence: Sentence,
  from: number,
): { sentence: Sentence; clause: Clause; gapEnd: number } | undefined => {
  if (BACK.test(sentence.text.slice(from))) {
    const previous = article.sentences[sentence.index - 1];
    const clause = previous ? parseClauses(previous).find((c) => c.subject.start === 0) : undefined;
    // The clause is cut after its verb: the rest may be the answer of that sentence's question
    // ("... has begun in Belém"), and the two would give each other away.
    const cut = clause && { ...clause, predicate: { ...clause.predicate, end: clause.verb.end } };
    return previous && cut ? { sentence: previous, clause: cut, gapEnd: 0 } : undefined;
  }
  const clause = parseClauses(sentence).find((c) => c.subject.start === from);
  return clause ? { sentence, clause, gapEnd: from } : undefined;
};

const afterStem = (
  article: AnalysedArticle,
  sentence: Sentence,
  quantity: QuantityMention,
): string | undefined => {
  const text = sentence.text;
  if (!DURATIONS.test(quantity.unit) || quantity.approximate) return undefined;
  if (!LEAD.test(text.slice(0, quantity.start))) return undefined;
  const after = AFTER.exec(text.slice(quantity.end));
  if (!after?.[1]) return undefined;
  const from = quantity.end + after[0].length;
  const what = resolvedSpan(article, sentence, quantity.end + after[0].indexOf(after[1]), from - 2);
  if (!what || hasQuote(what) || wordCount(what) > 10) return undefined;
  const main = mainClause(article, sentence, from);
  if (!main) return undefined;
  const wh = `How many ${pluralUnit(quantity.unit)} after ${what}`;
  return frontedQuestion(article, main.sentence, main.clause, { start: 0, end: main.gapEnd }, wh);
};

export const howManyAfter: Rule = {
  id: "how-many.after",
  type: "how-many",
  description: 'A sentence opening "N years after X, ...": "How many years after X did ...?"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.start > 12) continue;
        const stem = afterStem(article, sentence, quantity);
        if (!stem) continue;
        candidates.push(
          figureCandidate(
            "how-many.after",
            anchored(stem, timeAnchor(article, sentence, 0, quantity.end)),
            quantity,
            sentence,
            [],
            0.72,
          ),
        );
      }
    }
    return candidates;
  },
};
