// "Traffic in the southern city of Bengaluru is the slowest in Asia" → "In July 2026, traffic in
// which city is the slowest in Asia?": a place that narrows the clause's subject.

import { formatDate } from "../dates";
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityAnswer, sameKindIn } from "./answer";
import { clausesOf, predicateText } from "./event";
import {
  anchored,
  mentionsInSentence,
  resolvedSpan,
  timeAnchor,
  upperFirst,
  wordCount,
} from "./stem";
import { placeNoun } from "./where-nouns";

// "<head> in [the <adjective> city of] <place>" and nothing after the place.
const HEAD =
  /^((?:[A-Z][a-z]+|[a-z]+)(?:\s[a-z][\w-]*){0,3})\s+in\s+(?:the\s+(?:[\w-]+\s+)?(?:city|state|province|town|island)\s+of\s+)?$/;
// People and speech: "Officials in Delhi said ..." asks nothing about the place.
const PEOPLE =
  /\b(officials?|authorities|residents|people|police|leaders?|lawmakers|experts|sources|analysts|protesters|workers|media|journalists)\b/i;
const SPEECH = /^(said|says|told|tells|warned|added|claimed|stated|noted|announced)\b/;
// ", Swiss air quality tracker IQAir said": who ranks it.
const SAID_BY = /^,\s+((?:[A-Za-z-]+\s+){0,5}[A-Z][\w-]+)\s+(?:said|says|reported)\b/;
// A copula needs what one place alone can be.
const UNIQUE = /\b(worst|best|first|only|largest|biggest|highest|lowest|most|least|\d+)\b/;

export const whereSubjectPlace: Rule = {
  id: "where.subject-place",
  type: "where",
  description: "The place inside a clause's subject: '<noun> in <place> <verb> ...'",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const mentions = mentionsInSentence(article, sentence.index);
      for (const clause of clausesOf(sentence)) {
        const place = mentions.find(
          (m): m is { entity: PlaceEntity; mention: (typeof m)["mention"] } =>
            m.entity.kind === "place" && m.mention.end === clause.subject.end,
        );
        if (!place || !askable(place.entity, knowledge) || place.entity.placeType === "country")
          continue;
        const head = HEAD.exec(sentence.text.slice(clause.subject.start, place.mention.start));
        if (!head?.[1] || PEOPLE.test(head[1]) || /^(it|this|that|these|those)$/i.test(head[1]))
          continue;
        if (SPEECH.test(clause.verb.text)) continue;
        const stated = predicateText(article, sentence, clause);
        if (!stated || wordCount(stated) > 18) continue;
        // "is currently the worst, IQAir said": a ranking of the day of writing, so the stem
        // dates it to that day, in the past tense, with its source.
        const today = /^(is|are) currently /.exec(stated);
        const source = today
          ? SAID_BY.exec(sentence.text.slice(clause.predicate.end))?.[1]
          : undefined;
        const published = article.publishedAt;
        if (today && (!source || !published)) continue;
        const predicate = today
          ? `${today[1] === "is" ? "was" : "were"} ${stated.slice(today[0].length)}, according to ${source}`
          : stated;
        const undated = predicate.replace(
          /\b(?:on|in|by)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\b/g,
          "",
        );
        if (clause.verb.form === "copula" && !UNIQUE.test(undated)) continue;
        const noun = placeNoun(place.entity, knowledge);
        const subject = resolvedSpan(
          article,
          sentence,
          clause.subject.start,
          clause.subject.start + head[1].length,
        );
        if (!noun || !subject) continue;
        const stem = anchored(
          `${upperFirst(subject)} in which ${noun} ${predicate}?`,
          today && published
            ? `On ${formatDate(published, "day")}`
            : timeAnchor(article, sentence, clause.subject.start, clause.predicate.end),
        );
        candidates.push({
          ruleId: "where.subject-place",
          type: "where",
          stem,
          ...entityAnswer(place.entity),
          sentence,
          reliesOn: [],
          alsoTrue: sameKindIn(article, sentence.index, place.entity),
          priority: 0.65,
        });
      }
    }
    return candidates;
  },
};
