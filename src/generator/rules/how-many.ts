// Durations and counts: "a four-day visit to China" → "How many days did Lee Jae Myung's visit to
// China last?"; "27 people were killed in the fire" → "How many people were killed in the fire?".
import type { AnalysedArticle, Candidate, QuantityMention, Rule, Sentence } from "../types";
import { pluralUnit, quantityAnswer } from "./answer";
import { clausesOf } from "./event";
import { frontedQuestion } from "./fronting";
import { namedVessel, wordScaled } from "./how-many-phrases";
import { anchored, EARLIER_TIME, hasQuote, resolvedSpan, timeAnchor, wordCount } from "./stem";
import { aboutPrivatePerson, subjectEntity, subjectPhrase } from "./subject";

const DURATION_UNITS = new Set(["hour", "day", "week", "month", "year"]);
const EVENT_NOUNS =
  /^(state\s+)?(visit|trip|tour|summit|conference|meeting|talks|ceasefire|truce|strike|festival|session|exercises?|drills?|war|conflict|mission|expedition|campaign|ban|stay|journey|operation|lockdown|shutdown|standoff|siege|blockade|hunger strike|search|rescue operation)\b/;
const PLACE_PHRASE = /^\s+(to|in)\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)/;

// "some 8,000 people": a qualifier the quantity stage may not have flagged.
const HEDGED_BEFORE = /\b(some|about|around|nearly|almost|over|than|least|roughly|estimated)\s+$/i;
const HEDGED =
  /^(some|about|around|nearly|almost|over|more than|at least|up to|roughly|approximately|an estimated|close to|fewer than|less than)\b/i;

/** The sentence's quantities; hedged ones marked approximate, so the checks reject them. */
export const quantitiesIn = (article: AnalysedArticle, sentence: Sentence): QuantityMention[] =>
  article.quantities
    .filter((q) => q.sentence === sentence.index)
    .map((q) =>
      q.approximate || !(HEDGED.test(q.text) || HEDGED_BEFORE.test(sentence.text.slice(0, q.start)))
        ? q
        : { ...q, approximate: true },
    );

// Qualifiers an examiner keeps in the stem ("At least how many people ...?"); the rest ("more
// than", "up to") do not read before "how many", so those figures stay unasked.
const KEPT_QUALIFIER: Readonly<Record<string, string>> = {
  "at least": "At least",
  about: "About",
  around: "About",
  some: "About",
  "an estimated": "About",
  roughly: "About",
  approximately: "About",
  nearly: "About",
  almost: "About",
};
const QUALIFIER_BEFORE =
  /\b(at least|about|around|some|an estimated|roughly|approximately|nearly|almost)\s+$/i;
// "at least 27" and "At least five": the qualifier the quantity stage kept inside the figure.
const QUALIFIER_IN =
  /^(at least|about|around|some|an estimated|roughly|approximately|nearly|almost)\s+(?:\d|[a-z]+\b)/i;

/** The stem's qualifier for an approximate figure, or undefined when it cannot be kept. */
export const keptQualifier = (
  sentence: Sentence,
  quantity: QuantityMention,
): string | undefined => {
  const phrase =
    QUALIFIER_IN.exec(quantity.text)?.[1] ??
    QUALIFIER_BEFORE.exec(sentence.text.slice(0, quantity.start))?.[1];
  return phrase ? KEPT_QUALIFIER[phrase.toLowerCase()] : undefined;
};

// A death toll of an earlier year: tolls rise after the first reports (a bar fire's 22 became 25),
// so the article's figure may no longer be the right answer, and the options near it may be.
const TOLL = /\b(killed|killing|died|dead|deaths|death toll|lost their lives)\b/i;
export const pastToll = (article: AnalysedArticle, sentence: Sentence): boolean => {
  const year = article.publishedAt?.year;
  if (year === undefined || !TOLL.test(sentence.text)) return false;
  return article.dates.some((d) => d.sentence === sentence.index && d.date.year < year);
};

