// "South Korean President Lee Jae Myung began a visit ..." → "Which South Korean President began
// a visit ...?": the title and nationality stay, the name goes.
import type { Knowledge } from "../../../questions/types";
import { notableOf } from "../distractors/notable";
import type { AnalysedArticle, Rule } from "../types";
import { eventCandidate, eventMatches } from "./event";
import { anchored, fillTemplate, timeAnchor } from "./stem";

const ROLE_WORDS =
  /\b(president|premier|minister|chancellor|king|queen|chief|governor|secretary|chair(man|woman|person)?|general|admiral|marshal|ceo|leader|director|mayor|speaker|envoy|ambassador|justice|commander|captain|coach)\b/i;

const withoutDemonyms = (descriptor: string, knowledge: Knowledge): string => {
  let rest = descriptor;
  for (const country of knowledge.countries) {
    for (const demonym of country.demonyms) {
      if (rest.startsWith(`${demonym} `)) rest = rest.slice(demonym.length + 1);
    }
  }
  return rest;
};

export const whoTitleName: Rule = {
  id: "who.title-name",
  type: "who",
  description: "A titled person as the subject of an event: the stem keeps the title, not the name",
  apply: (article: AnalysedArticle, knowledge) =>
    eventMatches(article, (e) => e.kind === "person")
      .filter((m) => !m.subject.viaPronoun)
      .flatMap((match) => {
        // "Captain X" of a sportsperson: "Which hockey player ...?" (subject-of-event) says it better.
        if (notableOf(knowledge, match.subject.entity.name)?.role === "sportsperson") return [];
        const descriptor = match.subject.descriptor.replace(/^the\s+/i, "");
        if (!ROLE_WORDS.test(descriptor) || /\b(former|ex|late|then|acting)\b/i.test(descriptor)) {
          return [];
        }
        const anchor = timeAnchor(
          article,
          match.sentence,
          match.clause.subject.start,
          match.clause.predicate.end,
        );
        const stemWith = (words: string) =>
          anchored(
            fillTemplate("who.title-name", { descriptor: words, predicate: match.predicate }),
            anchor,
          );
        // Without the nationality too, for when the country has too few people for options.
        const plain = withoutDemonyms(descriptor, knowledge);
        return [
          eventCandidate(article, match, "who.title-name", "who", stemWith(descriptor), 0.95),
          ...(plain && plain !== descriptor
            ? [eventCandidate(article, match, "who.title-name", "who", stemWith(plain), 0.9)]
            : []),
        ];
      }),
};
