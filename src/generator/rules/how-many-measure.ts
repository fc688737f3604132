// Heights of named peaks and "all N of" feats: "the 8,586-metre peak" in an article that names one
// peak (Kangchenjunga) → "How many metres high is Kangchenjunga?"; "famed for scaling all 7 of
// the continents' top summits in 2018" → "How many of the continents' top summits is X famed for
// scaling in 2018?".
import type { AnalysedArticle, Candidate, Rule, Sentence } from "../types";
import { parseClauses } from "./clause";
import { figureCandidate, restOfClause } from "./how-many-phrases";
import { hasQuote, resolvedSpan, wordCount } from "./stem";
import { subjectPhrase } from "./subject";

const HEIGHT = /^-?(metre|foot)$/;
const PEAK_NOUN = /^(?:\s*\([^()]{1,20}\))?\s+(peak|mountain|summit|volcano)\b/;
// "Broad Peak", "Mount Abu", "Nanda Devi Peak": a named peak of the article.
const PEAK_NAME =
  /\b(?:Mount\s+[A-Z][\w-]*|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:Peak|Mountain)|K2|Everest|Kangchenjunga|Annapurna|Nanga Parbat|Lhotse|Makalu)\b/g;

/** The one peak named in this sentence or the two before it ("the 8,047-metre peak" after
 * "Broad Peak"), or undefined when none or several are. */
const nearPeak = (article: AnalysedArticle, sentence: Sentence): string | undefined => {
  const names = new Set<string>();
  for (const near of article.sentences.slice(Math.max(0, sentence.index - 2), sentence.index + 1)) {
    for (const match of near.text.matchAll(PEAK_NAME)) names.add(match[0]);
  }
  return names.size === 1 ? [...names][0] : undefined;
};

// "climbing all 14 of the world's": the counted feat inside a clause.
const ALL_OF = /\ball\s+$/;
const OF_WHAT =
  /^\s+of\s+((?:the|its|their)\s+(?:[^,;]|,(?=\d))+?)(?=\s+(?:in|within|over|during|by|since)\s|[,;.](?!\d)|$)/;
const KNOWN_FOR = /^(?:is|was)\s+(known|famous|remembered|celebrated)\s+for\s+([a-z]+ing)\s+$/;

const allOfStem = (article: AnalysedArticle, sentence: Sentence, start: number, end: number) => {
  const text = sentence.text;
  if (!ALL_OF.test(text.slice(0, start))) return undefined;
  const of = OF_WHAT.exec(text.slice(end));
  if (!of?.[1] || wordCount(of[1]) > 8) return undefined;
  const clause = parseClauses(sentence).find((c) => c.verb.end < start && c.predicate.end >= end);
  const from = clause ? (clause.aux ?? clause.verb).start : -1;
  const known = clause ? KNOWN_FOR.exec(text.slice(from, start - 4)) : null;
  const subject = clause ? subjectPhrase(article, sentence, clause) : undefined;
  if (!clause || !known?.[1] || !known[2] || !subject) return undefined;
  const rest = restOfClause(article, sentence, end + of[0].length, 12);
  const what = resolvedSpan(
    article,
    sentence,
    end + of[0].length - of[1].length,
    end + of[0].length,
  );
  if (!rest || !what) return undefined;
  const verb = clause.aux?.text ?? clause.verb.text;
  const tail = rest.text ? ` ${rest.text}` : "";
  return `How many of ${what} ${verb} ${subject} ${known[1]} for ${known[2]}${tail}?`;
};

export const howManyMeasure: Rule = {
  id: "how-many.measure",
  type: "how-many",
  description: 'The height of a named peak, or a feat of "all N of": "the 8,047-metre peak"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const peak = nearPeak(article, sentence);
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.approximate) continue;
        const text = sentence.text;
        const height =
          peak && HEIGHT.test(quantity.unit) && /-/.test(quantity.text)
            ? PEAK_NOUN.exec(text.slice(quantity.end))
            : null;
        const stem = height
          ? `How many ${quantity.unit === "foot" ? "feet" : "metres"} high is ${peak}?`
          : !quantity.unit && Number.isInteger(quantity.value) && quantity.value >= 2
            ? allOfStem(article, sentence, quantity.start, quantity.end)
            : undefined;
        if (!stem) continue;
        candidates.push(figureCandidate("how-many.measure", stem, quantity, sentence, [], 0.7));
      }
    }
    return candidates;
  },
};