export const candidate = (
  ruleId: string,
  stem: string,
  quantity: QuantityMention,
  sentence: Sentence,
  others: QuantityMention[],
  priority: number,
): Candidate => ({
  ruleId,
  type: "how-many",
  stem,
  ...quantityAnswer(quantity),
  sentence,
  reliesOn: [quantity.text],
  alsoTrue: others
    .filter((o) => o !== quantity && o.unit === quantity.unit)
    .map((o) => String(o.value)),
  priority,
});

export const howManyDuration: Rule = {
  id: "how-many.duration",
  type: "how-many",
  description: 'A compound duration before an event noun: "a four-day visit"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const quantities = quantitiesIn(article, sentence);
      for (const quantity of quantities) {
        if (!DURATION_UNITS.has(quantity.unit) || !/-\s*\w+$/.test(quantity.text)) continue;
        const after = sentence.text.slice(quantity.end);
        const noun = EVENT_NOUNS.exec(after.replace(/^[\s-]+/, ""));
        if (!noun || /^-?old\b/.test(after)) continue;
        const nounEnd = quantity.end + after.indexOf(noun[0]) + noun[0].length;
        const place = PLACE_PHRASE.exec(sentence.text.slice(nounEnd));
        const clause = clausesOf(sentence).find(
          (c) => quantity.start > c.verb.end && quantity.end <= c.predicate.end,
        );
        if (!clause) continue;
        const owner =
          subjectEntity(article, sentence, clause)?.entity.name ??
          subjectPhrase(article, sentence, clause);
        if (!owner || /^(the|an?)\s/i.test(owner)) continue;
        const rest = place ? ` ${place[1]} ${place[2]}` : "";
        const stem = anchored(
          `How many ${pluralUnit(quantity.unit)} did ${owner}’s ${noun[0]}${rest} last?`,
          timeAnchor(article, sentence, clause.subject.start, clause.predicate.end),
        );
        candidates.push(candidate("how-many.duration", stem, quantity, sentence, quantities, 0.75));
      }
    }
    return candidates;
  },
};

const UNIT_WORD = /^\s*([a-z]+)/;
const OTHER_COUNT =
  /\s+and\s+(?:\d[\d,]*|[a-z]+)\s+(?:more|others)\s+(?:were\s+)?(?:injured|wounded|hurt)\b/;
const PLURAL_NOUN =
  /^(?!(?:was|has|is|as|this|its|his|us|less|across|plus|thus|yes)$)[a-z]{3,}(s|men|people|children)$/;
const QUALIFIER =
  /^(at least|about|nearly|more than|over|around|some|almost|up to|a total of|roughly|just|only)$/i;
const MONEY = new Set([
  "dollar",
  "pound",
  "euro",
  "rupee",
  "baht",
  "yuan",
  "yen",
  "percent",
  "per cent",
  "won",
  "ringgit",
  "dirham",
  "riyal",
  "rouble",
  "taka",
]);

/** "on the boat" after the counted noun, with the boat named: "on the pontoon boat that ...". */
const aboard = (article: AnalysedArticle, sentence: Sentence, from: number, to: number) => {
  const phrase = sentence.text.slice(from, to).trim();
  if (!/^(?:on|aboard|in)\s+the\s+(?:[\w-]+\s+){0,2}[a-z]+$/.test(phrase)) return undefined;
  const named = namedVessel(article, phrase);
  return named && named !== phrase ? named : undefined;
};

