// What a leader put forward at an event, counted: "The External Affairs Minister addressed both days
// of the BRICS meeting, putting forward five ideas for the bloc" → "In June 2026, how many ideas did
// the External Affairs Minister put forward at the BRICS meeting?"; "The Foreign Minister
// addressed the ASEAN Regional Forum, proposing four measures to ..." → "... how many measures did
// the Foreign Minister propose while addressing the ASEAN Regional Forum?". The speaker must be
// named (a title and name, or a body), the event capitalised.

import { escapeRegExp } from "../regexp";
import type { AnalysedArticle, Candidate, Rule } from "../types";
import { pluralUnit } from "./answer";
import { figureCandidate, sameUnitValues, wordScaled } from "./how-many-phrases";
import {
  anchored,
  hasQuote,
  mentionsInSentence,
  resolvedSpan,
  timeAnchor,
  wordCount,
} from "./stem";

// "<speaker> spoke at|addressed|attended <event>, <participle> <figure>".
const SHAPE =
  /^(.+?)\s+(spoke at|addressed|attended|chaired|hosted|opened)\s+(.+?),\s+(suggesting|proposing|announcing|unveiling|launching|outlining|signing|pledging|setting out)\s+$/;
const BASE: Readonly<Record<string, string>> = {
  suggesting: "suggest",
  proposing: "propose",
  announcing: "announce",
  unveiling: "unveil",
  launching: "launch",
  outlining: "outline",
  signing: "sign",
  pledging: "pledge",
  "setting out": "set out",
};
const AT: Readonly<Record<string, string>> = {
  "spoke at": "at",
  attended: "at",
  addressed: "while addressing",
  chaired: "while chairing",
  hosted: "while hosting",
  opened: "while opening",
};
// "all three sessions of the G-20" → "the G-20": the sessions are a figure of their own.
const SESSIONS = /^(?:all\s+)?(?:the\s+)?(?:\w+\s+)?(?:sessions?|days|rounds|meetings)\s+of\s+/i;
// "the G-20", "the BRICS summit", "the ASEAN Regional Forum": a name, perhaps with its event noun.
const EVENT =
  /^(?:the\s+)?[A-Z0-9][\w’'.&-]*(?:\s+(?:of\s+|on\s+|for\s+)?[A-Z0-9][\w’'.&-]*){0,6}(?:\s+(?:summit|conference|session|meeting|dialogue|forum|assembly))?$/;

/**
 * "the G-20" → "the G-20 leaders’ summit" when the article names that summit: the body alone is
 * no event. The summit's city is left out, a question of its own.
 */
const summitOf = (article: AnalysedArticle, event: string): string => {
  if (/\b(?:summit|conference|session|meeting|dialogue|forum|assembly)$/i.test(event)) return event;
  const name = event.replace(/^the\s+/, "");
  const escaped = escapeRegExp(name);
  const summit = new RegExp(`\\b${escaped}((?:\\s+leaders[’']?)?\\s+(?:summit|Summit))\\b`);
  for (const s of article.sentences) {
    const found = summit.exec(s.text);
    if (found?.[1]) return `the ${name}${found[1]}`;
  }
  return event;
};

export const howManyProposed: Rule = {
  id: "how-many.proposed",
  type: "how-many",
  description:
    'What a speaker put forward at an event: "spoke at the G-20, suggesting six initiatives"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      for (const quantity of article.quantities) {
        if (quantity.sentence !== sentence.index || quantity.approximate) continue;
        if (!quantity.unit || wordScaled(quantity) || !Number.isInteger(quantity.value)) continue;
        if (quantity.value < 2 || quantity.scale) continue;
        const text = sentence.text;
        // A quote later in the sentence is no part of the stem.
        if (hasQuote(text.slice(0, quantity.end))) continue;
        const shape = SHAPE.exec(text.slice(0, quantity.start));
        const [, speaker, main, place, participle] = shape ?? [];
        if (!speaker || !main || !place || !participle) continue;
        // The speaker is one named entity, the whole of the words before the verb.
        const named = mentionsInSentence(article, sentence.index).find(
          (m) => m.mention.end === speaker.length,
        );
        if (!named || !/^[A-Z]/.test(speaker) || wordCount(speaker) > 6) continue;
        if (named.entity.kind === "place" && named.entity.placeType !== "country") continue;
        const eventStart = text.indexOf(place, speaker.length);
        const event = resolvedSpan(
          article,
          sentence,
          eventStart,
          eventStart + place.length,
        )?.replace(SESSIONS, "");
        if (!event || !EVENT.test(event)) continue;
        const meeting = summitOf(article, event);
        const subject = resolvedSpan(article, sentence, 0, speaker.length);
        if (!subject) continue;
        const at = AT[main] ?? "at";
        const units = pluralUnit(quantity.unit);
        const stem = `How many ${units} did ${subject} ${BASE[participle] ?? participle} ${at} ${meeting}?`;
        candidates.push(
          figureCandidate(
            "how-many.proposed",
            anchored(stem, timeAnchor(article, sentence, 0, quantity.end)),
            quantity,
            sentence,
            sameUnitValues(article, quantity),
            0.72,
          ),
        );
      }
    }
    return candidates;
  },
};
