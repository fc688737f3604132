// Changes "from X to Y": the old figure stays in the stem, the new one is asked, and the old one is
// never a distractor. "an increase in the weekly rest period from 24 hours to 36 hours" → "... the
// weekly rest period was increased from 24 hours to how many hours?"; "Air India raised its daily
// flights from 420 in May to 465 in June" → "Air India raised its daily flights from 420 in May to
// how many in June?".

import { figureShape } from "../distractors/numbers";
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { pluralUnit } from "./answer";
import { figureCandidate, sameUnitValues } from "./how-many-phrases";
import { hasQuote, resolvedSpan, wordCount } from "./stem";

// "an increase in NP from", the NP that changed, its direction from the noun.
const CHANGE_NOUN =
  /\b(?:an?|the)\s+(?:[a-z]+\s+)?(increase|rise|hike|jump|cut|reduction|decrease|drop|fall)\s+in\s+((?:the\s+)?[a-z][\w\s’'-]{3,80}?)\s+from\s+$/;
const RAISED = /^(increase|rise|hike|jump)$/;
// ", a weekly cap on landings from six to two": a further item of the same list.
const LIST_ITEM = /(?:,|;)\s+(?:and\s+)?(?:an?|the)\s+([a-z][\w\s’'-]{3,80}?)\s+from\s+$/;
// "X (having) increased its daily flights from": a subject that changed a figure of its own.
const CHANGE_VERB =
  /(?:^|\s)((?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:has\s+|have\s+|had\s+|having\s+)?(?:[a-z]+ly\s+)?(increased|raised|cut|reduced|expanded|doubled|lowered|hiked|trimmed)\s+(its|their)\s+([a-z][\w\s-]{2,40}?)\s+from\s+$/;
// "These include an increase ...": the sentence leans on the one before for whose change it is.
const DEICTIC_LEAD =
  /^(?:These|They|Those|This|It)\s+(?:include|includes|included|are|were|is|was)\b/;
const FRAME =
  /\b(?:the|a|an)\s+((?:[\w-]+\s+){0,2}(?:plan|rules|regulations|norms|guidelines|proposal|measures|reforms|changes|amendments))\s+(?:by|of|from)\s+(?:the\s+)?([A-Z][\w’'&-]*(?:\s+(?:of\s+)?[A-Z][\w’'&-]*)*(?:\s+\([A-Z]{2,}\))?)/;
const BETWEEN = /^(\s+in\s+[\w][\w\s-]{2,30}?)?\s+to\s+$/;
const AFTER_NEW =
  /^\s+(in\s+(?:the\s+)?[a-z][\w\s-]{2,30}?)(?=[,;.]|\s+(?:against|while|and|but)\b)/;

/** "Under the new rules issued by the Directorate General of Shipping (DGS), ". */
const frameOf = (article: AnalysedArticle, sentence: Sentence): string | undefined => {
  if (!DEICTIC_LEAD.test(sentence.text)) return "";
  const previous = article.sentences[sentence.index - 1];
  const frame = previous ? FRAME.exec(previous.text) : null;
  if (!frame?.[1] || !frame[2]) return undefined;
  return `Under the ${frame[1]} by the ${frame[2]}, `;
};

const unitWords = (quantity: QuantityMention): string =>
  quantity.unit ? `how many ${pluralUnit(quantity.unit)}` : "how many";

const changeStem = (
  article: AnalysedArticle,
  sentence: Sentence,
  from: QuantityMention,
  to: QuantityMention,
): string | undefined => {
  const text = sentence.text;
  const between = BETWEEN.exec(text.slice(from.end, to.start));
  if (!between || (from.unit && to.unit && from.unit !== to.unit)) return undefined;
  if (from.approximate || to.approximate || from.value === to.value) return undefined;
  const before = text.slice(0, from.start);
  const old = resolvedSpan(article, sentence, from.start, from.end + (between[1]?.length ?? 0));
  const asked = unitWords(to.unit ? to : from);
  const verb = CHANGE_VERB.exec(before);
  if (verb?.[1] && verb[2] && verb[3] && verb[4]) {
    const subject = subjectOf(article, verb[1]);
    const later = AFTER_NEW.exec(text.slice(to.end))?.[1];
    if (!subject || !old) return undefined;
    return `${subject} ${verb[2]} ${verb[3]} ${verb[4]} from ${old} to ${asked}${later ? ` ${later}` : ""}?`;
  }
  const frame = frameOf(article, sentence);
  if (frame === undefined) return undefined;
  const noun = CHANGE_NOUN.exec(before);
  const item = noun ? undefined : LIST_ITEM.exec(before);
  const thing = noun?.[2] ?? item?.[1];
  if (!thing || !old || wordCount(thing) > 12 || /\b(?:it|its|their|this|these)\b/.test(thing))
    return undefined;
  const raised = noun?.[1] ? RAISED.test(noun[1]) : to.value > from.value;
  const phrase = thing.replace(/^(?:the\s+)?/, "the ");
  const stem = `${phrase} was ${raised ? "increased" : "reduced"} from ${old} to ${asked}?`;
  return frame ? `${frame}${stem}` : `${stem.charAt(0).toUpperCase()}${stem.slice(1)}`;
};

/** A subject the stem can name: a name, or "the airline" when the article has one airline. */
const subjectOf = (article: AnalysedArticle, phrase: string): string | undefined => {
  const generic = /^the\s+(airline|carrier)$/i.exec(phrase);
  if (generic) {
    const airlines = article.entities.filter(
      (e) => e.kind === "organisation" && e.orgType === "company" && e.sector === "airlines",
    );
    return airlines.length === 1 ? airlines[0]?.name : undefined;
  }
  const named = article.entities.some((e) => e.name === phrase);
  return named ? phrase : undefined;
};

export const howManyChange: Rule = {
  id: "how-many.change",
  type: "how-many",
  description: 'The new figure of a change: "from 36 hours to 48 hours" → "to how many hours?"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      if (hasQuote(sentence.text)) continue;
      const quantities = article.quantities.filter((q) => q.sentence === sentence.index);
      for (const [i, from] of quantities.entries()) {
        const to = quantities[i + 1];
        if (!to || !/\bfrom\s+$/.test(sentence.text.slice(0, from.start))) continue;
        const stem = changeStem(article, sentence, from, to);
        if (!stem || wordCount(stem) > 32) continue;
        // The old figure is in the stem; it may never be offered as the answer's neighbour.
        const alsoTrue = [...sameUnitValues(article, to), String(from.value)];
        candidates.push({
          ...figureCandidate("how-many.change", stem, to, sentence, alsoTrue, 0.72),
          beyond: from.value / figureShape(to).multiplier,
        });
      }
    }
    return candidates;
  },
};
