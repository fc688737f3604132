// Bodies named as the author of a plan or a member of a group, outside any clause subject:
// "the two-phase plan by the DGCA to regulate crew duty hours" → "Which organisation drew up the
// two-phase plan to regulate crew duty hours?"; "the African Union was made a member during ..."
// → "Which organisation was made a member during ...?".
import type { AnalysedArticle, Candidate, OrganisationEntity, Rule, Sentence } from "../types";
import { askable, entityAnswer, sameKindIn, typeForEntity } from "./answer";
import { hasQuote, mentionsInSentence, resolvedSpan, wordCount } from "./stem";

// What a body does with each kind of document: the verb the stem may honestly use.
const AUTHORED: Readonly<Record<string, string>> = {
  plan: "drew up",
  resolution: "proposed",
  proposal: "made",
  guidelines: "issued",
  rules: "issued",
  regulations: "issued",
  norms: "issued",
  directive: "issued",
  advisory: "issued",
  report: "published",
  ban: "imposed",
  scheme: "launched",
};
// "the two-phase plan by members of the IMO": the document, then "by", then the body.
const DOCUMENT = new RegExp(
  `\\b(the|a|an)\\s+((?:[a-z][\\w-]*\\s+){0,3}?(${Object.keys(AUTHORED).join("|")}))\\s+by\\s+(members\\s+of\\s+)?(?:the\\s+)?$`,
);
// After the body (and its acronym in brackets): what the document is for.
const PURPOSE = /^(?:\s*\([A-Z]{2,8}\))?\s+((?:to|on|for|into)\s+[^,;:.()—–"“”]+)/;
const MEMBER =
  /^\s+(was|were|has been|had been)\s+(made|admitted as|inducted as)\s+(a\s+(?:full\s+|permanent\s+)?member\b[^,;:."“”]*)/;

// A grouping whose presidency or summit dates the admission: "during India's G20 Presidency".
const GROUP =
  /\b(G-?\d{1,2}|BRICS|SCO|ASEAN|Quad|NATO)\b(?:['’]s)?\s+(?:Presidency|presidency|summit|Summit|chairship)/;

const organisations = (
  article: AnalysedArticle,
  sentence: Sentence,
  knowledge: Parameters<Rule["apply"]>[1],
) =>
  mentionsInSentence(article, sentence.index).filter(
    (m): m is { entity: OrganisationEntity; mention: (typeof m)["mention"] } =>
      m.entity.kind === "organisation" &&
      typeForEntity(m.entity) === "which-organisation" &&
      askable(m.entity, knowledge),
  );

const candidate = (
  article: AnalysedArticle,
  sentence: Sentence,
  entity: OrganisationEntity,
  stem: string,
  ruleId: string,
): Candidate => ({
  ruleId,
  type: "which-organisation",
  stem,
  ...entityAnswer(entity),
  sentence,
  reliesOn: [],
  alsoTrue: sameKindIn(article, sentence.index, entity),
  priority: 0.65,
});

export const organisationAuthor: Rule = {
  id: "which-organisation.author",
  type: "which-organisation",
  description: "The body a plan, resolution or set of rules is 'by', asked with the fitting verb",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const { entity, mention } of organisations(article, sentence, knowledge)) {
        const before = DOCUMENT.exec(
          sentence.text.slice(Math.max(0, mention.start - 80), mention.start),
        );
        const purpose = PURPOSE.exec(sentence.text.slice(mention.end));
        if (!before?.[1] || !before[2] || !before[3] || !purpose?.[1]) continue;
        const docStart = mention.start - before[0].length + before[0].indexOf(before[2]);
        const document = resolvedSpan(article, sentence, docStart, docStart + before[2].length);
        const purposeStart = mention.end + purpose[0].indexOf(purpose[1]);
        const aim = resolvedSpan(article, sentence, purposeStart, purposeStart + purpose[1].length);
        if (!document || !aim || hasQuote(aim) || wordCount(aim) > 14) continue;
        const verb = AUTHORED[before[3]] ?? "made";
        const who = before[4] ? "Members of which organisation" : "Which organisation";
        // Who wrote a plan is no event of the article's month: no time anchor.
        const stem = `${who} ${verb} ${before[1].toLowerCase()} ${document} ${aim.replace(/^into\s/, "on ")}?`;
        candidates.push(candidate(article, sentence, entity, stem, "which-organisation.author"));
      }
    }
    return candidates;
  },
};

export const organisationMember: Rule = {
  id: "which-organisation.made-member",
  type: "which-organisation",
  description: "A body made a member of a group: 'X was made a member during ...'",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const { entity, mention } of organisations(article, sentence, knowledge)) {
        const match = MEMBER.exec(sentence.text.slice(mention.end));
        if (!match?.[1] || !match[2] || !match[3]) continue;
        const start = mention.end + match[0].indexOf(match[3]);
        const rest = resolvedSpan(article, sentence, start, start + match[3].trimEnd().length);
        if (!rest || wordCount(rest) > 16) continue;
        const verb = match[1] === "were" ? "was" : match[1];
        // "made a member during India's G20 Presidency" → "a member of the G20 during ...": the
        // stem says of what, not only when.
        const group = GROUP.exec(rest)?.[1];
        const asked =
          group && !/\bmember\s+of\b/.test(rest)
            ? rest.replace(/\bmember\b/, `member of the ${group}`)
            : rest;
        candidates.push(
          candidate(
            article,
            sentence,
            entity,
            `Which organisation ${verb} ${match[2]} ${asked}?`,
            "which-organisation.made-member",
          ),
        );
      }
    }
    return candidates;
  },
};
