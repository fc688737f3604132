// The person a prize or award is named after, by what the sentence says they are called: "the
// Kabir Award - named after a poet who is often called the father of Hindi bhakti verse" → "Which
// poet is often called the father of Hindi bhakti verse?". The exam's "Who is known as the father of ...?": the namesake must be a person
// the knowledge knows (a writer among writers), and the name is never in the stem.
import type { AnalysedArticle, Candidate, Rule } from "../types";
import { askable, entityCandidate } from "./answer";
import { mentionsInSentence } from "./stem";

// After the prize's name: "named after a poet who is often called the father of ...".
const NAMED_AFTER =
  /^\s+(?:[A-Z][a-z]+\s+)?(?:Prize|Award|Medal|Trophy|Fellowship|Lecture)\b[^.;"“”]{0,40}?\bnamed\s+after\s+an?\s+([a-z]+)\s+who\s+(has\s+been|is|was|had\s+been)\s+((?:often|widely|long|sometimes)\s+)?(referred\s+to|known|regarded|described|hailed|celebrated)\s+as\s+(the\s+(?:father|mother|founder|pioneer)\s+of\s+[a-z][\w\s-]{2,50}?)\s*(?=[,;.)]|\s[-–—]\s|$)/i;
// The noun of "Which ___": what kind of person the sentence says the namesake was.
const PERSON_NOUN =
  /^(writer|poet|author|novelist|scientist|physicist|mathematician|painter|composer|philosopher|economist|reformer|leader|architect)$/;

export const whoEponym: Rule = {
  id: "who.eponym",
  type: "who",
  description:
    'The namesake of a prize by what they are called: "the father of modern X literature"',
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (!/\bnamed\s+after\b/i.test(sentence.text)) continue;
      for (const { entity, mention } of mentionsInSentence(article, sentence.index)) {
        if (entity.kind !== "person" || !askable(entity, knowledge)) continue;
        const found = NAMED_AFTER.exec(sentence.text.slice(mention.end));
        const noun = found?.[1]?.toLowerCase();
        if (!found || !noun || !PERSON_NOUN.test(noun) || !found[2] || !found[4] || !found[5])
          continue;
        const title = found[5].replace(/\s+/g, " ");
        // "the father of Lu Xun studies": the title must not hold the answer.
        if (title.toLowerCase().includes(entity.name.toLowerCase())) continue;
        const adverb = found[3] ? `${found[3].trim()} ` : "";
        const verb = found[2].replace(/\s+/g, " ");
        candidates.push(
          entityCandidate(article, sentence, entity, {
            ruleId: "who.eponym",
            type: "who",
            stem: `Which ${noun} ${verb} ${adverb}${found[4].replace(/\s+/g, " ")} as ${title}?`,
            priority: 0.8,
            alsoTrue: [],
          }),
        );
      }
    }
    return candidates;
  },
};
