// "Swiss air quality tracker IQAir said ...", "Chinese start-up Moonshot AI will release ..." →
// "IQAir, an air quality tracker recently in the news, is based in which country?": a firm or body
// the article introduces by nationality and trade, asked in the exam's "based in" frame.
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { entityAnswer } from "./answer";

// The trade ends in one of these nouns: what makes the name a firm, an outlet or a body.
const TRADE_NOUNS =
  "firm|company|start-?up|maker|carmaker|automaker|chipmaker|manufacturer|giant|conglomerate|broadcaster|newspaper|tracker|carrier|airline|bank|lender|insurer|developer|retailer|brand|platform|producer|supplier|exporter|miner|refiner|operator|shipbuilder|agency|outlet|publisher|group";
// Up to four words of trade, lower case or a short acronym ("EV maker", "home appliance giant").
const TRADE = `((?:(?:[a-z][a-z-]*|[A-Z]{2,4})\\s+){0,3}(?:${TRADE_NOUNS}))`;
// The name: one to three capitalised words, digits allowed ("TF1", "Moonshot AI", "XPeng").
const NAME = "((?:[A-Z][\\w+&-]*|\\d\\w*)(?:\\s+(?:[A-Z][\\w+&-]*|\\d\\w*)){0,2})";
// Words that open a sentence's next clause, never part of a name.
const NOT_NAME = /^(?:The|A|An|On|In|At|It|Its|This|That|But|And|As|For|By|Of)$/;
// Trades that tell of the state, not of a firm: "state media", "news agency" stay (they are
// based somewhere too), "the Chinese government's agency" is not matched (no demonym directly).
const ROLE_WORDS = /\b(?:partner|rival|counterpart|ambassador|official|minister|envoy)\b/;

/** Country.name for a demonym written right before the trade: "Swiss", "US", "Chinese". */
const countryOfDemonym = (knowledge: Knowledge, word: string) =>
  knowledge.countries.find(
    (c) =>
      !c.status && (c.demonyms.includes(word) || (word.length <= 3 && c.aliases.includes(word))),
  );

const PATTERN = new RegExp(
  `(?:^|[\\s(“"])((?:[A-Z][a-z]+|US|UK)(?:\\s+[A-Z][a-z]+)?)\\s+${TRADE}\\s+${NAME}`,
  "g",
);

export const whichCountryBased: Rule = {
  id: "which-country.based-in",
  type: "which-country",
  description: "The country of a firm or body the article introduces by nationality and trade",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    const people = article.entities.filter((e) => e.kind === "person");
    for (const sentence of article.sentences) {
      for (const match of sentence.text.matchAll(PATTERN)) {
        const [, demonym = "", trade = "", rawName = ""] = match;
        const country = countryOfDemonym(knowledge, demonym);
        if (!country || ROLE_WORDS.test(trade)) continue;
        const words = rawName.split(/\s+/);
        while (words.length > 1 && NOT_NAME.test(words[words.length - 1] ?? "")) words.pop();
        const name = words.join(" ");
        if (NOT_NAME.test(name) || name.length < 2) continue;
        // "Chinese EV maker XPeng's robot": the name itself, never a person or a place.
        if (people.some((p) => p.name === name || p.aliases.includes(name))) continue;
        if (
          article.entities.some((e) => e.kind === "place" && e.name === name) ||
          knowledge.countries.some((c) => c.name === name) ||
          knowledge.cities.some((c) => c.name === name)
        )
          continue;
        // A firm the knowledge places in another country (a subsidiary, a mistaken demonym).
        const known = knowledge.companies.find((c) => c.name === name || c.aliases?.includes(name));
        if (known?.country && known.country !== country.name) continue;
        // The country must be one the article names: the answer stays traceable to the text.
        const entity = article.entities.find(
          (e): e is PlaceEntity =>
            e.kind === "place" && e.placeType === "country" && e.name === country.name,
        );
        if (!entity) continue;
        const article_ = /^[aeiou]/i.test(trade) && !/^(?:uni|eu|one)/i.test(trade) ? "an" : "a";
        candidates.push({
          ruleId: "which-country.based-in",
          type: "which-country",
          stem: `${name}, ${article_} ${trade} recently in the news, is based in which country?`,
          ...entityAnswer(entity),
          sentence,
          reliesOn: [],
          alsoTrue: [],
          // A backstop: a sentence's own question (a cloze on the firm) goes first.
          priority: 0.1,
        });
      }
    }
    return candidates;
  },
};
