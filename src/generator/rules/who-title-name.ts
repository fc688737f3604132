// "South Korean President Lee Jae Myung began a visit ..." → "Which South Korean President began
// a visit ...?": the title and nationality stay, the name goes; no nationality, no question.
import type { Knowledge } from "../../../questions/types";
import { notableOf } from "../distractors/notable";
import { escapeRegExp } from "../regexp";
import type { AnalysedArticle, Rule } from "../types";
import { eventCandidate, eventMatches } from "./event";
import { anchored, fillTemplate, timeAnchor } from "./stem";

const ROLE_WORDS =
  /\b(president|premier|minister|chancellor|king|queen|chief|governor|secretary|chair(man|woman|person)?|general|admiral|marshal|ceo|leader|director|mayor|speaker|envoy|ambassador|justice|commander|captain|coach)\b/i;

/** Whether the descriptor says whose office it is: "South Korean President", "Japan's Prime Minister". */
const namesCountry = (descriptor: string, knowledge: Knowledge): boolean =>
  countryNamePattern(knowledge).test(descriptor);

// One pattern for every country name, alias and demonym, built once per knowledge value.
const patterns = new WeakMap<Knowledge, RegExp>();
const countryNamePattern = (knowledge: Knowledge): RegExp => {
  let pattern = patterns.get(knowledge);
  if (!pattern) {
    const names = knowledge.countries
      .flatMap((c) => [c.name, ...c.aliases, ...c.demonyms])
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    pattern = new RegExp(`(^|\\s)(?:${names.join("|")})([’']s)?\\s`);
    patterns.set(knowledge, pattern);
  }
  return pattern;
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
        // "Which Prime Minister has adopted ...?" fits a prime minister anywhere: the stem must
        // say whose office it is ("Who is the Prime Minister of Japan?" asks it otherwise).
        if (!namesCountry(descriptor, knowledge)) return [];
        const stem = anchored(
          fillTemplate("who.title-name", { descriptor, predicate: match.predicate }),
          anchor,
        );
        return [eventCandidate(article, match, "who.title-name", "who", stem, 0.95)];
      }),
};
