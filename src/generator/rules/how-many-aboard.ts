// Who was aboard, and what a survey found: "Three buses carrying 120 pilgrims left Jammu on 2 July"
// → "How many pilgrims were aboard the three buses that left Jammu on 2 July 2026?"; "A May survey
// by CVoter found 61% backed the plan" → "In a May 2026 survey by CVoter, what percentage of
// respondents backed the plan?".
import { MONTHS } from "../../../questions/calendar";
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { pluralUnit } from "./answer";
import { keptQualifier } from "./how-many";
import { figureCandidate, restOfClause, sameUnitValues } from "./how-many-phrases";
import { anchored, hasQuote, lowerFirst, timeAnchor } from "./stem";

const VEHICLES = "boats|ships|vessels|ferries|buses|trains|planes|aircraft|trucks|lorries";
// "Two boats carrying an estimated 530": the vehicles before the figure.
const CARRYING = new RegExp(
  `^((?:[A-Z][a-z]+|\\d+)\\s+(?:[a-z]+\\s+)?(?:${VEHICLES}))\\s+carrying\\s+(?:an estimated\\s+|about\\s+|some\\s+|nearly\\s+|around\\s+)?$`,
);
// "530 Rohingya asylum seekers left ...": the carried people, then a past-tense verb.
const CARRIED =
  /^\s+((?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?:people|passengers|migrants|pilgrims|tourists|workers|students|refugees|seekers|soldiers|fishermen|children|[a-z]+s))\s+([a-z]+ed|left|sank|went|set off|ran aground)\s+/;
const LEFT = /^\s+([a-z]+ed|left|sank|went|set off|ran aground)\s+/;
// "A June survey by Gorilla Clinic found": who asked, before a share of respondents.
const SURVEY =
  /^(?:An?\s+)((?:[A-Z][a-z]+\s+)?(?:survey|poll|study))\s+(by\s+[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)\s+(?:found|showed|revealed)\s+(?:that\s+)?$/;
const MONTH_NAMES = MONTHS.map((m) => m.name);
const MONTH_WORD = new RegExp(`^(${MONTH_NAMES.join("|")})\\s`);

const aboardStem = (
  article: AnalysedArticle,
  sentence: Sentence,
  quantity: QuantityMention,
  wh: string,
): string | undefined => {
  const text = sentence.text;
  const vehicles = CARRYING.exec(text.slice(0, quantity.start))?.[1];
  // "120 pilgrims" carries its noun; "530 Rohingya asylum seekers" has it after the figure.
  const own = quantity.unit ? LEFT.exec(text.slice(quantity.end)) : null;
  const carried = own ? null : CARRIED.exec(text.slice(quantity.end));
  const people = own ? pluralUnit(quantity.unit) : carried?.[1];
  const verb = own?.[1] ?? carried?.[2];
  const length = (own ?? carried)?.[0].length ?? 0;
  if (!vehicles || !people || !verb) return undefined;
  const rest = restOfClause(article, sentence, quantity.end + length, 12);
  if (!rest?.text || !/[A-Z]/.test(rest.text)) return undefined;
  return `${wh} ${people} were aboard the ${lowerFirst(vehicles)} that ${verb} ${rest.text}?`;
};

const surveyStem = (
  article: AnalysedArticle,
  sentence: Sentence,
  quantity: QuantityMention,
): string | undefined => {
  if (quantity.unit !== "percent" || quantity.approximate) return undefined;
  const survey = SURVEY.exec(sentence.text.slice(0, quantity.start));
  const verb = /^\s+([a-z]+ed|were|are)\s+/.exec(sentence.text.slice(quantity.end));
  if (!survey?.[1] || !survey[2] || !verb?.[1]) return undefined;
  const rest = restOfClause(article, sentence, quantity.end + verb[0].length, 12);
  if (!rest?.text) return undefined;
  // "A June survey": the month takes the article's year when the article is dated.
  const month = MONTH_WORD.exec(survey[1])?.[1];
  const published = article.publishedAt;
  // A month after the article's own is last year's ("A December survey" in a January article).
  const index = MONTH_NAMES.indexOf(month ?? "") + 1;
  const year = published && (index > published.month ? published.year - 1 : published.year);
  const kind = month && year ? survey[1].replace(month, `${month} ${year}`) : survey[1];
  return `In a ${kind} ${survey[2]}, what percentage of respondents ${verb[1]} ${rest.text}?`;
};

export const howManyAboard: Rule = {
  id: "how-many.aboard",
  type: "how-many",
  description: 'Those aboard vehicles, and a survey\'s share: "Two boats carrying 530 ..."',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || !Number.isFinite(quantity.value)) continue;
        const qualifier = quantity.approximate ? keptQualifier(sentence, quantity) : undefined;
        const hedged = /\b(?:an estimated|about|some|nearly|around)\s+$/i.test(
          sentence.text.slice(0, quantity.start),
        );
        const wh = qualifier || hedged ? "About how many" : "How many";
        const survey = surveyStem(article, sentence, quantity);
        const stem =
          survey ??
          (Number.isInteger(quantity.value) &&
          quantity.value >= 2 &&
          (!quantity.approximate || qualifier)
            ? aboardStem(article, sentence, quantity, wh)
            : undefined);
        if (!stem) continue;
        candidates.push(
          figureCandidate(
            "how-many.aboard",
            survey ? stem : anchored(stem, timeAnchor(article, sentence, 0, quantity.end)),
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
