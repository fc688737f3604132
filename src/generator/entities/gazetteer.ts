// One lookup table over the whole Knowledge, built once per Knowledge object and reused.
import { ambiguousPlaceNames, fallbackTitles, roleNouns } from "../../../questions/entity-patterns";
import type {
  Country,
  Knowledge,
  LandformType,
  OfficeHolder,
  OrganisationType,
  PersonRole,
  Sector,
  WorldRegion,
} from "../../../questions/types";
import type { PlaceType } from "../types";
import { nameKey } from "./tokens";

interface EntryBase {
  /** Canonical name in the gazetteer. */
  name: string;
  /** Set for short all-capital aliases ("US", "SCO"): the text must match this exactly. */
  exact?: string;
}
export interface PlaceEntry extends EntryBase {
  kind: "place";
  placeType: PlaceType;
  country?: string;
  region?: WorldRegion | "Global";
}
export interface OrganisationEntry extends EntryBase {
  kind: "organisation";
  orgType: "company" | OrganisationType;
  sector?: Sector;
  country?: string;
}
export interface KnownPersonEntry extends EntryBase {
  kind: "person";
  holder: OfficeHolder;
}
export interface DemonymEntry extends EntryBase {
  kind: "demonym";
  /** The country the demonym belongs to (`name` is that country's name). */
  region: WorldRegion;
}
export type GazetteerEntry = PlaceEntry | OrganisationEntry | KnownPersonEntry | DemonymEntry;

export interface TitleEntry {
  title: string;
  role: PersonRole;
  /** Set for short all-capital aliases ("PM", "AM"): the text must match this exactly. */
  exact?: string;
  /** From a title list (may stand before a bare name) rather than a lower-case role noun. */
  formal: boolean;
}

export interface GazetteerIndex {
  /** Entries under a normalised key, best first (a country before a company of that name). */
  entries: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** Keys of every title and role noun. */
  titles: ReadonlyMap<string, TitleEntry>;
  /** Most tokens in any entry / title key, to bound the n-gram search. */
  maxTokens: number;
  /** First token of an entry key → most tokens of a key starting with it (skips hopeless n-grams). */
  entryStarts: ReadonlyMap<string, number>;
  /** The same for titles and role nouns. */
  titleStarts: ReadonlyMap<string, number>;
  countries: ReadonlyMap<string, Country>;
  /** Best entry for a name as written (any case, dots, "the"): undefined when unknown. */
  lookup(text: string): GazetteerEntry | undefined;
}

const PRIORITY: Record<string, number> = {
  country: 0,
  water: 1,
  region: 2,
  city: 3,
  state: 4,
  organisation: 5,
  company: 6,
  person: 7,
  demonym: 8,
};

const rank = (entry: GazetteerEntry): number => {
  if (entry.kind === "place") {
    if (entry.placeType === "country") return PRIORITY.country ?? 0;
    if (entry.placeType === "region" || LANDFORMS.has(entry.placeType)) return PRIORITY.region ?? 0;
    if (entry.placeType === "state") return PRIORITY.state ?? 0;
    if (entry.placeType === "city") return PRIORITY.city ?? 0;
    return PRIORITY.water ?? 0;
  }
  if (entry.kind === "organisation")
    return (entry.orgType === "company" ? PRIORITY.company : PRIORITY.organisation) ?? 0;
  return PRIORITY[entry.kind] ?? 0;
};

// A province is a state of its country; islands, peaks, ranges and glaciers are their own types.
const LANDFORM_PLACE_TYPES: Record<LandformType, PlaceType> = {
  province: "state",
  island: "island",
  mountain: "mountain",
  range: "range",
  glacier: "glacier",
  stadium: "stadium",
  continent: "region", // asked only as a continent: "which is the fastest-warming continent?"
};
const LANDFORMS = new Set<PlaceType>(["island", "mountain", "range", "glacier", "stadium"]);

const SHORT_CAPS = /^[\p{Lu}\p{N}]{1,4}$/u;
const AMBIGUOUS = new Set(ambiguousPlaceNames);

