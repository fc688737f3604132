// The fallback: one entity blanked out of a short, self-contained sentence. generate.ts offers it
// only for sentences no wh-rule turned into a question.

import type { Knowledge } from "../../../questions/types";
import { checkCandidate } from "../checks/index";
import { clozeAlsoTrue } from "../distractors/cloze";
import { normaliseOption } from "../normalise";
import type { AnalysedArticle, Candidate, Entity, Rule, Sentence } from "../types";
import { askable, entityAnswer, sameKindIn, typeForEntity } from "./answer";
import { withFullNames, withTimeAnchor } from "./cloze-anchor";
import { blankInList, placeGivenAway } from "./cloze-blank";
import { dependsOnContext } from "./cloze-context";
import { figureClozes } from "./cloze-figures";
import { hasQuote, mentionsInSentence, resolvedSpan, wordCount } from "./stem";
import { resolvedPronoun } from "./subject";

const LEADING_DEICTIC =
  /^(it|they|this|that|these|those|his|her|its|their|(relations|ties|talks|trade|tensions) (with|between))\b/i;
// A leading connector that only joins is dropped from the stem: "However, Japan ..." → "Japan
// ...". One that points back ("Also", "Then", "Now", "Instead") stays, and so rejects the cloze.
const CONNECTOR =
  /^(but|and|so|however|yet|meanwhile|separately|in addition(?! to\b)|moreover|furthermore),?\s+/i;

// Claims and beliefs are not facts to test. The modal "may" is matched in lower case only, so
// the month ("in May 2019") is not taken for it.
const OPINION =
  /\b(says?|said|told|tells|believes?|believed|thinks?|thought|claims?|claimed|argues?|argued|suggests?|suggested|according to|reportedly|allegedly|might|could|appears?|seems?|apparently|likely)\b/i;
