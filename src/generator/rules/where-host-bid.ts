// "Qatar has lodged its bid for the 2036 Olympics, with Doha as the front-runner" → "Which city
// is Qatar’s front-runner to hold the 2036 Olympics?": the city a
// country puts forward to host an event.
import type { AnalysedArticle, Candidate, PlaceEntity, Rule } from "../types";
import { askable, entityAnswer } from "./answer";
import { mentionsInSentence, possessive, resolvedSpan, wordCount } from "./stem";

// "<Country> has submitted / made / launched the bid ... to host|hold|stage the <event>".
const BID =
  /\b(?:has|have|had)\s+(?:submitted|made|launched|filed|put in|lodged)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:bid|Letter of Intent|letter of intent|proposal|application|expression of interest)\s+to\s+(host|hold|stage)\s+(the\s+[^,;:()]+?)\s+with\s+$/;
const ROLE =
  /^\s+as\s+(?:the\s+|its\s+)?(front-runner|frontrunner|host city|proposed host|preferred venue|venue)\b/;

export const whereHostBid: Rule = {
  id: "where.host-bid",
  type: "where",
  description: "The city a country's bid puts forward to host an event",
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const mentions = mentionsInSentence(article, sentence.index);
      for (const { entity, mention } of mentions) {
        if (entity.kind !== "place" || entity.placeType !== "city" || !askable(entity, knowledge))
          continue;
        const role = ROLE.exec(sentence.text.slice(mention.end));
        const before = sentence.text.slice(0, mention.start);
        const bid = BID.exec(before);
        if (!role?.[1] || !bid?.[1] || !bid[2]) continue;
        // The bidder: the country named right before "has submitted ...".
        const bidder = mentions
          .filter(
            (m): m is { entity: PlaceEntity; mention: typeof mention } =>
              m.entity.kind === "place" &&
              m.entity.placeType === "country" &&
              m.mention.end <= (bid.index ?? 0) &&
              /^\s*$/.test(sentence.text.slice(m.mention.end, bid.index)),
          )
          .pop();
        if (!bidder || bidder.entity.name !== entity.country) continue;
        const eventStart = (bid.index ?? 0) + bid[0].indexOf(bid[2]);
        const event = resolvedSpan(article, sentence, eventStart, eventStart + bid[2].length);
        if (!event || wordCount(event) > 8) continue;
        const noun = role[1] === "frontrunner" ? "front-runner" : role[1];
        candidates.push({
          ruleId: "where.host-bid",
          type: "where",
          stem: `Which city is ${possessive(bidder.entity.name)} ${noun} to ${bid[1]} ${event}?`,
          ...entityAnswer(entity),
          sentence,
          reliesOn: [bidder.entity.id],
          alsoTrue: [],
          priority: 0.8,
        });
      }
    }
    return candidates;
  },
};
