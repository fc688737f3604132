// "Bangkok governor Chatchart Sittipunt", "Ontario Premier Doug Ford" → "As of July 2026, who is
// the governor of Bangkok?": a single-holder office named by its place or body before the name.
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, PersonEntity, Rule } from "../types";
import { unspelledAcronym } from "./acronym";
import { entityAnswer, sameKindIn } from "./answer";
import { anchorOf, mentionsInSentence, withArticle } from "./stem";

// Offices with one holder at a time (not "Senator": a state has two).
const OFFICES = [
  "governor",
  "premier",
  "mayor",
  "president",
  "prime minister",
  "chief minister",
  "chairman",
  "chairperson",
  "chair",
  "chief executive",
  "director general",
  "secretary general",
  "secretary-general",
  "regional president",
];
const either = (word: string) =>
  `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;
// "Moscow region governor": a lower-case place noun may close the body.
const OFFICE = new RegExp(
  `((?:[A-Z][\\w’'.&-]*\\s+){1,4}?(?:(?:region|province|state|district|county|prefecture)\\s+)?)(${OFFICES.map((o) => o.split(" ").map(either).join(" ")).join("|")})\\s+$`,
);
const NOT_A_BODY = /^(former|ex|late|then|acting|deputy|vice|the|a|an|and|new|interim|outgoing)$/i;

const isDemonym = (knowledge: Knowledge, words: string): boolean =>
  knowledge.countries.some((c) => c.demonyms.some((d) => d.toLowerCase() === words.toLowerCase()));

export const whoTitleDescriptor: Rule = {
  id: "who.title-descriptor",
  type: "who",
  description: 'A place or body and an office before a name: "Bangkok governor X"',
  apply: (article: AnalysedArticle, knowledge) => {
    const anchor = anchorOf(article);
    const candidates: Candidate[] = [];
    for (const person of article.entities) {
      if (person.kind !== "person") continue;
      for (const mention of person.mentions) {
        const sentence = article.sentences[mention.sentence];
        if (!sentence) continue;
        const before = sentence.text.slice(Math.max(0, mention.start - 60), mention.start);
        const match = OFFICE.exec(before);
        if (!match?.[1] || !match[2]) continue;
        const body = match[1].trim().replace(/[’']s$/, "");
        const firstWord = body.split(/\s+/)[0] ?? "";
        // "New York Governor" is a body; "new governor" is not.
        const newPlace = firstWord === "New" && body.includes(" ");
        if ((NOT_A_BODY.test(firstWord) && !newPlace) || isDemonym(knowledge, body)) continue;
        if (/\b(former|ex|late|then|acting|deputy|vice)\b/i.test(before.slice(0, match.index)))
          continue;
        if (unspelledAcronym(knowledge, body)) continue;
        const office = match[2];
        // "U.S." → "the United States": a known place or body reads by its gazetteer name.
        const bodyStart = mention.start - before.length + match.index + match[1].indexOf(firstWord);
        const known = mentionsInSentence(article, sentence.index).find(
          (m) => m.mention.start === bodyStart && m.entity.kind !== "person",
        );
        const named = known && known.mention.text === body ? known.entity.name : body;
        const bodyName = /\s[a-z]+$/.test(named) ? `the ${named}` : named;
        const stem = `${anchor ? `As of ${anchor}, who` : "Who"} is the ${office} of ${withArticle(bodyName)}?`;
        candidates.push(officeCandidate(article, person, sentence, stem, bodyName));
        break;
      }
    }
    return candidates;
  },
};

const officeCandidate = (
  article: AnalysedArticle,
  person: PersonEntity,
  sentence: Candidate["sentence"],
  stem: string,
  body: string,
): Candidate => ({
  ruleId: "who.title-descriptor",
  type: "who",
  stem,
  ...entityAnswer(person),
  sentence,
  reliesOn: [body],
  alsoTrue: sameKindIn(article, sentence.index, person),
  priority: 0.85,
});