const MODAL_MAY = /\bmay\b/;
// Loaded words mark opinion, not fact.
const LOADED = /\b(genocidal|brutal|disastrous|shameful|outrageous|heroic|glorious|tragic)\b/i;
// A trailing attribution of a reported fact ("..., police said.", "..., according to officials.")
// is left out of the stem; the fact before it is what the aspirant is asked.
const ATTRIBUTION =
  /,\s+(?:according to [^,"“”]{3,60}|(?:the |a |an |local |state |[A-Z][\w’'.-]* ){0,4}[\w’'.-]+(?: [\w’'.-]+){0,5} (?:has |have )?(?:said|says|reported|added|confirmed|announced|estimate|estimates|estimated))\.$/;
const SPORT =
  /\b(runs?|wickets?|innings|semi-?finals?|finals?|champions?|championship|cricket|hockey|football|tournament|medals?|Olympics?|World Cup|match(es)?|goals?|league)\b/i;
const NEGATED = /\b(not|never|no longer|neither|nor|no)\b|n[’']t\b/i;
const TITLE_WORD =
  /^(President|Premier|Minister|Governor|Chancellor|Mayor|Secretary|Director|Chief|King|Queen|Prince|General|Gen|Senator|Judge|Justice|Dr|Mr|Mrs|Ms|Sheikh|Pope)$/;

/** A blank inside a longer capitalised name ("Trades Union ____") would not read as one thing. */
const partOfLongerName = (text: string, start: number, end: number): boolean => {
  const before = /(\S+)\s+$/.exec(text.slice(0, start))?.[1] ?? "";
  const after = /^\s+(\S+)/.exec(text.slice(end))?.[1] ?? "";
  const capitalisedBefore =
    /^[A-Z]/.test(before) && start > before.length + 1 && !TITLE_WORD.test(before);
  return capitalisedBefore || /^[A-Z(]/.test(after);
};

// Where a trailing clause may be cut off a cloze ("..., and those such as ..."), and the words
// that make a cut worth trying: a reference back into the article or an unresolved time.
const TRAILING_CUT =
  /,\s+(?=(?:and|but|while|which|where|whose|as|with|citing|saying|leaving|prompting|noting|adding|though|although|even as|amid|despite|including)\b)|;\s+|\s[—–]\s/g;
const BACK_POINTER =
  /\b(he|she|it|they|him|them|this|these|those|we|us|I|you|both|the same|such|overnight|yesterday|today|tomorrow|last|next|this)\b|\bthe\s+[a-z]+/i;

/** The ends a cloze may stop at: the sentence end, then earlier clause breaks after `from`. */
const clauseEnds = (text: string, from: number, end: number): number[] => {
  const ends = [end];
  for (const match of text.slice(0, end).matchAll(TRAILING_CUT)) {
    const at = match.index ?? 0;
    const trailing = text.slice(at, end);
    if (at > from && (BACK_POINTER.test(trailing) || dependsOnContext(trailing))) ends.push(at);
  }
  return ends;
};

interface Frame {
  text: string; // the sentence up to `cut`, ending in "."
  lead: number; // where the stem starts (after a connector or a resolved "He")
  cut: number;
  person: Entity | undefined;
  skip: { start: number; end: number }[]; // spans left out of the stem: ", which"
}

// "One firm riding that trend is Indian scooter maker Ola, which launched ..." → "Indian scooter
// maker Ola launched ...": the fact, without the opening that points back into the article.
const ONE_OF = /^One\b[^,]*?\s(?:is|was)\s+(?=[^,]+,\s+which\s)/;
// Adverbs that only add to what was said before: "Russia also launched ...", "has already become".
const ADDITIVE = /(?<!\bbut)\s+(?:also|already)\b(?!\s+known\b)/g;

/** Every entity, figure and date blanked out of one frame of a sentence. */
const clozesOf = (
  article: AnalysedArticle,
  knowledge: Knowledge,
  sentence: Sentence,
  { text, lead, cut, person, skip }: Frame,
): Candidate[] => {
  const candidates: Candidate[] = [];
  const closing = cut < sentence.text.length ? "." : "";
  const blanked = (start: number, end: number): string | undefined => {
    if (start < lead || end > cut) return undefined;
    const within = (a: number, b: number) => skip.filter((s) => s.start >= a && s.end <= b);
    const rest = resolvedSpan(article, sentence, lead, start, within(lead, start));
    const before =
      rest === undefined ? undefined : `${person ? `${person.name} ` : ""}${rest}`.trim();
    const after = resolvedSpan(article, sentence, end, cut, within(end, cut));
    if (before === undefined || after === undefined) return undefined;
    if (blankInList(text, start, end)) return undefined;
    const glue = (s: string) => (s && !/^[,.;:’'%]/.test(s) ? ` ${s}` : s);
    const opened = before ? `${before.charAt(0).toUpperCase()}${before.slice(1)} ` : "";
    const written = `${opened}____${glue(after)}${closing}`.replace(ADDITIVE, "");
    const stem = withFullNames(article, sentence, written);
    if (dependsOnContext(stem)) return undefined;
    // A blanked date is what the question asks: the stem needs no other time.
    const asksDate = article.dates.some(
      (d) => d.sentence === sentence.index && d.start <= start && d.end >= end,
    );
    return asksDate ? stem : withTimeAnchor(article, stem);
  };
  candidates.push(...figureClozes(article, sentence, blanked, { from: lead, to: cut }));
  const mentions = mentionsInSentence(article, sentence.index);
  for (const { entity, mention } of mentions) {
    if (mention.end > cut) continue;
    const type = typeForEntity(entity);
    if (!type || !askable(entity, knowledge)) continue;
    if (mentions.filter((m) => m.entity.id === entity.id).length > 1) continue;
    // The option must fill the blank exactly as the sentence had it.
    if (normaliseOption(mention.text) !== normaliseOption(entity.name)) continue;
    if (partOfLongerName(text, mention.start, mention.end)) continue;
    // "The ____ authorities", "4,551 ____ flight deck crew": a name used as a modifier.
    if (
      /\b(the|a|an|\d[\d,.]*)\s+$/i.test(text.slice(0, mention.start)) &&
      /^\s+[a-z]/.test(text.slice(mention.end))
    ) {
      continue;
    }
    // "the ____ coalition government": a person's name used as a modifier.
    if (entity.kind === "person" && /\bthe\s+$/i.test(text.slice(0, mention.start))) continue;
    if (entity.id === person?.id) continue;
    // "against ____, Australia and England": one item of a list is a guess among equals.
    const listed = mentions.some(
      (m) =>
        m.entity.id !== entity.id &&
        m.entity.kind === entity.kind &&
        (/^\s*(,|and|or|&)\s*(the\s+)?$/.test(sentence.text.slice(m.mention.end, mention.start)) ||
          /^\s*(,|and|or|&)\s*(the\s+)?$/.test(sentence.text.slice(mention.end, m.mention.start))),
    );
    if (listed) continue;
    // A country in a sports result: region-mates are no options (Uganda for a cricket side).
    if (entity.kind === "place" && entity.placeType === "country" && SPORT.test(sentence.text))
      continue;
    // "after ____ was defeated in the Second World War": history, whose options are that war's
    // sides, not the answer's neighbours.
    if (entity.kind === "place" && /\bWorld War\b/.test(text)) continue;
    // "across Thunder Bay and ____": a list with a name the analysis did not type.
    if (
      /\p{Lu}[\p{L}’'-]*\s+(?:and|or|&)\s+$/u.test(text.slice(0, mention.start)) ||
      /^\s+(?:and|or|&)\s+\p{Lu}/u.test(text.slice(mention.end))
    )
      continue;
    // "____ has been at war for years": with nothing else named, other options fit as well.
    if (!namesMore(text, lead, mention)) continue;
    if (
      placeGivenAway(
        article,
        knowledge,
        sentence.index,
        { entity, mention },
        { from: lead, to: cut },
      )
    )
      continue;
    const stem = blanked(mention.start, mention.end);
    if (!stem) continue;
    candidates.push({
      ruleId: "cloze.fallback",
      type,
      stem,
      ...entityAnswer(entity),
      sentence,
      reliesOn: [],
      alsoTrue:
        entity.kind === "person"
          ? sameKindIn(article, sentence.index, entity)
          : clozeAlsoTrue(article, knowledge, entity, stem),
      priority: 0.3,
    });
  }
  return candidates;
};

/**
 * Whether the sentence, outside the blanked mention, names something that pins the fact down: a
 * figure (in digits or words), a year or a capitalised name after its first word.
 */
const namesMore = (text: string, lead: number, blank: { start: number; end: number }): boolean => {
  const rest = `${text.slice(lead, blank.start)} ____ ${text.slice(blank.end)}`;
  return (
    /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)\b/i.test(
      rest,
    ) || /\s(?!(?:I|A|An|The|In|On|At)\b)\p{Lu}/u.test(rest.slice(1))
  );
};

/** The person whose short name opens the sentence at `at`, and where that name ends. */
const surnameAt = (article: AnalysedArticle, sentence: Sentence, at: number) => {
  for (const entity of article.entities) {
    if (entity.kind !== "person") continue;
    const mention = entity.mentions.find((m) => m.sentence === sentence.index && m.start === at);
    if (mention && mention.text !== entity.name) return { entity, end: mention.end };
  }
  return undefined;
};

export const clozeFallback: Rule = {
  id: "cloze.fallback",
  type: "who",
  description: "Fill in the blank: one named entity removed from a short factual sentence",
  fallback: true,
  apply: (article: AnalysedArticle, knowledge) => {
    const candidates: Candidate[] = [];
    for (const sentence of article.sentences) {
      const attribution = ATTRIBUTION.exec(sentence.text);
      const full = attribution ? attribution.index : sentence.text.length;
      const whole = attribution ? `${sentence.text.slice(0, full)}.` : sentence.text;
      const from = CONNECTOR.exec(whole)?.[0].length ?? 0;
      if (LEADING_DEICTIC.test(whole.slice(from)) || !/[.]$/.test(whole) || /\?|!/.test(whole))
        continue;
      // "He ..." / "She ...": the person the analysis resolved, else no cloze.
      const pronoun = /^(he|she)\b/i.exec(whole.slice(from));
      const resolved = pronoun ? resolvedPronoun(article, sentence) : undefined;
      if (pronoun && !resolved) continue;
      // "Graham returned ..." → "Lindsey Graham returned ...": a surname alone is not self-contained.
      const surname = pronoun ? undefined : surnameAt(article, sentence, from);
      const person = resolved ?? surname?.entity;
      const oneOf = pronoun || surname ? null : ONE_OF.exec(whole.slice(from));
      const which = oneOf ? sentence.text.indexOf(", which", from + oneOf[0].length) : -1;
      const skip = which >= 0 ? [{ start: which, end: which + ", which".length }] : [];
      const lead = surname
        ? surname.end
        : from + (pronoun?.[0].length ?? 0) + (which >= 0 ? (oneOf?.[0].length ?? 0) : 0);
      // The whole sentence; for answers it cannot ask, the sentence cut before a clause that
      // points back into the article.
      const asked = new Set<string>();
      for (const cut of clauseEnds(sentence.text, lead, full)) {
        const trimmed = cut < full || attribution !== null;
        const text = `${sentence.text.slice(0, cut)}${trimmed ? "." : ""}`;
        const words = wordCount(text.slice(from));
        if (words < 8 || words > 32 || hasQuote(text)) continue;
        if (OPINION.test(text) || MODAL_MAY.test(text) || NEGATED.test(text) || LOADED.test(text))
          continue;
        for (const candidate of clozesOf(article, knowledge, sentence, {
          text,
          lead,
          cut,
          person,
          skip,
        })) {
          if (asked.has(candidate.answer)) continue;
          candidates.push(candidate);
          if (!checkCandidate(candidate, article)) asked.add(candidate.answer);
        }
      }
    }
    return candidates;
  },
};
