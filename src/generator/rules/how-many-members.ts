// The size of a body: "The six-member Monetary Policy Committee" → "How many members does the
// Monetary Policy Committee have?"; a team named by its leader keeps what befell it.
import type { AnalysedArticle, Candidate, Rule, Sentence } from "../types";
import { candidate, quantitiesIn } from "./how-many";
import { anchored, hasQuote, resolvedSpan, timeAnchor, wordCount } from "./stem";

// "The six-member Monetary Policy Committee" → "How many members does the Monetary Policy
// Committee have?": the size of a named body.
const NAMED_BODY = /^\s+((?:[A-Z][\w’'&-]*)(?:\s+(?:of|for|on|and)?\s*[A-Z][\w’'&-]*)*)/;

// "a ten-member international mountaineering team led by Nirmal Purja": a body named by who leads it.
const LED_BODY =
  /^\s+((?:[a-z]+\s+){0,3}(?:team|delegation|committee|panel|bench|crew|expedition|commission))\s+((?:led|headed|chaired)\s+by\s+(?:[\w’'-]+\s+){0,5}?[A-Z][\w.’'-]*\s+[A-Z][\w.’'-]*)(?=\s+[a-z]|[,.;]|$)/;

// "is feared missing after an avalanche on Broad Peak": the body's own verb after its description.
const BEFELL = /^\s+(is|are|was|were|has been|have been|had been)\s+([^,;]+?)(?=[,;]|\.?$)/;
const PAST_OF: Readonly<Record<string, string>> = {
  is: "was",
  are: "were",
  "has been": "had been",
  "have been": "had been",
};
// "renowned", "veteran": praise the stem does not repeat.
const PRAISE = /\b(renowned|celebrated|legendary|famed|famous|acclaimed|veteran|seasoned)\s+/gi;

/** "led by renowned ... Royal Marine Nirmal Purja" → "led by Nirmal Purja" when a known person. */
const leaderOf = (
  article: AnalysedArticle,
  sentence: Sentence,
  from: number,
  phrase: string,
): string | undefined => {
  const end = from + sentence.text.slice(from).indexOf(phrase) + phrase.length;
  const person = article.entities.find(
    (e) =>
      e.kind === "person" && e.mentions.some((m) => m.sentence === sentence.index && m.end === end),
  );
  const verb = /^(led|headed|chaired)\s+by\b/.exec(phrase)?.[1];
  if (person && verb) return `${verb} by ${person.name}`;
  return phrase.replace(PRAISE, "");
};

export const howManyMembers: Rule = {
  id: "how-many.members",
  type: "how-many",
  description: 'The size of a named body: "the six-member Monetary Policy Committee"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const quantities = quantitiesIn(article, sentence);
      for (const quantity of quantities) {
        if (quantity.unit !== "member" || !/-\s*member$/.test(quantity.text)) continue;
        const after = sentence.text.slice(quantity.end);
        const led = LED_BODY.exec(after);
        const body = NAMED_BODY.exec(after);
        const name = body?.[1] && wordCount(body[1]) >= 2 ? body[1] : undefined;
        const leader = led?.[2] ? leaderOf(article, sentence, quantity.end, led[2]) : undefined;
        const described = led?.[1] && leader ? `${led[1]} ${leader}` : undefined;
        if (!name && !described) continue;
        const anchor = timeAnchor(article, sentence, quantity.start);
        let stem: string | undefined;
        if (described && led) {
          // "... team led by X is feared missing after an avalanche": what befell this team is
          // what tells it from X's other teams, so the stem keeps it.
          const from = quantity.end + led[0].length;
          const befell = BEFELL.exec(sentence.text.slice(from));
          const what =
            befell?.[1] && befell[2]
              ? resolvedSpan(
                  article,
                  sentence,
                  from + befell[0].length - befell[2].length,
                  from + befell[0].length,
                )
              : undefined;
          if (!what || !befell?.[1] || hasQuote(what)) continue;
          stem = anchored(
            `How many members were in the ${described} that ${PAST_OF[befell[1]] ?? befell[1]} ${what}?`,
            anchor,
          );
        } else {
          const tense = /\b(was|were|had)\b/.test(sentence.text) ? "did" : "does";
          stem = anchored(`How many members ${tense} the ${name} have?`, anchor);
        }
        if (wordCount(stem) > 32) continue;
        candidates.push(candidate("how-many.members", stem, quantity, sentence, quantities, 0.8));
      }
    }
    return candidates;
  },
};
