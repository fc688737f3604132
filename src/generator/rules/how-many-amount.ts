// Amounts of money: "A district court fined a Dutch tourist S$900 (€620) for ..." → "How much did a
// district court fine a Dutch tourist for ...?"; "The utility announced it would commit €40m to
// ..." → "How much did the utility announce for ...?". Options keep the currency as written.
import { MONEY_UNITS } from "../../../questions/number-words";
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { type Clause, parseClauses } from "./clause";
import { frontedQuestion } from "./fronting";
import { afterAside, figureCandidate, restOfClause, sameUnitValues } from "./how-many-phrases";
import { anchored, hasQuote, timeAnchor, wordCount } from "./stem";
import { subjectPhrase } from "./subject";

// Verbs whose amount may follow a person or body: "fined a student S$600", "awarded her £5,000".
const TO_SOMEONE = /^(fine|award|pay|give|grant|offer|charge|cost|lend|owe)$/;
// Verbs whose amount follows them directly: "invested Rs 500 crore in ...".
const DIRECT =
  /^(fine|award|pay|give|grant|offer|invest|spend|commit|allocate|earmark|raise|donate|pledge|approve|sanction|borrow|provide|release|win|receive|seek|demand|earn|collect|lose)$/;
const OBJECT = /^(?:a|an|the|its|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,4}$/;
// "announced (on Monday) that it would commit": an announced amount, asked without the pronoun.
const ANNOUNCED =
  /^\s+(?:[\w\s]{0,24}?\s)?(?:that\s+)?(?:it|they)\s+(?:would|will|is to|are to|plans to|intends to)\s+(?:invest|spend|commit|allocate|earmark|provide)\s+$/;
// An earlier or later event the sentence does not date: no month anchor for it.
const UNDATED = /\b(?:later|earlier|afterwards|days after|weeks after)\b/i;

const keepIndefinite = (stem: string, clause: Clause): string => {
  const indefinite = /^(A|An)\s+(\S.*)$/.exec(clause.subject.text);
  if (!indefinite?.[1] || !indefinite[2]) return stem;
  return stem.replace(` the ${indefinite[2]}`, ` ${indefinite[1].toLowerCase()} ${indefinite[2]}`);
};

const amountStem = (
  article: AnalysedArticle,
  sentence: Sentence,
  quantity: QuantityMention,
): string | undefined => {
  const text = sentence.text;
  // "($465; £348)": a conversion is an aside, not the amount asked.
  if (/[(;]\s*$/.test(text.slice(0, quantity.start))) return undefined;
  const gapEnd = afterAside(text, quantity.end);
  for (const clause of parseClauses(sentence)) {
    if (quantity.start < clause.verb.end || quantity.start > clause.predicate.end + 1) continue;
    const between = text.slice(clause.verb.end, quantity.start).trim();
    const base = clause.verb.base;
    const announced =
      base === "announce" && ANNOUNCED.test(text.slice(clause.verb.end, quantity.start));
    if (announced) {
      const rest = restOfClause(article, sentence, gapEnd);
      const purpose = /^(?:to|for|on|in|towards)\s+(.+)$/.exec(rest?.text ?? "")?.[1];
      const subject = subjectPhrase(article, sentence, clause);
      if (!purpose || !subject || wordCount(purpose) < 2) return undefined;
      return keepIndefinite(`How much did ${subject} announce for ${purpose}?`, clause);
    }
    const direct = between === "" && DIRECT.test(base);
    const toSomeone = TO_SOMEONE.test(base) && OBJECT.test(between) && !/[,;]/.test(between);
    if (!direct && !toSomeone) continue;
    const rest = restOfClause(article, sentence, gapEnd);
    const end = rest?.text ? rest.end : gapEnd;
    const extended = { ...clause, predicate: { ...clause.predicate, end: Math.max(end, gapEnd) } };
    const stem = frontedQuestion(
      article,
      sentence,
      extended,
      { start: quantity.start, end: gapEnd },
      "How much",
    );
    return stem ? keepIndefinite(stem, clause) : undefined;
  }
  return undefined;
};

export const howManyAmount: Rule = {
  id: "how-many.amount",
  type: "how-many",
  description: 'An amount of money paid, fined or committed: "fined a student S$600"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.approximate) continue;
        if (!MONEY_UNITS.has(quantity.unit) || !/\d/.test(quantity.text)) continue;
        const stem = amountStem(article, sentence, quantity);
        if (!stem) continue;
        const anchor = UNDATED.test(sentence.text)
          ? undefined
          : timeAnchor(article, sentence, 0, quantity.end);
        candidates.push(
          figureCandidate(
            "how-many.amount",
            anchored(stem, anchor),
            quantity,
            sentence,
            sameUnitValues(article, quantity),
            0.72,
          ),
        );
      }
    }
    return candidates;
  },
};