const build = (knowledge: Knowledge): GazetteerIndex => {
  const entries = new Map<string, GazetteerEntry[]>();
  const entryStarts = new Map<string, number>();
  const titleStarts = new Map<string, number>();
  let maxTokens = 1;
  const start = (starts: Map<string, number>, key: string): void => {
    const parts = key.split(" ");
    const first = parts[0] ?? "";
    starts.set(first, Math.max(starts.get(first) ?? 0, parts.length));
    maxTokens = Math.max(maxTokens, parts.length);
  };
  const add = (text: string, entry: GazetteerEntry): void => {
    const variants = [text, text.replace(/^the\s+/i, ""), text.replace(/,.*$/, "")];
    for (const variant of new Set(variants)) {
      const key = nameKey(variant);
      if (!key || AMBIGUOUS.has(key)) continue;
      const withCase: GazetteerEntry = SHORT_CAPS.test(variant)
        ? { ...entry, exact: variant }
        : entry;
      const list = entries.get(key) ?? [];
      if (
        list.some((e) => e.kind === entry.kind && e.name === entry.name && rank(e) === rank(entry))
      )
        continue;
      list.push(withCase);
      list.sort((a, b) => rank(a) - rank(b));
      entries.set(key, list);
      start(entryStarts, key);
    }
  };
  const countries = new Map<string, Country>();
  for (const country of knowledge.countries) countries.set(country.name, country);
  const regionOf = (country: string): WorldRegion | undefined => countries.get(country)?.region;

  for (const c of knowledge.countries) {
    const place: PlaceEntry = {
      kind: "place",
      name: c.name,
      placeType: "country",
      region: c.region,
    };
    for (const name of [c.name, ...c.aliases]) add(name, place);
    for (const demonym of c.demonyms)
      add(demonym, { kind: "demonym", name: c.name, region: c.region });
  }
  for (const w of knowledge.waterBodies) {
    const place: PlaceEntry = { kind: "place", name: w.name, placeType: w.type, region: w.region };
    for (const name of [w.name, ...(w.aliases ?? [])]) add(name, place);
  }
  for (const r of knowledge.regions) {
    const place: PlaceEntry = {
      kind: "place",
      name: r.name,
      placeType: r.type ? LANDFORM_PLACE_TYPES[r.type] : "region",
      region: r.region,
      ...(r.country ? { country: r.country } : {}),
    };
    for (const name of [r.name, ...(r.aliases ?? [])]) add(name, place);
  }
  for (const s of knowledge.indianStates) {
    const place: PlaceEntry = {
      kind: "place",
      name: s.name,
      placeType: "state",
      country: "India",
      region: "South Asia",
    };
    for (const name of [s.name, ...(s.aliases ?? [])]) add(name, place);
  }
  for (const city of knowledge.cities) {
    const region = regionOf(city.country);
    const place: PlaceEntry = {
      kind: "place",
      name: city.name,
      placeType: "city",
      country: city.country,
      ...(region ? { region } : {}),
    };
    for (const name of [city.name, ...(city.aliases ?? [])]) add(name, place);
  }
  for (const o of knowledge.organisations) {
    const org: OrganisationEntry = {
      kind: "organisation",
      name: o.name,
      orgType: o.type,
      ...(o.country ? { country: o.country } : {}),
    };
    for (const name of [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases]) add(name, org);
  }
  for (const c of knowledge.companies) {
    const org: OrganisationEntry = {
      kind: "organisation",
      name: c.name,
      orgType: "company",
      sector: c.sector,
      country: c.country,
    };
    for (const name of [c.name, ...c.aliases]) add(name, org);
  }
  for (const holder of knowledge.officeHolders) {
    for (const name of [holder.name, ...(holder.aliases ?? [])])
      add(name, { kind: "person", name: holder.name, holder });
  }
  // A notable person reads like the holder of their field: role and country come with the name.
  for (const p of knowledge.notablePeople ?? []) {
    const holder: OfficeHolder = {
      name: p.name,
      ...(p.aliases ? { aliases: [...p.aliases] } : {}),
      office: p.post ?? p.field,
      role: p.role,
      country: p.country,
      asOf: p.asOf,
    };
    for (const name of [p.name, ...(p.aliases ?? [])])
      add(name, { kind: "person", name: p.name, holder });
  }

  const titles = new Map<string, TitleEntry>();
  const addTitle = (text: string, entry: TitleEntry): void => {
    const key = nameKey(text);
    const known = titles.get(key);
    if (known && (known.formal || !entry.formal)) return;
    titles.set(key, SHORT_CAPS.test(text) ? { ...entry, exact: text } : entry);
    start(titleStarts, key);
  };
  for (const t of [...knowledge.titles, ...fallbackTitles]) {
    for (const text of [t.title, ...(t.aliases ?? [])])
      addTitle(text, { title: t.title, role: t.role, formal: true });
  }
  for (const { noun, role } of roleNouns) addTitle(noun, { title: noun, role, formal: false });

  const lookup = (text: string): GazetteerEntry | undefined => {
    const list = entries.get(nameKey(text.replace(/^the\s+/i, "")));
    return list?.find((entry) => !entry.exact || entry.exact === text.replace(/\./g, ""));
  };
  return { entries, titles, maxTokens, entryStarts, titleStarts, countries, lookup };
};

const cache = new WeakMap<Knowledge, GazetteerIndex>();

/** The lookup table for `knowledge`, built on first use and cached for that object. */
export const gazetteerIndex = (knowledge: Knowledge): GazetteerIndex => {
  let index = cache.get(knowledge);
  if (!index) {
    index = build(knowledge);
    cache.set(knowledge, index);
  }
  return index;
};
