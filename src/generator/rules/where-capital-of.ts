// "rebels closed in on the state capital Imphal" (in a sentence about Manipur), "Imphal, the
// capital of Manipur", "Manipur's capital, Imphal" → "Which city is the capital of Manipur?": a state's or province's seat, asked only when the gazetteer agrees
// (India's capitals; abroad, a city the gazetteer places in that very state).
import type { Knowledge } from "../../../questions/types";
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { entityAnswer } from "./answer";
import { mentionsInSentence, possessive, upperFirst } from "./stem";
import { placeNoun } from "./where-nouns";

// Written right before the city: "the state capital ", "the provincial capital, ".
const STATE_CAPITAL_BEFORE = /\bthe\s+(?:state|provincial|regional)\s+capital,?\s+$/;
// Written around the two: "<City>, the capital of <State>", "<State>'s capital, <City>".
const CAPITAL_OF_BETWEEN =
  /^,\s+the\s+(?:state\s+|provincial\s+|regional\s+)?capital\s+of\s+(?:the\s+)?$/;
const STATES_CAPITAL_BETWEEN = /^[’']s\s+(?:state\s+|provincial\s+)?capital,?\s+$/;

/** Whether the gazetteer lets `city` be the seat of `state`. */
const fits = (knowledge: Knowledge, city: PlaceEntity, state: PlaceEntity): boolean => {
  const known = knowledge.cities.find((c) => c.name === city.name);
  if (!known || !state.country || known.country !== state.country) return false;
  const indian = knowledge.indianStates.find((s) => s.name === state.name);
  if (indian) return indian.capital === city.name;
  // Abroad the gazetteer must record the seat: a writer's slip is not checked otherwise.
  return knowledge.regions.find((r) => r.name === state.name)?.capital === city.name;
};

export const whereCapitalOf: Rule = {
  id: "where.capital-of",
  type: "where",
  description: "The city that is a state's or province's capital, as the sentence names it",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const text = sentence.text;
      const places = mentionsInSentence(article, sentence.index).filter(
        (m): m is { entity: PlaceEntity; mention: (typeof m)["mention"] } =>
          m.entity.kind === "place",
      );
      const states = places.filter((p) => p.entity.placeType === "state");
      for (const city of places.filter((p) => p.entity.placeType === "city")) {
        let state: PlaceEntity | undefined;
        const before = text.slice(Math.max(0, city.mention.start - 40), city.mention.start);
        // "the state capital Sittwe": the one state the sentence names.
        const distinct = [...new Set(states.map((s) => s.entity))];
        if (STATE_CAPITAL_BEFORE.test(before) && distinct.length === 1) state = distinct[0];
        for (const other of states) {
          const gap =
            other.mention.start > city.mention.end
              ? text.slice(city.mention.end, other.mention.start)
              : text.slice(other.mention.end, city.mention.start);
          if (
            (other.mention.start > city.mention.end && CAPITAL_OF_BETWEEN.test(gap)) ||
            (other.mention.end < city.mention.start && STATES_CAPITAL_BETWEEN.test(gap))
          )
            state = other.entity;
        }
        if (!state?.country || !fits(knowledge, city.entity, state)) continue;
        const noun = placeNoun(state, knowledge);
        if (!noun) continue;
        const of =
          state.country === "India"
            ? `${state.name}`
            : `${possessive(state.country)} ${state.name} ${noun}`;
        candidates.push({
          ruleId: "where.capital-of",
          type: "where",
          stem: upperFirst(`Which city is the capital of ${of}?`),
          ...entityAnswer(city.entity),
          sentence,
          reliesOn: [state.id],
          alsoTrue: [],
          priority: 0.65,
        });
      }
    }
    return candidates;
  },
};
