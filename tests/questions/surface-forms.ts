// Shared helpers for the gazetteer tests: every table seen as entries with surface forms.
import { knowledge } from "../../questions/knowledge";

const { countries, cities, waterBodies, indianStates, regions, companies, organisations } =
  knowledge;
const { officeHolders, titles } = knowledge;

/** Case- and accent-insensitive key, the way a recogniser is expected to compare surface forms. */
export const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

export interface Named {
  readonly id: string;
  readonly forms: readonly string[];
}

/** Surface forms that point at more than one entry of the same table. */
export function collisions(entries: readonly Named[]): string[] {
  const owner = new Map<string, string>();
  const clashes = new Set<string>();
  for (const entry of entries) {
    for (const form of new Set(entry.forms.map(fold))) {
      const previous = owner.get(form);
      if (previous !== undefined && previous !== entry.id) clashes.add(form);
      else owner.set(form, entry.id);
    }
  }
  return [...clashes].sort();
}

// Surface forms that really do name two different things; recognisers must use context.
export const knownAmbiguous: Record<string, readonly string[]> = {
  countries: ["congolese", "dominican"],
  cities: ["san jose"],
  organisations: ["icc"],
};

export const tables: Record<string, readonly Named[]> = {
  countries: countries.map((c) => ({ id: c.name, forms: [c.name, ...c.aliases, ...c.demonyms] })),
  cities: cities.map((c) => ({
    id: `${c.name}/${c.country}`,
    forms: [c.name, ...(c.aliases ?? [])],
  })),
  waterBodies: waterBodies.map((w) => ({ id: w.name, forms: [w.name, ...(w.aliases ?? [])] })),
  indianStates: indianStates.map((s) => ({ id: s.name, forms: [s.name, ...(s.aliases ?? [])] })),
  regions: regions.map((r) => ({ id: r.name, forms: [r.name, ...(r.aliases ?? [])] })),
  companies: companies.map((c) => ({ id: c.name, forms: [c.name, ...c.aliases] })),
  organisations: organisations.map((o) => ({
    id: o.name,
    forms: [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])],
  })),
  officeHolders: officeHolders.map((h) => ({ id: h.name, forms: [h.name, ...(h.aliases ?? [])] })),
  titles: titles.map((t) => ({ id: t.title, forms: [t.title, ...(t.aliases ?? [])] })),
};

/** A minimal recogniser over one table: exact (folded) match on any surface form. */
export function lookup(table: readonly Named[], text: string): string[] {
  const key = fold(text);
  return table.filter((e) => e.forms.some((f) => fold(f) === key)).map((e) => e.id);
}

/** A real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