export const howManyCount: Rule = {
  id: "how-many.count",
  type: "how-many",
  description: "A count that is the subject or the object of an event clause",
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const quantities = quantitiesIn(article, sentence);
      for (const quantity of quantities) {
        if (MONEY.has(quantity.unit) || wordScaled(quantity)) continue;
        if (!DURATION_UNITS.has(quantity.unit) && pastToll(article, sentence)) continue;
        // "the blaze has consumed 9,000 hectares": the running total of a fire still burning.
        if (
          /^(hectare|acre)$/.test(quantity.unit) &&
          /\b(has|have)\s+(?:now\s+)?\w+ed\b/.test(sentence.text)
        )
          continue;
        // "At that point, the authorities allowed some 8,000 ...": an earlier time left undated.
        if (EARLIER_TIME.test(sentence.text)) continue;
        if (quantity.value < 2 || !Number.isInteger(quantity.value)) continue;
        const duration = DURATION_UNITS.has(quantity.unit);
        const tail = sentence.text.slice(quantity.end);
        const unitAfter = UNIT_WORD.exec(tail);
        // A bare number counts the plural noun after it: "nine fishermen".
        const bare = !quantity.unit && unitAfter?.[1] && PLURAL_NOUN.test(unitAfter[1]);
        if (!quantity.unit && !bare) continue;
        const units = bare ? (unitAfter?.[1] as string) : pluralUnit(quantity.unit);
        const gapEnd =
          unitAfter?.[1] === units || unitAfter?.[1] === quantity.unit
            ? quantity.end + unitAfter[0].length
            : quantity.end;
        // "for 26 years", "for the past 39 years".
        const forLead = /\bfor\s+(?:the\s+(?:past|last)\s+)?$/i.exec(
          sentence.text.slice(0, quantity.start),
        );
        const forDuration = duration && forLead !== null;
        if (duration && !forDuration) continue;
        // "has lived there for the past 39 years": counted back from the day of writing.
        if (forLead && /\b(past|last)\b/i.test(forLead[0])) continue;
        const qualifier = quantity.approximate ? keptQualifier(sentence, quantity) : undefined;
        // "600 yards from the island": a distance to a place, not a count of the event.
        const distance = /^(yard|metre|meter|mile|km|kilometre|kilometer|foot|ft)$/.test(
          quantity.unit,
        );
        if (distance && /^\s*(from|away|off|offshore|north|south|east|west)\b/.test(tail)) continue;
        // Without a qualifier the stem can keep, a hedged figure reaches the checks and is
        // rejected there as "approximate-number" (counted, not dropped silently).
        const wh = forDuration
          ? `For how many ${units}`
          : qualifier && !forDuration
            ? `${qualifier} how many ${units}`
            : `How many ${units}`;
        for (const clause of clausesOf(sentence)) {
          if (aboutPrivatePerson(article, sentence, clause)) continue;
          let stem: string | undefined;
          if (forDuration) {
            // "has lived there for 39 years": a span still running, counted from the day of writing.
            if (/^(has|have)\b/i.test(clause.aux?.text ?? "")) continue;
            const gap = { start: forLead?.index ?? quantity.start - 4, end: gapEnd };
            stem = frontedQuestion(article, sentence, clause, gap, wh);
          } else if (
            /^\s*(?:[a-z]+(?: [a-z]+)?\s+)?$/i.test(
              sentence.text.slice(clause.subject.start, quantity.start),
            ) &&
            (quantity.start === clause.subject.start || qualifier) &&
            (gapEnd === clause.subject.end || aboard(article, sentence, gapEnd, clause.subject.end))
          ) {
            const start = clause.aux ? clause.aux.start : clause.verb.start;
            // "were killed and 10 more injured in ...": the other count is a question of its own.
            const predicate = resolvedSpan(article, sentence, start, clause.predicate.end)?.replace(
              OTHER_COUNT,
              "",
            );
            // "Three people on the boat": the boat named by its mishap, after the counted noun.
            const on = aboard(article, sentence, gapEnd, clause.subject.end);
            // "How many people have been killed?" needs the event: a name or a longer phrase.
            const event = `${on ?? ""} ${predicate ?? ""}`;
            const specific = /\s[A-Z0-9]/.test(event) || wordCount(event) >= 6;
            if (predicate && specific && !hasQuote(predicate) && wordCount(predicate) <= 24) {
              stem = `${wh}${on ? ` ${on}` : ""} ${predicate}?`;
            }
          } else if (quantity.start > clause.verb.end && gapEnd <= clause.predicate.end) {
            const between = sentence.text.slice(clause.verb.end, quantity.start).trim();
            if (between && !QUALIFIER.test(between)) continue;
            // "allowed some 8,000 people": a hedged figure only with its qualifier in the stem.
            if (between && !/^(just|only|a total of)$/i.test(between) && !qualifier) continue;
            const gap = { start: between ? clause.verb.end : quantity.start, end: gapEnd };
            stem = frontedQuestion(article, sentence, clause, gap, wh);
          }
          if (!stem) continue;
          candidates.push(
            candidate(
              "how-many.count",
              // A span of years is not dated by the article's month ("In July 2026, for how many
              // years had he worked ...?").
              forDuration
                ? stem
                : anchored(
                    stem,
                    timeAnchor(article, sentence, clause.subject.start, clause.predicate.end),
                  ),
              quantity,
              sentence,
              quantities,
              0.7,
            ),
          );
        }
      }
    }
    return candidates;
  },
};

