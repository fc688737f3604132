// A majority written as a split: "Labour held a 61-39 lead over the Greens in the council"
// → "What lead did Labour hold over the Greens in the council?"; "The ruling
// coalition won a 293-250 majority in the Lok Sabha" → "What majority did the ruling coalition win
// in the Lok Sabha?". Options keep the split's total (52-48, 54-46), so none is told apart by its
// sum. A clause after a named person's event ("Before Graham's death, ...") is of the article's
// month; other openers ("Before the 2019 election, ...") leave it undated, so it is not asked.
import { formatDate } from "../dates";
import type { AnalysedArticle, Candidate, Rule, Sentence } from "../types";
import { digitQuantity, figureCandidate } from "./how-many-phrases";
import { anchored, anchorOf, hasQuote, mentionsInSentence, timeAnchor, withArticle } from "./stem";

const NAME = "[A-Z][\\w’'.-]*[\\w’'-](?:\\s+(?:of\\s+)?[A-Z][\\w’'.-]*[\\w’'-])*";
const SPLIT = new RegExp(
  `(?:^|,\\s+)((?:[Tt]he\\s+)?(?:[a-z]+\\s+){0,2}?${NAME}|[Tt]he\\s+(?:[a-z]+\\s+){0,2}[a-z]+)\\s+` +
    "(held|holds|hold|had|has|have|won|wins|secured|secures|enjoyed|enjoys|commanded|commands|retained|retains)\\s+" +
    "an?\\s+(\\d{1,3})[-–](\\d{1,3})\\s+(majority|lead)" +
    `(?:\\s+over\\s+((?:the\\s+)?${NAME}))?` +
    `(?:\\s+in\\s+((?:the\\s+)?${NAME}))?(?=[\\s,.;]|$)`,
  "g",
);
const BASE: Readonly<Record<string, string>> = {
  held: "hold",
  holds: "hold",
  had: "have",
  has: "have",
  won: "win",
  wins: "win",
  secured: "secure",
  secures: "secure",
  enjoyed: "enjoy",
  enjoys: "enjoy",
  commanded: "command",
  commands: "command",
  retained: "retain",
  retains: "retain",
};
const PRESENT = /^(holds|hold|has|have|wins|secures|enjoys|commands|retains)$/;
const PRONOUN = /^(?:It|They|This|That|These|Those|He|She|We|Its|Their)\b/;
// A chamber whose country the stem must say: "the Senate" → "the US Senate".
const CHAMBER =
  /^(?:the\s+)?(Senate|House of Representatives|House|Congress|Parliament|National Assembly)$/;
const SHORT: Readonly<Record<string, string>> = {
  "United States": "US",
  "United Kingdom": "UK",
};
// "Before Graham's death,": an opener that dates the clause by a named person's event.
const OPENER =
  /^(Before|After|Until|Following)\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)[’']s\s+(death|resignation|election|retirement|appointment|defection|ouster|arrest)\s*,\s*$/;

/** "Republicans" → "the Republicans"; a plural party name reads with "the" mid-sentence. */
const asNounPhrase = (text: string): string => {
  if (/^[Tt]he\s/.test(text)) return text.replace(/^The\s/, "the ");
  if (/^[A-Z][a-z]+s$/.test(text)) return `the ${text}`;
  return withArticle(text);
};

const chamberOf = (article: AnalysedArticle, text: string): string | undefined => {
  const chamber = CHAMBER.exec(text)?.[1];
  if (!chamber) return asNounPhrase(text);
  const country = article.focus?.country;
  if (!country) return undefined;
  const short = SHORT[country] ?? article.focus?.demonym;
  return short ? `the ${short} ${chamber}` : undefined;
};

/**
 * Whether the words before the subject are a named person's event ("Before Graham's death,"): the
 * clause is then of the article's own month. Spelling the person out would give away a question
 * about them ("Which US Senator has died?"), so the stem carries the month instead.
 */
const personOpener = (article: AnalysedArticle, sentence: Sentence, before: string): boolean => {
  const found = OPENER.exec(before);
  if (!found?.[2]) return false;
  return mentionsInSentence(article, sentence.index).some(
    (m) => m.entity.kind === "person" && m.mention.text === found[2],
  );
};

export const howManySplit: Rule = {
  id: "how-many.split",
  type: "how-many",
  description: 'A majority written as a split: "held a 53-47 majority over Democrats"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const match of sentence.text.matchAll(SPLIT)) {
        const [whole, rawSubject, verb, first, second, noun, over, place] = match;
        if (!whole || !rawSubject || !verb || !first || !second || !noun) continue;
        if (PRONOUN.test(rawSubject)) continue;
        const a = Number(first);
        const b = Number(second);
        // A majority's first figure is the larger one.
        if (a <= b) continue;
        const subjectStart = (match.index ?? 0) + whole.indexOf(rawSubject);
        const before = sentence.text.slice(0, subjectStart);
        const opener = before ? personOpener(article, sentence, before) : false;
        if (before && !opener) continue;
        const where = place ? chamberOf(article, place) : undefined;
        if (place && !where) continue;
        // Without a chamber or a rival the majority is of nothing the stem can name.
        if (!where && !over) continue;
        const tense = PRESENT.test(verb) ? "does" : "did";
        const tail = `${over ? ` over ${asNounPhrase(over)}` : ""}${where ? ` in ${where}` : ""}`;
        const ask = `what ${noun} ${tense} ${asNounPhrase(rawSubject)} ${BASE[verb] ?? verb}${tail}?`;
        const month = anchorOf(article);
        const end = (match.index ?? 0) + whole.length;
        // "... in the Kerala Assembly in May 2021": a date right after the clause is its own.
        const dated = article.dates.find(
          (d) =>
            d.sentence === sentence.index &&
            /^\s+(?:(?:in|on)\s+)?$/.test(sentence.text.slice(end, d.start)),
        );
        const anchor = opener
          ? month && `In ${month}`
          : dated
            ? `In ${formatDate(dated.date, dated.granularity === "day" ? "month" : dated.granularity)}`
            : timeAnchor(article, sentence, subjectStart, end);
        if (!anchor) continue;
        const stem = anchored(`${ask.charAt(0).toUpperCase()}${ask.slice(1)}`, anchor);
        const figure = `${first}-${second}`;
        const at = sentence.text.indexOf(`${first}`, subjectStart);
        const text = sentence.text.slice(at, at + figure.length);
        const quantity = digitQuantity(sentence, at, text, a, "split");
        candidates.push(figureCandidate("how-many.split", stem, quantity, sentence, [], 0.74));
      }
    }
    return candidates;
  },
};
