// A national body as the source of a figure: "Nine people drowned in Kerala's floods in the
// week to 3 August, according to the National Disaster Management Authority." → "Which Indian
// body reported that nine people drowned in Kerala's floods in the week to 3 August 2026?".
// Only statements that carry a figure: a count is one body's data, an opinion is anyone's.
import { MONTH_NAMES } from "../../../questions/calendar";
import type { AnalysedArticle, Candidate, OrganisationEntity, Rule } from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { hasQuote, mentionsInSentence, resolvedSpan, wordCount } from "./stem";

// The sentence ends on the source: ", according to (the) <Body>."
const ACCORDING = /,\s+according\s+to\s+(?:the\s+)?(?:[A-Z][\w.’'-]*[’']s\s+)?$/;
// "The latest weekly data shows ...": the carrier of the figures goes; the figures stay.
const CARRIER =
  /^(?:The\s+)?(?:latest\s+|new\s+|official\s+)?(?:\w+\s+)?(?:data|figures|statistics)\s+(?:shows?|suggests?|indicates?)\s+(?:that\s+)?/i;
// Heads of a national body's name and the noun the stem calls it by.
const NOUN: readonly [RegExp, string][] = [
  [/\bAgency$/, "agency"],
  [/\b(Service|Department|Ministry|Office|Bureau|Administration|Institute)$/, "body"],
];
const FIGURE =
  /\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b/i;

const DAY_RANGE = new RegExp(
  `\\b(\\d{1,2}(?:[-–]\\d{1,2})?\\s+(${MONTH_NAMES.join("|")}))\\b(?!,?\\s+\\d{4})`,
  "g",
);

/** "from 6-12 July" → "from 6-12 July 2026": a day range of a month not after the article's. */
const withYear = (article: AnalysedArticle, text: string): string | undefined => {
  const published = article.publishedAt;
  let ok = true;
  const dated = text.replace(DAY_RANGE, (whole, _day: string, month: string) => {
    const at = MONTH_NAMES.indexOf(month) + 1;
    if (!published || at > published.month) ok = false;
    return published ? `${whole} ${published.year}` : whole;
  });
  return ok ? dated : undefined;
};

const nounOf = (name: string): string | undefined => NOUN.find(([head]) => head.test(name))?.[1];

export const organisationSource: Rule = {
  id: "which-organisation.source",
  type: "which-organisation",
  description: "The national body a figure is 'according to', asked as the body that reported it",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (entity.kind !== "organisation" || entity.orgType === "company") continue;
        const body = entity as OrganisationEntity;
        const noun = nounOf(body.name);
        const country = body.country;
        if (!noun || !country || !/^\s*\.?\s*$/.test(sentence.text.slice(mention.end))) continue;
        const lead = ACCORDING.exec(sentence.text.slice(0, mention.start));
        if (!lead) continue;
        const end = mention.start - lead[0].length;
        const carrier = CARRIER.exec(sentence.text);
        const start = carrier ? carrier[0].length : 0;
        const spanned = resolvedSpan(article, sentence, start, end);
        const statement = spanned ? withYear(article, spanned) : undefined;
        if (!statement || wordCount(statement) < 5 || wordCount(statement) > 30) continue;
        if (!FIGURE.test(statement) || /\b(he|she|it|they|this|these)\b/i.test(statement)) continue;
        const demonym = knowledge.countries.find((c) => c.name === country)?.demonyms[0];
        if (!demonym) continue;
        const what = statement.charAt(0).toLowerCase() + statement.slice(1);
        candidates.push({
          ruleId: "which-organisation.source",
          type: "which-organisation",
          stem: `Which ${demonym} ${noun} reported that ${what}?`,
          ...entityAnswer(body),
          sentence,
          reliesOn: [],
          alsoTrue: sameKindIn(article, sentence.index, body),
          priority: 0.7,
        });
      }
    }
    return candidates;
  },
};