// "A fire broke out in a bar, killing 22 people." → "How many people were killed when a fire
// broke out in a bar ...?": casualties reported by a participle after the event.
const CASUALTY = /^,\s+(killing|injuring)\s+$/;

export const howManyCasualties: Rule = {
  id: "how-many.casualties",
  type: "how-many",
  description: 'Casualties after an event clause: ", killing 22 people"',
  apply: (article) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const quantities = quantitiesIn(article, sentence);
      for (const quantity of quantities) {
        const qualifier = quantity.approximate ? keptQualifier(sentence, quantity) : undefined;
        if ((quantity.approximate && !qualifier) || !Number.isInteger(quantity.value)) continue;
        if (quantity.value < 2) continue;
        if (pastToll(article, sentence)) continue;
        const clause = clausesOf(sentence).find((c) =>
          CASUALTY.test(sentence.text.slice(c.predicate.end, quantity.start)),
        );
        const verb = clause
          ? CASUALTY.exec(sentence.text.slice(clause.predicate.end, quantity.start))?.[1]
          : undefined;
        const unit = UNIT_WORD.exec(sentence.text.slice(quantity.end))?.[1];
        const units = quantity.unit ? pluralUnit(quantity.unit) : unit;
        if (
          !clause ||
          !verb ||
          !units ||
          !/^(people|persons|civilians|children|soldiers|workers|passengers|men|women)$/.test(units)
        ) {
          continue;
        }
        // "China started a campaign after a blaze ripped through ..., killing 168": the deaths
        // belong to the nested event, not to the main clause.
        const nested = clausesOf(sentence).some(
          (c) =>
            c !== clause && c.verb.start > clause.verb.end && c.verb.start < clause.predicate.end,
        );
        if (nested) continue;
        // "when a fire broke out": the indefinite article stays.
        const indefinite = /^(A|An)\s/.exec(clause.subject.text);
        const phrase = subjectPhrase(article, sentence, clause);
        const subject =
          indefinite && phrase
            ? phrase.replace(/^the\s/, `${(indefinite[1] ?? "a").toLowerCase()} `)
            : phrase;
        const start = clause.aux ? clause.aux.start : clause.verb.start;
        const predicate = resolvedSpan(article, sentence, start, clause.predicate.end);
        if (!subject || !predicate || hasQuote(predicate)) continue;
        const wh = qualifier ? `${qualifier} how many` : "How many";
        const stem = `${wh} ${units} were ${verb === "killing" ? "killed" : "injured"} when ${subject} ${predicate}?`;
        candidates.push(
          candidate(
            "how-many.casualties",
            anchored(
              stem,
              timeAnchor(article, sentence, clause.subject.start, clause.predicate.end),
            ),
            quantity,
            sentence,
            quantities,
            0.75,
          ),
        );
      }
    }
    return candidates;
  },
};
