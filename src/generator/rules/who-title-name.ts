// "South Korean President Lee Jae Myung began a visit ..." → "Which South Korean President began
// a visit ...?": the title and nationality stay, the name goes.
import type { AnalysedArticle, Rule } from "../types";
import { eventCandidate, eventMatches } from "./event";
import { anchored, fillTemplate, timeAnchor } from "./stem";

const ROLE_WORDS =
  /\b(president|premier|minister|chancellor|king|queen|chief|governor|secretary|chair(man|woman|person)?|general|admiral|marshal|ceo|leader|director|mayor|speaker|envoy|ambassador|justice|commander|captain|coach)\b/i;

export const whoTitleName: Rule = {
  id: "who.title-name",
  type: "who",
  description: "A titled person as the subject of an event: the stem keeps the title, not the name",
  apply: (article: AnalysedArticle) =>
    eventMatches(article, (e) => e.kind === "person")
      .filter((m) => !m.subject.viaPronoun)
      .flatMap((match) => {
        const descriptor = match.subject.descriptor.replace(/^the\s+/i, "");
        if (!ROLE_WORDS.test(descriptor) || /\b(former|ex|late|then|acting)\b/i.test(descriptor)) {
          return [];
        }
        const stem = anchored(
          fillTemplate("who.title-name", { descriptor, predicate: match.predicate }),
          timeAnchor(
            article,
            match.sentence,
            match.clause.subject.start,
            match.clause.predicate.end,
          ),
        );
        return [eventCandidate(article, match, "who.title-name", "who", stem, 0.95)];
      }),
};
