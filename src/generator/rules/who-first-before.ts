// "X became the second five-star General after Ayub Khan" → "Who was Pakistan’s first five-star
// general?": the person a "second ... after" names was the first of them.
import type { Knowledge } from "../../../questions/types";
import type { Candidate, Rule } from "../types";
import { entityAnswer, sameKindIn } from "./answer";
import { possessive } from "./stem";

const SECOND_AFTER = /\bthe second ((?:[\w’'-]+\s+){1,5})after\s+$/i;
// "... after Y to win a medal": the infinitive belongs to the first as well.
const TAIL = /^\s+(to\s+[^,.;:—()"“”]+?)\s*(?=[,.;:—(]|$)/;
// The name closes the phrase, or a time phrase follows it: "after Y in May".
const ENDS = /^(?:\s*(?:[,.;:—(]|$)|\s+(?:in|on|during)\s)/;

/** Titles inside the description are common nouns here: "five-star General" → "general". */
const lowerTitles = (knowledge: Knowledge, words: string): string => {
  const forms = knowledge.titles
    .flatMap((t) => [t.title, ...(t.aliases ?? [])])
    .filter((f) => /^\p{Lu}[\p{L} -]{2,}$/u.test(f))
    .sort((a, b) => b.length - a.length);
  return forms.reduce(
    (text, form) => text.replace(new RegExp(`\\b${form}\\b`, "g"), form.toLowerCase()),
    words,
  );
};

const namesAPlace = (knowledge: Knowledge, words: string): boolean =>
  knowledge.countries.some((c) =>
    [c.name, ...c.demonyms].some((n) => new RegExp(`\\b${n}\\b`).test(words)),
  );

export const whoFirstBefore: Rule = {
  id: "who.first-before",
  type: "who",
  description: "The person named in 'the second X after <Name>' was the first X",
  apply: (article, knowledge) => {
    const found: Candidate[] = [];
    for (const person of article.entities) {
      if (person.kind !== "person") continue;
      for (const mention of person.mentions) {
        const sentence = article.sentences[mention.sentence];
        if (!sentence) continue;
        const match = SECOND_AFTER.exec(sentence.text.slice(0, mention.start));
        const rest = sentence.text.slice(mention.end);
        const tail = TAIL.exec(rest)?.[1];
        if (!match?.[1] || (!tail && !ENDS.test(rest))) continue;
        const written = match[1].trim();
        const what = lowerTitles(knowledge, written);
        const local = namesAPlace(knowledge, what);
        // Without a place word only an office is the country's own: "first five-star general",
        // not "Japan's first woman".
        const office = what !== written;
        if (!local && (!office || !person.nationality)) continue;
        const whose = local ? "the" : possessive(person.nationality ?? "");
        const stem = `Who was ${whose} first ${what}${tail ? ` ${tail}` : ""}?`;
        found.push({
          ruleId: "who.first-before",
          type: "who",
          stem,
          ...entityAnswer(person),
          sentence,
          reliesOn: [],
          alsoTrue: sameKindIn(article, sentence.index, person),
          priority: 0.8,
        });
        break;
      }
    }
    return found;
  },
};
