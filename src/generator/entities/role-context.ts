// What stands around a role and what it says about the person: "South Korean" (nationality),
// "Hyundai Motor Group's" / "of Hyundai Motor Group" (affiliation), "WHCA" (an office).
import { nameStopWords, titleModifiers } from "../../../questions/entity-patterns";
import type { PersonRole } from "../../../questions/types";
import type { UnknownOrganisation } from "./organisations";
import { isDeterminer, type RolePhrase, skipModifiersBack } from "./roles";
import { type SentenceScan, spanText } from "./scan";

const NOT_NAMES = new Set([...nameStopWords, ...titleModifiers]);
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;
const HEADS_OF_STATE = new Set<PersonRole>(["head-of-state", "head-of-government"]);

/** "WHCA President", "the president of the Olympic body": an office, not a country's head. */
export const roleFor = (
  role: PersonRole | undefined,
  nationality: string | undefined,
  affiliation: { company: boolean } | undefined,
): PersonRole | undefined => {
  if (!role || !affiliation) return role;
  // A chairman or managing director of a public body is an official, not a business leader.
  if (role === "business-leader") return affiliation.company ? role : "official";
  if (!HEADS_OF_STATE.has(role) || nationality) return role;
  return affiliation.company ? "business-leader" : "official";
};

export interface Qualifier {
  from: number;
  nationality?: string;
  affiliation?: string;
  company?: boolean;
  /** A possessive noun before the role: "the club's president". */
  owned?: boolean;
  /** Anything that turns a lower-case role noun into a role: demonym, organisation, "the". */
  present: boolean;
}

/** Organisation, country or demonym span [from, to) with its meaning for a role. */
export const qualifierSpan = (
  scan: SentenceScan,
  orgs: readonly UnknownOrganisation[],
  test: (from: number, to: number) => boolean,
):
  | { from: number; to: number; nationality?: string; affiliation?: string; company?: boolean }
  | undefined => {
  for (const span of scan.spans) {
    if (!test(span.from, span.to)) continue;
    const e = span.entry;
    if (e.kind === "demonym") return { from: span.from, to: span.to, nationality: e.name };
    if (e.kind === "place" && e.placeType === "country")
      return { from: span.from, to: span.to, nationality: e.name };
    if (e.kind === "organisation")
      return {
        from: span.from,
        to: span.to,
        affiliation: e.name,
        company: e.orgType === "company",
      };
  }
  const org = orgs.find((o) => test(o.from, o.to));
  return org
    ? { from: org.from, to: org.to, affiliation: org.name, company: org.company }
    : undefined;
};

export const qualifierBefore = (
  scan: SentenceScan,
  role: RolePhrase,
  orgs: readonly UnknownOrganisation[],
): Qualifier => {
  const at = skipModifiersBack(scan, role.from);
  const span = qualifierSpan(scan, orgs, (_, to) => to === at);
  if (span) {
    // "Hockey India president": a country name ending an unknown body's name is no nationality.
    const lead = scan.tokens[span.from - 1];
    const countryName = scan.spans.some((s) => s.from === span.from && s.entry.kind === "place");
    const named =
      lead?.word &&
      lead.capital &&
      !NOT_NAMES.has(lead.key) &&
      scan.claims[span.from - 1] === undefined;
    if (countryName && named) {
      const from = span.from - 1;
      return { from, affiliation: spanText(scan, from, span.to), company: false, present: true };
    }
    const before = skipModifiersBack(scan, span.from);
    return { ...span, from: isDeterminer(scan, before - 1) ? before - 1 : before, present: true };
  }
  const acronym = scan.tokens[at - 1];
  if (acronym && scan.claims[at - 1] === undefined && ACRONYM.test(acronym.text))
    return { from: at - 1, affiliation: acronym.text, present: true };
  if (isDeterminer(scan, at - 1)) return { from: at - 1, present: true };
  // "the club's president, X": a possessive noun phrase owns the role.
  const owner = scan.tokens[at - 1];
  if (owner?.possessive && !owner.capital) {
    let from = at - 1;
    while (
      from > 0 &&
      scan.tokens[from - 1]?.word &&
      !isDeterminer(scan, from - 1) &&
      from > at - 4
    )
      from--;
    return { from: isDeterminer(scan, from - 1) ? from - 1 : from, present: true, owned: true };
  }
  return { from: at, present: false };
};

/** "of Hyundai Motor Group" / "at Samsung" after a role: returns the span and its end. */
export const ofAfter = (scan: SentenceScan, at: number, orgs: readonly UnknownOrganisation[]) => {
  const key = scan.tokens[at]?.key;
  if (key !== "of" && key !== "at" && key !== "for") return undefined;
  const from = isDeterminer(scan, at + 1) ? at + 2 : at + 1;
  return qualifierSpan(scan, orgs, (f) => f === from);
};
