// "Chinese Coast Guard vessels are patrolling ..." → "Which country’s Coast Guard vessels are
// patrolling ...?": a demonym at the head of the subject names the country asked about.
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityAnswer, sameKindIn } from "./answer";
import { clausesOf, predicateText } from "./event";
import { anchored, timeAnchor } from "./stem";

// "fined a student S$600": the currency names the country ("S$", "HK$", "₹", "yen").
const CURRENCY =
  /(?:\b[A-Z]{1,3}\$|[₹¥₩฿₽₺₱₦]|\bRs\.?\s?\d|\b(?:baht|yen|yuan|renminbi|rupees?|ringgit|rupiah|roubles?|rubles?|lira|dirhams?|riyals?|taka|naira|rand|shekels?|won)\b)/;
// "will release ... on 27 July": a plan, not yet a fact about the country.
const PLANNED =
  /^(?:will|shall|would|is to|are to|(?:is|are)\s+(?:set|due|expected|scheduled)\s+to)\b/;

export const whichCountryDemonym: Rule = {
  id: "which-country.demonym-subject",
  type: "which-country",
  description: "A subject that opens with a nationality: the country behind it",
  apply: (article: AnalysedArticle, knowledge) => {
    const countries = new Map(
      article.entities
        .filter((e): e is PlaceEntity => e.kind === "place" && e.placeType === "country")
        .map((e) => [e.name, e]),
    );
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const clause of clausesOf(sentence)) {
        const words = clause.subject.text.split(/\s+/);
        if (words.length < 2) continue;
        // A main clause only: "The day that Indian shipyards roll out ..." is not a fact.
        if (
          clause.subject.start > 0 &&
          !/,\s*$/.test(sentence.text.slice(0, clause.subject.start))
        ) {
          continue;
        }
        // "A Singapore court has fined ...": the country's name as a modifier counts too.
        const named = /^(?:(?:A|An|The)\s+)?(.+?)\s+([a-z].*)$/.exec(clause.subject.text);
        const noun = named?.[2] ?? "";
        const nounPhrase =
          /^[a-z][a-z-]+(\s[a-z-]+){0,3}$/.test(noun) &&
          !/^(itself|himself|herself|themselves|has|have|had|is|was|were|are|will|would|also|too|alone)\b/.test(
            noun,
          );
        const byName = named?.[1] && nounPhrase ? countries.get(named[1]) : undefined;
        const country = byName
          ? knowledge.countries.find((c) => c.name === byName.name)
          : knowledge.countries.find((c) =>
              c.demonyms.some((d) => clause.subject.text.startsWith(`${d} `)),
            );
        const entity = country ? countries.get(country.name) : undefined;
        if (!country || !entity || !askable(entity, knowledge)) continue;
        const demonym = country.demonyms.find((d) => clause.subject.text.startsWith(`${d} `)) ?? "";
        const rest = byName ? noun : clause.subject.text.slice(demonym.length + 1);
        if (!rest) continue;
        // "Chinese President Xi Jinping": a person, asked by other rules.
        if (/^[A-Z]/.test(rest) && rest.split(/\s+/).every((w) => /^[A-Z]/.test(w))) continue;
        // "Chinese vessels are also patrolling ...": the fact stands without the connective, and a
        // stem that keeps it leans on the sentence before.
        const predicate = predicateText(article, sentence, clause)?.replace(
          /^((?:is|are|was|were|has|have|had|will)\s+)?also\s+/,
          "$1",
        );
        if (!predicate || CURRENCY.test(predicate) || PLANNED.test(predicate)) continue;
        // "... around the Senkaku Islands in the East China Sea": a closing place whose name holds
        // the country's goes (it would give the answer away); the rest still places the fact.
        const asked = predicate.replace(
          new RegExp(
            `\\s+(?:in|near|off|around)\\s+(?:the\\s+)?(?:(?!\\b(?:in|near|off|around)\\s)[^,])*\\b${country.name}\\b[^,]*$`,
          ),
          "",
        );
        // "Japanese men are baring more leg", "the authorities recovered the body of one woman":
        // without a name or a figure the fact could be any country's.
        if (!/\s\p{Lu}|\d/u.test(` ${asked}`)) continue;
        const stem = anchored(
          `Which country’s ${rest} ${asked}?`,
          timeAnchor(article, sentence, clause.subject.start, clause.predicate.end),
        );
        candidates.push({
          ruleId: "which-country.demonym-subject",
          type: "which-country",
          stem,
          ...entityAnswer(entity),
          sentence,
          reliesOn: [],
          // The sentence's other countries may do the same ("actions Japan says violate its
          // waters": Japan patrols there too): never offered beside the key.
          alsoTrue: sameKindIn(article, sentence.index, entity),
          priority: 0.7,
        });
      }
    }
    return candidates;
  },
};
