// Places and organisations from gazetteer spans and suffix-proven names, one entity per
// canonical name with all its mentions; demonyms come back separately as nationality links.
import type { Mention, OrganisationEntity, PlaceEntity } from "../types";
import { descriptionAfter, type UnknownOrganisation } from "./organisations";
import type { SentenceScan } from "./scan";
import { nameKey } from "./tokens";

const COMMON_WORD = /^\p{Lu}\p{Ll}+$/u;

export interface NationalityLink extends Mention {
  country: string;
}

const mentionOf = (scan: SentenceScan, from: number, to: number): Mention => {
  const start = scan.tokens[from]?.start ?? 0;
  const end = scan.tokens[to - 1]?.end ?? 0;
  return { sentence: scan.sentence.index, start, end, text: scan.sentence.text.slice(start, end) };
};

export const placesAndOrganisations = (
  scans: readonly SentenceScan[],
  unknownOrgs: readonly (readonly UnknownOrganisation[])[],
) => {
  const places = new Map<string, PlaceEntity>();
  const organisations = new Map<string, OrganisationEntity>();
  const nationalities: NationalityLink[] = [];
  const describe = (org: OrganisationEntity, scan: SentenceScan, to: number): void => {
    if (org.description) return;
    const description = descriptionAfter(scan, to);
    if (description) org.description = description;
  };

  scans.forEach((scan, k) => {
    const spans = [
      ...scan.spans.map((span) => ({ from: span.from, to: span.to, entry: span.entry })),
      ...(unknownOrgs[k] ?? []).map((org) => ({ from: org.from, to: org.to, unknown: org })),
    ].sort((a, b) => a.from - b.from);
    for (const span of spans) {
      const mention = mentionOf(scan, span.from, span.to);
      if ("unknown" in span) {
        const key = nameKey(span.unknown.name);
        const org = organisations.get(key) ?? {
          kind: "organisation",
          id: "",
          name: span.unknown.name,
          orgType: span.unknown.company ? "company" : "other",
          ...(span.unknown.country ? { country: span.unknown.country } : {}),
          mentions: [],
        };
        org.mentions.push(mention);
        describe(org, scan, span.to);
        organisations.set(key, org);
        continue;
      }
      const entry = span.entry;
      if (entry.kind === "demonym") nationalities.push({ ...mention, country: entry.name });
      else if (entry.kind === "place") {
        const place = places.get(entry.name) ?? {
          kind: "place",
          id: "",
          name: entry.name,
          placeType: entry.placeType,
          ...(entry.country ? { country: entry.country } : {}),
          ...(entry.region ? { region: entry.region } : {}),
          mentions: [],
        };
        place.mentions.push(mention);
        places.set(entry.name, place);
      } else if (entry.kind === "organisation") {
        const key = `known:${entry.name}`;
        const org = organisations.get(key) ?? {
          kind: "organisation",
          id: "",
          name: entry.name,
          orgType: entry.orgType,
          ...(entry.sector ? { sector: entry.sector } : {}),
          ...(entry.country ? { country: entry.country } : {}),
          mentions: [],
        };
        org.mentions.push(mention);
        describe(org, scan, span.to);
        organisations.set(key, org);
      }
    }
  });
  // A national body named by one common word ("Congress", "Democrats") needs its country in the
  // article: "Congress" in a piece about Washington is not India's party.
  const countries = new Set(nationalities.map((n) => n.country));
  for (const place of places.values()) countries.add(place.country ?? place.name);
  const kept = [...organisations.values()].filter((org) => {
    if (org.orgType === "company" || org.orgType === "other" || !org.country) return true;
    if (countries.has(org.country)) return true;
    org.mentions = org.mentions.filter((m) => !COMMON_WORD.test(m.text) || m.text === org.name);
    return org.mentions.length > 0;
  });
  return { places: [...places.values()], organisations: kept, nationalities };
};
