// A figure that changed by an amount: "In 2025, Japan's population declined by nearly 1 million"
// → "In 2025, by about how much did Japan's population decline?"; "Brazil's exports rose by 12% in
// 2024" → "By how much did Brazil's exports rise in 2024?". The thing that changed is a named
// country's or body's figure ("X's population"), so the stem stands alone; the year comes from the
// sentence, or from the sentence before for "In the same year, ...".
import { MONEY_UNITS } from "../../../questions/number-words";
import { formatDate } from "../dates";
import type { AnalysedArticle, Candidate, Rule, Sentence } from "../types";
import { pluralUnit } from "./answer";
import { keptQualifier } from "./how-many";
import { figureCandidate, sameUnitValues, wordScaled } from "./how-many-phrases";
import { anchored, hasQuote, timeAnchor } from "./stem";

const VERBS: Readonly<Record<string, string>> = {
  declined: "decline",
  fell: "fall",
  dropped: "drop",
  shrank: "shrink",
  decreased: "decrease",
  rose: "rise",
  grew: "grow",
  increased: "increase",
  climbed: "climb",
  jumped: "jump",
};

// "Japan's population declined by ", "South Korea's exports fell by ": a capitalised owner with a
// possessive, one to three lower-case words, the verb and "by" right before the figure.
const CHANGED = new RegExp(
  `(?:^|,\\s+)((?:the\\s+)?[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,3}['’]s\\s+[a-z][a-z-]+(?:\\s+[a-z][a-z-]+){0,2})\\s+(${Object.keys(VERBS).join("|")})\\s+by\\s+(?:about|around|roughly|nearly|almost|some|approximately|more than|over)?\\s*$`,
);
const OWNER_NOT = /^(?:the\s+)?(?:It|Its|This|That|These|Those|They|Their|He|His|She|Her|We|Our)\b/;
// What may follow the figure: the end, a clause break, or the year of the change.
const AFTER = /^(?:\s+(in\s+\d{4}))?\s*(?:[.,;]|$)/;
const SAME_YEAR = /^(?:In|During)\s+the\s+same\s+year,\s+/;

/** The wh-phrase the figure's shape asks for; undefined for a bare figure of no known unit. */
const askedAs = (unit: string, subject: string): string | undefined => {
  if (unit === "percent") return "what percentage";
  if (MONEY_UNITS.has(unit)) return "how much";
  if (unit && /^[a-z]+$/.test(unit)) return `how many ${pluralUnit(unit)}`;
  // "Japan's population declined by 1 million": a population counts people.
  if (!unit && /\bpopulation$/.test(subject)) return "how many people";
  return undefined;
};

/** "In the same year, ...": the latest year named in the paragraph's earlier sentences. */
const sameYear = (article: AnalysedArticle, sentence: Sentence): string | undefined => {
  const earlier = article.dates.filter((d) => {
    const s = article.sentences[d.sentence];
    return (
      s !== undefined &&
      s.paragraph === sentence.paragraph &&
      d.sentence < sentence.index &&
      d.sentence >= sentence.index - 2
    );
  });
  const last = earlier.sort((a, b) => a.sentence - b.sentence || a.start - b.start).at(-1);
  return last ? `In ${formatDate(last.date, "year")}` : undefined;
};

export const howManyChangedBy: Rule = {
  id: "how-many.changed-by",
  type: "how-many",
  description: 'The amount a named figure changed by: "X\'s population declined by 1 million"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || wordScaled(quantity)) continue;
        const before = sentence.text.slice(0, quantity.start);
        const changed = CHANGED.exec(before);
        const after = AFTER.exec(sentence.text.slice(quantity.end));
        if (!changed?.[1] || !changed[2] || !after) continue;
        const subject = changed[1];
        const base = VERBS[changed[2]];
        if (!base || OWNER_NOT.test(subject)) continue;
        // The opener before the subject: nothing, a year ("In 2025,") or "In the same year,".
        const opener = before.slice(0, changed.index).trim();
        const same = SAME_YEAR.test(sentence.text);
        if (opener && !same && !/^(?:In|During|By)\s+\d{4},?$/.test(opener)) continue;
        const hedged =
          keptQualifier(sentence, quantity) !== undefined ||
          /\b(?:about|around|roughly|nearly|almost|some|approximately)\s*$/.test(before);
        if (quantity.approximate && !hedged) continue;
        if (/\b(?:more than|over)\s*$/.test(before)) continue;
        const anchor = same
          ? sameYear(article, sentence)
          : timeAnchor(article, sentence, changed.index, quantity.end);
        if (same && !anchor) continue;
        const asked = askedAs(quantity.unit, subject);
        if (!asked) continue;
        const wh = `by ${hedged ? "about " : ""}${asked}`;
        const owner = subject.replace(/^The\s/, "the ");
        const year = after[1] ? ` ${after[1]}` : "";
        const stem = `${wh.charAt(0).toUpperCase()}${wh.slice(1)} did ${owner} ${base}${year}?`;
        candidates.push(
          figureCandidate(
            "how-many.changed-by",
            anchored(stem, anchor),
            quantity,
            sentence,
            sameUnitValues(article, quantity),
            0.7,
          ),
        );
      }
    }
    return candidates;
  },
};
