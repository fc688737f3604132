// An office described in one sentence and its holder named at the start of the next: "Whatever
// the outcome, Portugal's centre-right prime minister is pleased. Luís Montenegro has thanked
// ..." → "As of May 2026, who is the Prime Minister of Portugal?". Asked only when knowledge
// lists the person in exactly that office, so the two sentences cannot be about two people.
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, PersonEntity, Rule } from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { anchorOf, withArticle } from "./stem";

const OFFICES: Readonly<Record<string, string>> = {
  "prime minister": "Prime Minister",
  president: "President",
  chancellor: "Chancellor",
  "foreign minister": "Foreign Minister",
};
// "Spain's socialist prime minister", "Germany's new chancellor": the country's possessive, up
// to two describing words, the office in lower case.
const DESCRIBED = new RegExp(
  `\\b([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)['’]s\\s+((?:[a-z-]+\\s+){0,2}?)(${Object.keys(OFFICES).join("|")})\\b`,
);
// Words that make it another person than the incumbent.
const STALE =
  /\b(former|ex|late|then|outgoing|incoming|interim|acting|caretaker|deputy|vice|first|next|future|would-be|opposition|longest-serving)\b/;

const countryNamed = (knowledge: Knowledge, word: string) =>
  knowledge.countries.find((c) => !c.status && (c.name === word || c.aliases.includes(word)));

const holds = (knowledge: Knowledge, person: PersonEntity, office: string): boolean =>
  knowledge.officeHolders.some(
    (h) => h.office === office && (h.name === person.name || h.aliases?.includes(person.name)),
  );

export const whoOfficeLede: Rule = {
  id: "who.office-lede",
  type: "who",
  description: "An office described in one sentence, its holder opening the next",
  apply: (article: AnalysedArticle, knowledge) => {
    const anchor = anchorOf(article);
    if (!anchor) return [];
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const found = DESCRIBED.exec(sentence.text);
      if (!found?.[1] || !found[3] || STALE.test(found[2] ?? "")) continue;
      const country = countryNamed(knowledge, found[1]);
      const title = OFFICES[found[3]];
      const next = article.sentences[sentence.index + 1];
      if (!country || !title || !next) continue;
      const office = `${title} of ${country.name}`;
      const opener = article.entities.find(
        (e): e is PersonEntity =>
          e.kind === "person" && e.mentions.some((m) => m.sentence === next.index && m.start === 0),
      );
      if (!opener || !holds(knowledge, opener, office)) continue;
      candidates.push({
        ruleId: "who.office-lede",
        type: "who",
        stem: `As of ${anchor}, who is the ${title} of ${withArticle(country.name)}?`,
        ...entityAnswer(opener),
        sentence: next,
        reliesOn: [country.name],
        alsoTrue: sameKindIn(article, next.index, opener),
        priority: 0.85,
      });
    }
    return candidates;
  },
};
