// A company reporting on its own products or results: "Toyota said on Tuesday that its sales in
// China rose 12% in June." → "In July 2026, which company said its sales in China rose 12% in
// June?". What a firm states about its own models, plants or figures is its news, not a claim
// about others; the subject may be an epithet the gazetteer resolves ("The ChatGPT-maker").

import { formatDate } from "../dates";
import type { AnalysedArticle, Candidate, Rule } from "../types";
import { askable, entityCandidate } from "./answer";
import { anchored, anchorOf, hasQuote, mentionsInSentence, resolvedSpan, wordCount } from "./stem";

// "<Company> said [on Tuesday] [that] its ...": the report and its own date, then "its".
const REPORT =
  /^\s+(?:said|says|announced|confirmed|disclosed)\s+(?:(on\s+\w+|last\s+\w+|this\s+\w+|in\s+\w+(?:\s+\d{4})?)\s+)?(?:that\s+)?its\s+/;
const NEGATION = /\b(not|never|no|no longer|neither|nor|none)\b|n[’']t\b/i;
// A pronoun or a deictic left in the report: it would point back into the article.
const DEICTIC = /\b(he|she|it|they|them|his|her|their|this|these|those|that)\b/i;
// "its shares", "its chief executive": a report that needs a hedge or a person is not the fact.
const WEAK_HEAD = /^(?:view|opinion|hope|belief|plan|plans|intention|aim)s?\b/i;

export const companySaidIts: Rule = {
  id: "which-company.said-its",
  type: "which-company",
  description: "The company that reported a fact about its own products or figures",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (entity.kind !== "organisation" || entity.orgType !== "company") continue;
        if (!askable(entity, knowledge)) continue;
        // The company opens the sentence ("The ChatGPT-maker", "Samsung").
        if (!/^(?:The\s+)?$/.test(sentence.text.slice(0, mention.start))) continue;
        const report = REPORT.exec(sentence.text.slice(mention.end));
        if (!report) continue;
        const from = mention.end + report[0].length;
        const end = sentence.text.length - (/[.!]\s*$/.exec(sentence.text)?.[0].length ?? 0);
        const own = resolvedSpan(article, sentence, from, end);
        if (!own || hasQuote(own) || NEGATION.test(own) || DEICTIC.test(own)) continue;
        if (WEAK_HEAD.test(own) || wordCount(own) < 4 || wordCount(own) > 22) continue;
        // Another company in the report would share the fact.
        const others = mentionsInSentence(article, sentence.index).filter(
          (m) => m.mention.start >= from && m.entity.kind === "organisation",
        );
        if (others.length > 0) continue;
        // The report's own date dates the question; the article's month otherwise.
        const dated = article.dates.find(
          (d) => d.sentence === sentence.index && d.start >= mention.end && d.end <= from,
        );
        const month = anchorOf(article);
        const anchor = dated
          ? `In ${formatDate(dated.date, dated.granularity === "year" ? "year" : "month")}`
          : month && `As of ${month}`;
        const stem = anchored(`Which company said its ${own}?`, anchor);
        candidates.push(
          entityCandidate(article, sentence, entity, {
            ruleId: "which-company.said-its",
            type: "which-company",
            stem: stem,
            priority: 0.75,
          }),
        );
      }
    }
    return candidates;
  },
};
