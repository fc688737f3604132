// "<subject> <event verb> ... in/at/near <place>" → "In which sea did <subject> <verb> ...?"
import type { Knowledge } from "../../../questions/types";
import { escapeRegExp } from "../regexp";
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityAnswer, sameKindIn } from "./answer";
import { clausesOf } from "./event";
import { identifyingTail, withTail } from "./event-context";
import { frontedQuestion } from "./fronting";
import { anchored, mentionsInSentence, timeAnchor, upperFirst, wordCount } from "./stem";
import { placeNoun } from "./where-nouns";

// "in the Sea of Japan", "in Brazil’s Belém": the country's possessive goes with the gap.
const PREPOSITION =
  /\b(in|at|near|off|into|across|inside|outside|around|to)\s+(the\s+)?([A-Z][\w-]*(\s[A-Z][\w-]*)?[’']s\s+)?$/;
// "on the Canary Island of La Gomera", "in the Canadian province of Alberta": the descriptor
// names the kind, and the question keeps it ("On which Canary Island ...").
const DESCRIBED =
  /\b(in|at|on|near|off|to)\s+the\s+((?:[A-Z][\w-]*\s+)?(?:[Ii]sland|[Pp]rovince|[Ss]tate|[Cc]ity|[Rr]egion|[Tt]own|[Vv]illage))\s+of\s+$/;
const DESCRIBED_KIND: Readonly<Record<string, string>> = {
  island: "island",
  province: "state",
  state: "state",
  region: "state",
  city: "city",
  town: "city",
  village: "city",
};
// Islands, peaks and glaciers are "on": "an avalanche on K2", "a fire on Lampedusa".
const ON_PLACES = new Set(["island", "mountain", "glacier"]);
const SPECIFIC = /\s\p{Lu}|\d/u;
const DAY_DATE = /\b(?:on|in|by)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}\b/g;
const withoutDates = (text: string): string => text.replace(DAY_DATE, "");
// "on Yonaguni island", "in Rakhine state": the kind written after the name goes with the gap.
const KIND_AFTER: Readonly<Record<string, RegExp>> = {
  island: /^\s+[Ii]slands?\b/,
  state: /^\s+(?:[Ss]tate|[Pp]rovince|[Pp]refecture|[Rr]egion)\b/,
};
const kindWord = (text: string, end: number, place: PlaceEntity): number =>
  KIND_AFTER[place.placeType]?.exec(text.slice(end))?.[0].length ?? 0;
const MOTION_VERBS = new Set(["travel", "return", "arrive", "embark", "begin", "visit", "fly"]);

export const whereEventPlace: Rule = {
  id: "where.event-place",
  type: "where",
  description: "The place of an event, asked with the preposition the sentence uses",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const mentions = mentionsInSentence(article, sentence.index);
      for (const clause of clausesOf(sentence)) {
        // "X was quick to comment on events in Ceuta": a state, not an event with a place.
        if (clause.verb.form === "copula") continue;
        for (const { entity, mention } of mentions) {
          if (entity.kind !== "place" || !askable(entity, knowledge)) continue;
          if (mention.start < clause.verb.end || mention.end > clause.predicate.end) continue;
          if (/^[’']s\b/.test(sentence.text.slice(mention.end))) continue;
          const before = sentence.text.slice(Math.max(0, mention.start - 40), mention.start);
          const described = DESCRIBED.exec(before);
          const plain = PREPOSITION.exec(before);
          const on = ON_PLACES.has(entity.placeType) ? /\b(on)\s+(the\s+)?$/.exec(before) : null;
          const prep = described ?? plain ?? on;
          if (!prep?.[1]) continue;
          const preposition = prep[1].toLowerCase();
          if (preposition === "on" && !described && !on) continue;
          // "arrivals swimming into Ceuta": the place belongs to a participle, not to the verb.
          const lead = sentence.text.slice(0, mention.start - prep[0].length).trimEnd();
          if (/[a-z]ing$/.test(lead)) continue;
          if (preposition === "to" && !MOTION_VERBS.has(clause.verb.base)) continue;
          // "raised concerns over the use of models in China": the place belongs to the topic.
          const between = sentence.text.slice(clause.verb.end, mention.start - prep[0].length);
          // ("India prevailed over South Africa at ..." is no topic: "over" after a concern only.)
          if (
            /\b(about|regarding|concerning)\b|\b(concerns?|worries|fears?|questions|row|dispute|tensions?|anger|debate|outrage)\s+over\b/i.test(
              between,
            )
          )
            continue;
          // The descriptor must name the place's own kind: "the province of" a province.
          const head = described?.[2]?.split(/\s+/).pop()?.toLowerCase();
          if (head && DESCRIBED_KIND[head] !== entity.placeType) continue;
          const noun = described?.[2] ?? placeNoun(entity, knowledge);
          if (!noun) continue;
          const gapStart = mention.start - prep[0].length;
          const wh = `${upperFirst(preposition)} which ${noun}`;
          // "COP30 has begun in Belém", asked in November 2025: "In which city did COP30 begin
          // in November 2025?" (a perfect beside a dated anchor does not read).
          const perfect = /^(has|have)$/.test(clause.aux?.text ?? "") && clause.verb.base !== "";
          const asked = perfect
            ? { ...clause, aux: undefined, verb: { ...clause.verb, form: "past" as const } }
            : clause;
          const question = frontedQuestion(
            article,
            sentence,
            asked,
            { start: gapStart, end: mention.end + kindWord(sentence.text, mention.end, entity) },
            wh,
          );
          if (!question) continue;
          // "In which city did a fire tear through a warehouse, killing nine workers?"
          const tail = identifyingTail(article, sentence, clause);
          const told =
            tail && wordCount(question) + wordCount(tail) <= 30
              ? withTail(question, tail)
              : question;
          // "In which city was a food warehouse set on fire?": with no other name, figure or
          // year, any such event anywhere would answer (dates the stem resolved do not count).
          const uncued = withoutInnerCities(told, entity, knowledge);
          if (!SPECIFIC.test(withoutDates(uncued.replace(/^\S+\s+which\s+\S+/, "")))) continue;
          const anchor = timeAnchor(article, sentence, clause.subject.start, clause.predicate.end);
          candidates.push(placeCandidate(article, entity, sentence, anchored(uncued, anchor)));
        }
      }
    }
    return candidates;
  },
};

/**
 * "In which state did the Air Force induct ... at the Nal air base near Bikaner?": a city inside
 * the state or country asked for tells it (check 3), so "near/in/at <city>" goes from the stem.
 */
const withoutInnerCities = (stem: string, place: PlaceEntity, knowledge: Knowledge): string => {
  if (place.placeType !== "state" && place.placeType !== "country") return stem;
  const inside = knowledge.cities.filter((c) =>
    place.placeType === "state" ? c.state === place.name : c.country === place.name,
  );
  let result = stem;
  for (const city of inside) {
    for (const name of [city.name, ...(city.aliases ?? [])]) {
      if (!result.includes(name)) continue;
      const literal = escapeRegExp(name);
      result = result.replace(new RegExp(`\\s(?:near|in|at|outside)\\s${literal}\\b`, "g"), "");
    }
  }
  return result;
};

const placeCandidate = (
  article: AnalysedArticle,
  place: PlaceEntity,
  sentence: Candidate["sentence"],
  stem: string,
): Candidate => ({
  ruleId: "where.event-place",
  type: place.placeType === "country" ? "which-country" : "where",
  stem,
  ...entityAnswer(place),
  sentence,
  reliesOn: [],
  alsoTrue: sameKindIn(article, sentence.index, place),
  // A ground is a detail of the match: its stem would hide the winner's and the margin's.
  priority: place.placeType === "stadium" ? 0.55 : 0.8,
});
