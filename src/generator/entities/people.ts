// Person mentions in one sentence: known office holders, title + name, appositions on either
// side of a name, honorifics and speech verbs. Unknown names need one of these as evidence.
import { personNouns, speechVerbs } from "../../../questions/entity-patterns";
import type { OfficeHolder, PersonRole } from "../../../questions/types";
import type { GazetteerIndex } from "./gazetteer";
import { type NameContext, nameRunAfter, nameRunBefore } from "./names";
import type { UnknownOrganisation } from "./organisations";
import { ofAfter, qualifierBefore, qualifierSpan, roleFor } from "./role-context";
import { roleAt, skipDeterminers } from "./roles";
import { claim, type SentenceScan, spanText } from "./scan";

const SPEECH = new Set(speechVerbs);
const PERSON_NOUNS = new Set(personNouns);
/** Words that may follow an inverted speaker: '..., said Jane Smith of the institute'. */
const AFTER_SPEAKER = new Set(["from", "of", "at", "in", "on", "who", "with", "after"]);
export type PersonEvidence =
  | "gazetteer"
  | "title"
  | "honorific"
  | "apposition"
  | "speech"
  | "pronoun"
  | "alias";

export interface PersonMention {
  sentence: number;
  /** Token range of the name itself. */
  from: number;
  to: number;
  text: string;
  /** Character offsets of the name within the sentence text. */
  start: number;
  end: number;
  /** Start of the whole phrase (qualifier and title included), for subject detection. */
  phraseFrom: number;
  title?: string;
  role?: PersonRole;
  nationality?: string;
  affiliation?: string;
  holder?: OfficeHolder;
  evidence: PersonEvidence;
  subject: boolean;
}

const ENDS_APPOSITION = new Set([",", ".", ";", ")", "—", ":"]);

const endsPhrase = (scan: SentenceScan, at: number): boolean => {
  const token = scan.tokens[at];
  return !token || ENDS_APPOSITION.has(token.text) || (token.word && !token.capital);
};

/**
 * After a title, a one-word company or city right after a name is its surname: "Premier Doug
 * Ford". Returns the new end of the name and drops the gazetteer span.
 */
const absorbSurname = (scan: SentenceScan, from: number, end: number): number => {
  if (end === from || scan.tokens[end - 1]?.possessive) return end;
  const span = scan.spans.find((s) => s.from === end && s.to === end + 1);
  const entry = span?.entry;
  const surnameLike =
    (entry?.kind === "organisation" && entry.orgType === "company") ||
    (entry?.kind === "place" && entry.placeType === "city");
  if (!span || !surnameLike || scan.tokens[end + 1]?.capital) return end;
  scan.spans = scan.spans.filter((s) => s !== span);
  scan.claims[end] = undefined;
  return end + 1;
};

/** Titles in a row keep the first as the title: "Chief of Defence Staff General X". */
const chainedRoleAt = (scan: SentenceScan, at: number, index: GazetteerIndex) => {
  const role = roleAt(scan, at, index);
  if (!role || role.honorific) return role;
  let to = role.to;
  for (let next = roleAt(scan, to, index); next?.formal && !next.honorific; ) {
    to = next.to;
    next = roleAt(scan, to, index);
  }
  // "Navy spokesperson Commander X": a formal title later in the row vouches for the name.
  return { ...role, to, formal: role.formal || to > role.to };
};

