// "The 27th amendment to X's Constitution, passed on 13 November, ..." and "Launched in Germany in
// 2024, the PortaSplit ..." → "When was the 27th amendment to X's Constitution passed?": the date
// of a participle phrase attached to a named thing, which the event-date rule (main verbs) misses.
import type { AnalysedArticle, Candidate, DateMention, Rule, Sentence } from "../types";
import { dateAnswer } from "./answer";
import { hasQuote, resolvedSpan, wordCount } from "./stem";

// Participles of events a thing undergoes once: passed, launched, signed, founded ...
const PARTICIPLE =
  /^(passed|launched|signed|adopted|enacted|founded|established|formed|set up|opened|inaugurated|unveiled|introduced|approved|ratified|announced|built|completed|commissioned|released|published|held|created|discovered|elected|appointed)$/;
// A thing named well enough to stand alone: a capital or a figure after its article.
const SPECIFIC = /\s(?:\p{Lu}|\d)/u;
const LEGISLATED = /^(passed|approved|adopted|enacted|ratified)$/;
const LAW = /\b(amendment|bill|act|law|ordinance|resolution|budget)\b/i;
const DEICTIC = /\b(this|that|these|those|its|his|her|their|such|same)\b/i;

// "the South Carolina politician": a description that stands for someone named elsewhere.
const DESCRIBED_PERSON =
  /^the\s+(?:[A-Z][\w’'-]*\s+)*(?:politician|senator|lawmaker|leader|minister|president|diplomat|general)$/i;

/** The one person the headline names, when `noun` only describes a person. */
const headlinePerson = (article: AnalysedArticle, noun: string): string | undefined => {
  if (!DESCRIBED_PERSON.test(noun)) return undefined;
  // By full name: "close Trump ally Lindsey Graham" is about Graham, not Trump.
  const named = article.entities.filter(
    (e) => e.kind === "person" && article.title.includes(e.name),
  );
  return named.length === 1 ? named[0]?.name : undefined;
};

interface Attached {
  noun: string; // "The 27th amendment to Pakistan's Constitution"
  participle: string; // "passed"
  tail: string; // "in Germany": what the participle phrase says besides the date
  date: DateMention;
}

const dateAt = (article: AnalysedArticle, sentence: Sentence, start: number) =>
  article.dates.find(
    (d) => d.sentence === sentence.index && d.start >= start && d.start <= start + 4,
  );

/** "<The noun>, <participle> [on|in] <date>, <verb> ...": the noun comes first. */
const trailing = (article: AnalysedArticle, sentence: Sentence): Attached | undefined => {
  const match =
    /^((?:The|An?)\s[^,;:—–]+?),\s+(?:(?:first|initially|originally|formally|officially)\s+)?([a-z]+(?: up)?)\s+((?:in|at) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*\s+)?/.exec(
      sentence.text,
    );
  if (!match?.[1] || !match[2] || !PARTICIPLE.test(match[2])) return undefined;
  const date = dateAt(article, sentence, match[0].length);
  if (!date || !/^\s*,/.test(sentence.text.slice(date.end))) return undefined;
  return { noun: match[1], participle: match[2], tail: (match[3] ?? "").trim(), date };
};

/** "<Participle> [in <place>] in <date>, the <noun> <verb> ...": the participle opens. */
const leading = (article: AnalysedArticle, sentence: Sentence): Attached | undefined => {
  // "Launched in Germany in 2024, ...", "Elected to the Senate in 2002, ...".
  const match =
    /^([A-Z][a-z]+(?: up)?)\s+((?:(?:in|at) |to (?:the )?)[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*\s+)?/.exec(
      sentence.text,
    );
  const participle = match?.[1]?.toLowerCase();
  if (!match || !participle || !PARTICIPLE.test(participle)) return undefined;
  const date = dateAt(article, sentence, match[0].length);
  if (!date) return undefined;
  const after =
    /^,\s+((?:the|The)\s[^,;:—–]+?)\s+(?:is|are|was|were|has|have|had|will|can|[a-z]+s)\b/.exec(
      sentence.text.slice(date.end),
    );
  if (!after?.[1]) return undefined;
  return { noun: after[1], participle, tail: (match[2] ?? "").trim(), date };
};

export const whenParticiple: Rule = {
  id: "when.participle-date",
  type: "when",
  description: "The date in a participle phrase on a named thing: passed on, launched in",
  apply: (article: AnalysedArticle) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const found = trailing(article, sentence) ?? leading(article, sentence);
      if (!found) continue;
      const { noun, participle, tail, date } = found;
      if (!SPECIFIC.test(noun) || DEICTIC.test(noun) || wordCount(noun) > 12) continue;
      const start = sentence.text.indexOf(noun);
      // "the South Carolina politician" in a piece headlined on one person: that person.
      const phrase =
        headlinePerson(article, noun) ??
        resolvedSpan(article, sentence, start, start + noun.length);
      if (!phrase || hasQuote(phrase)) continue;
      const subject = phrase.replace(/^The\s/, "the ").replace(/^An?\s/, (a) => a.toLowerCase());
      // "the regulations" take "were"; "the amendment" takes "was".
      const plural = /s$/.test(subject.split(/\s+(?:of|to|for|in|on)\s+/)[0] ?? "");
      // A bill passes in stages (one house, the other, assent): the day is disputable, the
      // month is not.
      const staged = LEGISLATED.test(participle) && LAW.test(subject) && date.granularity === "day";
      const asked: DateMention = staged
        ? { ...date, date: { year: date.date.year, month: date.date.month }, granularity: "month" }
        : date;
      const wh =
        asked.granularity === "year" ? "In which year" : staged ? "In which month" : "When";
      const stem = `${wh} ${plural ? "were" : "was"} ${subject} ${participle}${tail ? ` ${tail}` : ""}?`;
      candidates.push({
        ruleId: "when.participle-date",
        type: "when",
        stem,
        ...dateAnswer(asked),
        sentence,
        reliesOn: [date.text],
        alsoTrue: article.dates
          .filter((d) => d.sentence === sentence.index && d !== date)
          .map((d) => dateAnswer(d).answer),
        priority: date.granularity === "year" ? 0.6 : 0.75,
      });
    }
    return candidates;
  },
};
