// A named honour and the country whose honour the sentence says it is: "the Order of St Andrew,
// Russia's highest state honour" or "Russia's highest state honour, the Order of St Andrew" →
// "The Order of St Andrew, recently in the news, is the highest state honour of which country?";
// a lede's "has won her one of Kenya's top literary honours" followed by "..., has bagged the
// Wahome Prize" → "The Wahome Prize, recently in the news, is one of the top literary honours of
// which country?". The exam's "X is the highest civilian honour of which country?".
import type { Knowledge } from "../../../questions/types";
import { escapeRegExp } from "../regexp";
import type { AnalysedArticle, Candidate, PlaceEntity, Rule, Sentence } from "../types";
import { askable, entityAnswer } from "./answer";
import { hasQuote } from "./stem";

const NOUN = "(?:honou?rs?|awards?|prizes?|decorations?)";
const RANK = "(?:highest|top|most\\s+prestigious|oldest|biggest)";
// "Russia's highest state honour", "one of China's top literary honours".
const DESCRIPTION = new RegExp(
  `\\b(one\\s+of\\s+)?([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)['’]s\\s+(${RANK})\\s+((?:[a-z-]+\\s+){0,2}?)(${NOUN})\\b`,
);
// A named honour: capitalised words ending in a head noun, or "Order of ...".
const NAME =
  "((?:[A-Z][\\w’'.-]*\\s+){1,5}(?:Prize|Award|Medal|Ratna|Cross)|Order\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\w’'.-]*)(?:\\s+[A-Z][\\w’'.-]*){0,3})";
// "the X Prize, Russia's ..." (the honour before its description).
const NAME_BEFORE = new RegExp(`(?:^|\\s)(?:the\\s+)?${NAME},\\s+$`);
// "Russia's ... honour, the X" (the honour after its description).
const NAME_AFTER = new RegExp(`^,\\s+(?:the\\s+)?${NAME}\\b`);
// A lede's win: "has won Jane Doe one of ...", "won one of ...", "bagged the X Prize".
const WIN = /\b(?:won|wins|win|bagged|bags|received|receives|awarded|conferred|given|clinched)\b/;
const NAME_WON = new RegExp(
  `\\b(?:won|wins|bagged|bags|received|receives|clinched)\\s+the\\s+${NAME}`,
  "g",
);

const countryNamed = (knowledge: Knowledge, word: string) =>
  knowledge.countries.find(
    (c) => !c.status && (c.name === word || c.demonyms.includes(word) || c.aliases.includes(word)),
  );

/** The country's name, demonyms or aliases inside the honour's name: a give-away. */
const namesCountry = (knowledge: Knowledge, honour: string, countryName: string): boolean => {
  const country = knowledge.countries.find((c) => c.name === countryName);
  const words = [countryName, ...(country?.demonyms ?? []), ...(country?.aliases ?? [])];
  return words.some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, "i").test(honour));
};

/** The honours one sentence names as won: "has bagged the X Prize". */
const wonIn = (text: string): string[] => [...text.matchAll(NAME_WON)].map((m) => m[1] ?? "");

export const whichCountryHonour: Rule = {
  id: "which-country.honour",
  type: "which-country",
  description: "The country a named honour belongs to: 'the X Prize, Kenya's top literary prize'",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    const countries = article.entities.filter(
      (e): e is PlaceEntity => e.kind === "place" && e.placeType === "country",
    );
    const ask = (honour: string, description: string, countryWord: string, sentence: Sentence) => {
      const country = countryNamed(knowledge, countryWord);
      const answer = countries.find((c) => c.name === country?.name);
      if (!country || !answer || !askable(answer, knowledge)) return;
      const name = honour.trim();
      if (namesCountry(knowledge, name, country.name)) return;
      candidates.push({
        ruleId: "which-country.honour",
        type: "which-country",
        stem: `The ${name}, recently in the news, is ${description} of which country?`,
        ...entityAnswer(answer),
        sentence,
        reliesOn: [],
        alsoTrue: [],
        priority: 0.8,
      });
    };
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      const found = DESCRIPTION.exec(sentence.text);
      if (!found?.[2] || !found[3] || !found[5]) continue;
      const [, oneOf, countryWord, rank, adjectives = "", noun] = found;
      const plural = /s$/.test(noun);
      // "one of" takes the plural, a single honour the singular: "the highest state honour".
      if (Boolean(oneOf) !== plural) continue;
      const description = `${oneOf ? "one of the" : "the"} ${rank.replace(/\s+/g, " ")} ${adjectives}${noun}`;
      const before = sentence.text.slice(0, found.index);
      const after = sentence.text.slice(found.index + found[0].length);
      const named = NAME_BEFORE.exec(before)?.[1] ?? NAME_AFTER.exec(after)?.[1];
      if (named) {
        ask(named, description, countryWord, sentence);
        continue;
      }
      // A lede that describes the honour won, and a next sentence that names the one honour won.
      if (!oneOf || !WIN.test(before)) continue;
      const next = article.sentences[sentence.index + 1];
      const won = next && !hasQuote(next.text) ? wonIn(next.text) : [];
      // The lede is the source: it names the country; the next sentence only names the honour.
      if (won.length === 1 && won[0]) ask(won[0], description, countryWord, sentence);
    }
    return candidates;
  },
};
