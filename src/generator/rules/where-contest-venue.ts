// "Australia beat England by six wickets at Kolkata's Eden Gardens" in an article on one Cup →
// "Which venue hosted the ICC Champions Trophy final in March 2026?": the venue
// of a stage of the article's tournament, asked without the teams (whose country the venue would
// point at, and whose names would give away the question on the winner).
import type { AnalysedArticle, Candidate, Rule } from "../types";
import { askable, entityCandidate, typeForEntity } from "./answer";
import { stageOf } from "./referent-country";
import { anchored, hasQuote, mentionsInSentence, timeAnchor } from "./stem";

// "<team> prevailed over / beat <team> ... at": a won match, the venue right after it.
const CONTEST =
  /\b(?:prevailed over|beat|defeated|thrashed|crushed|overcame|outplayed|edged(?: past)?|won against|lost to)\s+\p{Lu}[^,;]*?\s+at\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u;

export const whereContestVenue: Rule = {
  id: "where.contest-venue",
  type: "where",
  description:
    "The stadium of a stage of the article's one tournament: 'Which venue hosted the final?'",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      const stage = stageOf(article, sentence.text);
      if (!stage) continue;
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (entity.kind !== "place" || entity.placeType !== "stadium") continue;
        if (!askable(entity, knowledge)) continue;
        if (!CONTEST.test(sentence.text.slice(0, mention.start))) continue;
        const anchor = timeAnchor(article, sentence, 0, mention.end);
        candidates.push(
          entityCandidate(article, sentence, entity, {
            ruleId: "where.contest-venue",
            type: typeForEntity(entity) ?? "where",
            stem: anchored(`Which venue hosted ${stage}?`, anchor),
            priority: 0.8,
          }),
        );
      }
    }
    return candidates;
  },
};