export const findPeople = (
  scan: SentenceScan,
  index: GazetteerIndex,
  orgs: readonly UnknownOrganisation[],
  context: NameContext,
): PersonMention[] => {
  const found = new Map<number, PersonMention>();
  const sentence = scan.sentence.index;
  const add = (
    mention: Omit<PersonMention, "sentence" | "text" | "subject" | "start" | "end">,
  ): void => {
    const known = found.get(mention.from);
    // "Dr. Jane Rao, director general of X": a role after the name beats a bare "Dr" or "Mr".
    const better = known !== undefined && !known.role && mention.role !== undefined;
    if (known && known.to >= mention.to && known.evidence !== "gazetteer" && !better) return;
    found.set(mention.from, {
      ...known,
      ...mention,
      ...(known?.holder ? { holder: known.holder } : {}),
      sentence,
      text: spanText(scan, mention.from, mention.to),
      start: scan.tokens[mention.from]?.start ?? 0,
      end: scan.tokens[mention.to - 1]?.end ?? 0,
      subject: false,
    });
    claim(scan, mention.from, mention.to, "person");
  };

  for (const span of scan.spans) {
    if (span.entry.kind !== "person") continue;
    add({
      from: span.from,
      to: span.to,
      phraseFrom: span.from,
      holder: span.entry.holder,
      evidence: "gazetteer",
    });
  }

  // Title or role before a name: "Chinese President Xi Jinping", "the executive chair of Y, Z".
  for (let i = 0; i < scan.tokens.length; i++) {
    const role = chainedRoleAt(scan, i, index);
    if (!role) continue;
    const qualifier = qualifierBefore(scan, role, orgs);
    const of = ofAfter(scan, role.to, orgs);
    const after = of ? of.to : role.to;
    // "Union Health Minister": the Union government is India's.
    const union =
      /^Union\s/.test(role.title ?? "") && role.role === "minister" ? "India" : undefined;
    const nationality = qualifier.nationality ?? of?.nationality ?? union;
    const affiliation = qualifier.affiliation ?? of?.affiliation;
    const company = qualifier.affiliation ? qualifier.company === true : of?.company === true;
    const personRole = roleFor(role.role, nationality, affiliation ? { company } : undefined);
    const base = {
      phraseFrom: qualifier.from,
      ...(role.title ? { title: role.title } : {}),
      ...(personRole ? { role: personRole } : {}),
      ...(nationality ? { nationality } : {}),
      ...(affiliation ? { affiliation } : {}),
    };
    const direct = of
      ? role.to
      : absorbSurname(scan, role.to, nameRunAfter(scan, role.to, context));
    // "officer Jane Rao of the Coast Guard": the body after the name vouches for a role noun.
    const body = !of && direct - role.to >= 2 ? ofAfter(scan, direct, orgs) : undefined;
    if (!of && direct > role.to && (role.formal || qualifier.present || body?.affiliation)) {
      const owner = body?.affiliation && !base.affiliation ? { affiliation: body.affiliation } : {};
      const evidence = role.honorific ? "honorific" : "title";
      add({ ...base, ...owner, from: role.to, to: direct, evidence });
      claim(scan, role.from, role.to, "title");
      i = direct - 1;
      continue;
    }
    const strong = qualifier.nationality || qualifier.affiliation || qualifier.owned || of;
    if (scan.tokens[after]?.text === "," && strong && !role.honorific) {
      const end = nameRunAfter(scan, after + 1, context);
      if (end - (after + 1) >= 2 && endsPhrase(scan, end)) {
        add({ ...base, from: after + 1, to: end, evidence: "apposition" });
        claim(scan, role.from, role.to, "title");
        i = end - 1;
        continue;
      }
    }
    // No name here: the words of this title do not start another ("Air Chief Marshal").
    i = Math.max(i, role.to - 1);
  }

  // Role after a name: "Chung Eui-sun, executive chair of Hyundai Motor Group".
  scan.tokens.forEach((token, comma) => {
    if (token.text !== ",") return;
    const start = nameRunBefore(scan, comma, context);
    if (comma - start < 2) return;
    let k = skipDeterminers(scan, comma + 1);
    const lead = qualifierSpan(scan, orgs, (f) => f === k);
    if (lead) k = lead.to;
    const role = roleAt(scan, k, index);
    if (!role || role.honorific) return;
    const of = ofAfter(scan, role.to, orgs);
    const end = of ? of.to : role.to;
    if (!(lead || of || role.formal || k > comma + 1) || !endsPhrase(scan, end)) return;
    const nationality = lead?.nationality ?? of?.nationality;
    const affiliation = lead?.affiliation ?? of?.affiliation;
    const company = lead?.affiliation ? lead.company === true : of?.company === true;
    const personRole = roleFor(role.role, nationality, affiliation ? { company } : undefined);
    add({
      from: start,
      to: comma,
      phraseFrom: start,
      ...(role.title ? { title: role.title } : {}),
      ...(personRole ? { role: personRole } : {}),
      ...(nationality ? { nationality } : {}),
      ...(affiliation ? { affiliation } : {}),
      evidence: "apposition",
    });
  });

  // Speech: "said Jane Smith", "Jane Smith told reporters".
  scan.tokens.forEach((token, v) => {
    if (!SPEECH.has(token.key)) return;
    // Only the inverted attribution after a quote: '..., said Jane Smith.' (not "said Blue Bay was").
    const end = nameRunAfter(scan, v + 1, context);
    const afterQuote = /^[,"”’']$/.test(scan.tokens[v - 1]?.text ?? "");
    const next = scan.tokens[end];
    const closes = !next?.word || AFTER_SPEAKER.has(next.key);
    if (end - (v + 1) >= 2 && afterQuote && closes)
      add({ from: v + 1, to: end, phraseFrom: v + 1, evidence: "speech" });
    const start = nameRunBefore(scan, v, context);
    if (v - start >= 2) add({ from: start, to: v, phraseFrom: start, evidence: "speech" });
    // "One rider, Surin Kaew, told reporters": a name set off by commas before the verb.
    if (scan.tokens[v - 1]?.text !== ",") return;
    const inner = nameRunBefore(scan, v - 1, context);
    const noun = scan.tokens[inner - 2]?.key ?? "";
    const personBefore = PERSON_NOUNS.has(noun) || index.titles.has(noun);
    if (v - 1 - inner >= 2 && scan.tokens[inner - 1]?.text === "," && personBefore)
      add({ from: inner, to: v - 1, phraseFrom: inner, evidence: "apposition" });
  });

  // Age: "Priya Nair, 34, runs a bakery".
  scan.tokens.forEach((token, comma) => {
    if (token.text !== "," || scan.tokens[comma + 2]?.text !== ",") return;
    if (!/^\d{1,3}$/.test(scan.tokens[comma + 1]?.text ?? "")) return;
    const start = nameRunBefore(scan, comma, context);
    if (comma - start >= 2)
      add({ from: start, to: comma, phraseFrom: start, evidence: "apposition" });
  });

  return [...found.values()].sort((a, b) => a.from - b.from);
};

/** A 2-3 word name that a "He"/"She" opening the next sentence vouches for. */
export const findPronounVouchedName = (
  scan: SentenceScan,
  context: NameContext,
): PersonMention | undefined => {
  for (let i = 0; i < scan.tokens.length; i++) {
    const end = nameRunAfter(scan, i, context);
    if (end === i) continue;
    if (end - i < 2 || end - i > 3) return undefined;
    const mention: PersonMention = {
      sentence: scan.sentence.index,
      from: i,
      to: end,
      text: spanText(scan, i, end),
      start: scan.tokens[i]?.start ?? 0,
      end: scan.tokens[end - 1]?.end ?? 0,
      phraseFrom: i,
      evidence: "pronoun",
      subject: false,
    };
    claim(scan, i, end, "person");
    return mention;
  }
  return undefined;
};
