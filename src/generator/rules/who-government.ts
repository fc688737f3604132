// "the Jane Rao coalition government", "the Rao government" → "As of May 2026, who heads the
// coalition government of X?": a government named after its head, a known head of government.
import type { Rule } from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { anchorOf, withArticle } from "./stem";

const GOVERNMENT = /^(?:[’']s)?\s+((?:coalition|interim|caretaker|minority|new)\s+)?government\b/i;
const STALE = /\b(former|ex|late|then|previous|erstwhile|outgoing)\s+$/i;

export const whoHeadsGovernment: Rule = {
  id: "who.heads-government",
  type: "who",
  description: "A head of government named in 'the <Name> government'",
  apply: (article) => {
    const anchor = anchorOf(article);
    return article.entities.flatMap((person) => {
      if (person.kind !== "person" || person.role !== "head-of-government") return [];
      if (!person.nationality) return [];
      for (const mention of person.mentions) {
        const sentence = article.sentences[mention.sentence];
        if (!sentence) continue;
        const kind = GOVERNMENT.exec(sentence.text.slice(mention.end));
        const before = sentence.text.slice(0, mention.start);
        if (!kind || !/\bthe\s+$/i.test(before) || STALE.test(before.replace(/the\s+$/i, "")))
          continue;
        const government = `${kind[1]?.toLowerCase() ?? ""}government`;
        const country = withArticle(person.nationality);
        const stem = `${anchor ? `As of ${anchor}, who` : "Who"} heads the ${government} of ${country}?`;
        return [
          {
            ruleId: "who.heads-government",
            type: "who" as const,
            stem,
            ...entityAnswer(person),
            sentence,
            reliesOn: [person.nationality],
            alsoTrue: sameKindIn(article, sentence.index, person),
            priority: 0.8,
          },
        ];
      }
      return [];
    });
  },
};
