// Rises by a multiple: "the state government chose to lift hospital fees for private rooms
// fourfold" → "By what factor did the state government choose to lift hospital fees for private
// rooms?"; "Exports to the bloc grew threefold in 2024" → "By what factor did exports to the
// bloc grow in 2024?". Options are other multiples in words (twofold, threefold, tenfold).
import { FOLD_MULTIPLES } from "../../../questions/number-words";
import type { Candidate, QuantityMention, Rule, Sentence } from "../types";
import { clausesOf } from "./event";
import { frontedQuestion } from "./fronting";
import { figureCandidate } from "./how-many-phrases";
import { anchored, hasQuote, timeAnchor } from "./stem";

const FOLD = new RegExp(`(?<![\\w-])(${FOLD_MULTIPLES.map(([w]) => w).join("|")})\\b`, "gi");
// The verb the multiple measures, in the words before it: "raise ... fivefold", "grew threefold".
const RISE =
  /\b(?:rais|increas|hik|grow|grew|rose|rise|rising|jump|surg|multipli|expand|swell|soar|boost)\w*\b[^,;]{0,60}$/i;

const multipleAt = (sentence: Sentence, start: number, text: string): QuantityMention => ({
  sentence: sentence.index,
  start,
  end: start + text.length,
  text,
  value: FOLD_MULTIPLES.find(([w]) => w === text.toLowerCase())?.[1] ?? 0,
  unit: "fold",
  format: "words",
  approximate: false,
});

export const howManyMultiple: Rule = {
  id: "how-many.multiple",
  type: "how-many",
  description: 'A rise by a multiple: "decided to raise visa fees fivefold"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const match of sentence.text.matchAll(FOLD)) {
        const start = match.index ?? 0;
        const text = match[1] ?? "";
        const before = sentence.text.slice(0, start);
        // "nearly fivefold", "more than tenfold": a hedged multiple.
        if (/\b(?:nearly|almost|about|around|over|more than|roughly|some)\s+$/i.test(before))
          continue;
        if (!RISE.test(before)) continue;
        const quantity = multipleAt(sentence, start, text);
        for (const clause of clausesOf(sentence)) {
          if (start < clause.verb.end || quantity.end > clause.predicate.end) continue;
          const gap = { start: start - (/\s$/.test(before) ? 1 : 0), end: quantity.end };
          const stem = frontedQuestion(article, sentence, clause, gap, "By what factor");
          if (!stem) continue;
          candidates.push(
            figureCandidate(
              "how-many.multiple",
              anchored(
                stem,
                timeAnchor(article, sentence, clause.subject.start, clause.predicate.end),
              ),
              quantity,
              sentence,
              [],
              0.72,
            ),
          );
          break;
        }
      }
    }
    return candidates;
  },
};
