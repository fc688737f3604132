// "Coming 10 years after the historic Paris Agreement, this [COP30, which has begun] ..." →
// "In which year was the Paris Agreement adopted?": the year of the earlier event, which the
// sentence gives only as a distance from its main event. ("How many years after X has Y begun?"
// was plain subtraction, and not examiner English.)
import type {
  AnalysedArticle,
  Candidate,
  DateMention,
  QuantityMention,
  Rule,
  Sentence,
} from "../types";
import { dateAnswer } from "./answer";
import { parseClauses } from "./clause";
import { resolvedSpan, upperFirst, wordCount } from "./stem";

// "Coming", "Exactly" may open the figure; a hedge ("Nearly") makes it approximate and unasked.
const LEAD = /^(?:(?:Coming|Exactly|Just|Only)\s+)?$/;
const AFTER = /^\s+after\s+([^,;]{3,80}),\s+/;
// ", this would have been ...": the main clause stands for the sentence before.
const BACK = /(?:^|,\s+)(?:this|it)\s+(?:would|will|is|was|has|had|marks|comes)\b/;
// What the earlier thing is, and how its year is asked. Only named instruments and events.
const ASKED: readonly [RegExp, string][] = [
  [/\b(?:Agreement|Protocol|Convention|Declaration|Charter|Resolution)$/, "adopted"],
  [/\b(?:Treaty|Accord|Pact)$/, "signed"],
  [/\bAccords$/, "signed"],
  [/\b(?:Games|Olympics|Summit|Conference|World Cup)$/, "held"],
];
// "the historic Paris Agreement": praise the stem leaves out.
const PRAISE = /\b(?:historic|landmark|landmark-?|famous|celebrated|seminal|path-breaking)\s+/gi;
const NAMED = /^(?:the\s+)?(?:\d{4}\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*$/;

/** The year of the main event: a year its clause names, else the article's for a present tense. */
const mainYear = (article: AnalysedArticle, sentence: Sentence, from: number) => {
  const back = BACK.test(sentence.text.slice(from));
  const main = back ? article.sentences[sentence.index - 1] : sentence;
  if (!main) return undefined;
  const clause = parseClauses(main).find((c) =>
    back ? c.subject.start === 0 : c.subject.start === from,
  );
  if (!clause) return undefined;
  const year = article.dates.find(
    (d) =>
      d.sentence === main.index &&
      d.start >= clause.subject.start &&
      d.end <= clause.predicate.end &&
      d.granularity !== "day",
  );
  if (year) return year.date.year;
  // "has begun", "is held": the main event is the article's own news.
  const tense = (clause.aux?.text ?? clause.verb.text).split(" ")[0]?.toLowerCase() ?? "";
  return /^(has|have|is|are|begins|opens|starts)$/.test(tense)
    ? article.publishedAt?.year
    : undefined;
};

const yearsAfter = (
  article: AnalysedArticle,
  sentence: Sentence,
  quantity: QuantityMention,
): Candidate | undefined => {
  const text = sentence.text;
  // Years only: "three decades after" is a rounded distance, its year a guess.
  if (quantity.unit !== "year" || quantity.approximate || !Number.isInteger(quantity.value))
    return undefined;
  if (!LEAD.test(text.slice(0, quantity.start))) return undefined;
  const after = AFTER.exec(text.slice(quantity.end));
  if (!after?.[1]) return undefined;
  const from = quantity.end + after[0].length;
  const start = quantity.end + after[0].indexOf(after[1]);
  const thing = resolvedSpan(article, sentence, start, from - 2)?.replace(PRAISE, "");
  if (!thing || !NAMED.test(thing) || wordCount(thing) > 8) return undefined;
  const verb = ASKED.find(([ending]) => ending.test(thing))?.[1];
  const main = mainYear(article, sentence, from);
  if (!verb || main === undefined) return undefined;
  const year = main - quantity.value;
  const plural = /s$/.test(thing) && !/(Games|Olympics)$/.test(thing);
  const date: DateMention = {
    sentence: sentence.index,
    start: quantity.start,
    end: quantity.end,
    text: quantity.text,
    date: { year },
    granularity: "year",
    relative: true,
  };
  return {
    ruleId: "when.years-after",
    type: "when",
    stem: `In which year ${plural ? "were" : "was"} ${upperFirst(thing).replace(/^The\s/, "the ")} ${verb}?`,
    ...dateAnswer(date),
    sentence,
    reliesOn: [quantity.text],
    alsoTrue: [],
    priority: 0.72,
  };
};

export const whenYearsAfter: Rule = {
  id: "when.years-after",
  type: "when",
  description: 'A sentence opening "N years after X, ...": the year of X',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.start > 12) continue;
        const found = yearsAfter(article, sentence, quantity);
        if (found) candidates.push(found);
      }
    }
    return candidates;
  },
};
