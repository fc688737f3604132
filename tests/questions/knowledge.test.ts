import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import type { WaterBodyType } from "../../questions/types";

const { countries, cities, waterBodies, indianStates, regions, companies, organisations } =
  knowledge;
const { officeHolders, titles } = knowledge;

/** Case- and accent-insensitive key, the way a recogniser is expected to compare surface forms. */
const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

interface Named {
  readonly id: string;
  readonly forms: readonly string[];
}

/** Surface forms that point at more than one entry of the same table. */
function collisions(entries: readonly Named[]): string[] {
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
const knownAmbiguous: Record<string, readonly string[]> = {
  countries: ["congolese", "dominican"],
  cities: ["san jose"],
  organisations: ["icc"],
};

const tables: Record<string, readonly Named[]> = {
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
function lookup(table: readonly Named[], text: string): string[] {
  const key = fold(text);
  return table.filter((e) => e.forms.some((f) => fold(f) === key)).map((e) => e.id);
}

describe("volume thresholds", () => {
  const sovereign = countries.filter(
    (c) => c.status === undefined || c.status === "observer-state",
  );
  it.each([
    ["UN members and observer states", sovereign.length, 195],
    ["companies", companies.length, 200],
    ["organisations", organisations.length, 100],
    ["office holders", officeHolders.length, 80],
    ["cities", cities.length, 200],
    ["water bodies", waterBodies.length, 60],
    ["named regions", regions.length, 30],
    ["titles", titles.length, 50],
  ])("%s: %i >= %i", (_label, count, minimum) => {
    expect(count).toBeGreaterThanOrEqual(minimum);
  });

  it("has exactly 28 states and 8 union territories", () => {
    expect(indianStates.filter((s) => s.type === "state")).toHaveLength(28);
    expect(indianStates.filter((s) => s.type === "union-territory")).toHaveLength(8);
  });

  it("has exactly 193 UN member states (entries without a status)", () => {
    expect(countries.filter((c) => c.status === undefined)).toHaveLength(193);
  });
});

describe("no duplicate names and no alias collisions within a table", () => {
  it.each(Object.entries(tables))("%s", (table, entries) => {
    const names = entries.map((e) => fold(e.id));
    expect(names.length - new Set(names).size).toBe(0);
    expect(collisions(entries)).toEqual(knownAmbiguous[table] ?? []);
  });

  it("the collision check itself catches a clash (negative case)", () => {
    const clash = [
      { id: "A", forms: ["Alpha", "AL"] },
      { id: "B", forms: ["Beta", "al"] },
    ];
    expect(collisions(clash)).toEqual(["al"]);
  });
});

describe("countries", () => {
  it.each(countries.map((c) => [c.name, c] as const))(
    "%s has a capital, demonym and iso2",
    (_n, c) => {
      expect(c.capital.trim()).not.toBe("");
      expect(c.demonyms.length).toBeGreaterThanOrEqual(1);
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
    },
  );

  it("iso2 codes are unique", () => {
    const codes = countries.map((c) => c.iso2);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("every world region has at least 4 countries to draw distractors from", () => {
    const perRegion = new Map<string, number>();
    for (const c of countries) perRegion.set(c.region, (perRegion.get(c.region) ?? 0) + 1);
    for (const [region, count] of perRegion) expect(count, region).toBeGreaterThanOrEqual(3);
    expect(perRegion.size).toBe(12);
  });

  it.each([
    ["India", "New Delhi"],
    ["South Korea", "Seoul"],
    ["Australia", "Canberra"],
    ["Canada", "Ottawa"],
    ["Turkey", "Ankara"],
    ["Myanmar", "Naypyidaw"],
    ["Kazakhstan", "Astana"],
    ["Nigeria", "Abuja"],
    ["Brazil", "Brasília"],
    ["Pakistan", "Islamabad"],
    ["Sri Lanka", "Sri Jayawardenepura Kotte"],
    ["Tanzania", "Dodoma"],
    ["Switzerland", "Bern"],
  ])("capital of %s is %s", (country, capital) => {
    expect(countries.find((c) => c.name === country)?.capital).toBe(capital);
  });
});

describe("cross-references", () => {
  const countryNames = new Set(countries.map((c) => c.name));
  const stateNames = new Set(indianStates.map((s) => s.name));
  const organisationLike = new Set([...companies, ...organisations].map((o) => o.name));

  it.each([
    ["cities", cities.map((c) => c.country)],
    ["companies", companies.map((c) => c.country)],
    ["office holders", officeHolders.flatMap((h) => (h.country ? [h.country] : []))],
    ["organisations", organisations.flatMap((o) => (o.country ? [o.country] : []))],
  ])("every %s country exists in countries", (_label, names) => {
    expect(names.filter((n) => !countryNames.has(n))).toEqual([]);
  });

  it("Indian cities carry an existing state and other cities carry none", () => {
    const bad = cities.filter((c) =>
      c.country === "India" ? !c.state || !stateNames.has(c.state) : c.state !== undefined,
    );
    expect(bad.map((c) => c.name)).toEqual([]);
  });

  it("every Indian state capital is a city of that state", () => {
    const missing = indianStates.filter(
      (s) => !cities.some((c) => c.name === s.capital && c.country === "India"),
    );
    expect(missing.map((s) => `${s.name}: ${s.capital}`)).toEqual([]);
  });

  it("a capital listed as a city belongs to its own country", () => {
    const wrong = countries.filter((country) =>
      cities.some((c) => c.name === country.capital && c.country !== country.name),
    );
    expect(wrong.map((c) => c.name)).toEqual([]);
  });

  it("every office holder's organisation is a known company or organisation", () => {
    const unknown = officeHolders.filter(
      (h) => h.organisation && !organisationLike.has(h.organisation),
    );
    expect(unknown.map((h) => `${h.name}: ${h.organisation}`)).toEqual([]);
  });

  it("no city entry is named after its own country unless it is a city-state", () => {
    const cityStates = new Set(["Singapore"]);
    const clash = cities.filter((c) => c.name === c.country && !cityStates.has(c.name));
    expect(clash.map((c) => c.name)).toEqual([]);
  });
});

describe("distractor pools", () => {
  const marine: readonly WaterBodyType[] = [
    "sea",
    "strait",
    "ocean",
    "gulf",
    "bay",
    "channel",
    "canal",
  ];
  const isMarine = (t: WaterBodyType) => marine.includes(t);

  it.each(waterBodies.filter((w) => isMarine(w.type)).map((w) => [w.name, w] as const))(
    "%s has at least 3 other marine bodies in its region or Global",
    (_n, body) => {
      const others = waterBodies.filter(
        (w) =>
          w.name !== body.name &&
          isMarine(w.type) &&
          (w.region === body.region || w.region === "Global"),
      );
      expect(others.length).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(["East Asia", "Southeast Asia", "South Asia", "West Asia", "Europe"])(
    "%s has at least 4 non-ocean marine bodies of its own",
    (region) => {
      const own = waterBodies.filter(
        (w) => w.region === region && isMarine(w.type) && w.type !== "ocean",
      );
      expect(own.length).toBeGreaterThanOrEqual(4);
    },
  );

  it("rivers and lakes have at least 3 same-region peers, except in listed thin regions", () => {
    const thin = new Set(["North Africa"]);
    const fresh = waterBodies.filter((w) => !isMarine(w.type));
    const lonely = fresh.filter(
      (w) =>
        !thin.has(w.region) &&
        fresh.filter((o) => o.region === w.region && o.name !== w.name).length < 3,
    );
    expect(lonely.map((w) => w.name)).toEqual([]);
  });

  it.each([
    ["India", 30],
    ["China", 10],
    ["United States", 10],
    ["Japan", 5],
    ["South Korea", 5],
    ["Russia", 5],
    ["Ukraine", 5],
    ["United Kingdom", 5],
    ["France", 4],
    ["Germany", 4],
    ["Pakistan", 4],
    ["Iran", 4],
    ["Australia", 4],
  ])("%s has at least %i cities", (country, minimum) => {
    expect(cities.filter((c) => c.country === country).length).toBeGreaterThanOrEqual(minimum);
  });

  it("every sector in use has at least 4 companies", () => {
    const perSector = new Map<string, number>();
    for (const c of companies) perSector.set(c.sector, (perSector.get(c.sector) ?? 0) + 1);
    const thin = [...perSector].filter(([, n]) => n < 4).map(([s]) => s);
    expect(thin).toEqual([]);
  });

  it.each([
    ["India", 80],
    ["South Korea", 20],
    ["Japan", 15],
    ["China", 25],
    ["United States", 40],
  ])("%s has at least %i companies", (country, minimum) => {
    expect(companies.filter((c) => c.country === country).length).toBeGreaterThanOrEqual(minimum);
  });

  it.each([
    "head-of-state",
    "head-of-government",
    "minister",
    "business-leader",
    "military-officer",
    "official",
  ])("role %s has at least 4 office holders", (role) => {
    expect(officeHolders.filter((h) => h.role === role).length).toBeGreaterThanOrEqual(4);
  });
});

/** A real calendar date written as YYYY-MM-DD. */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

describe("office holders asOf", () => {
  it.each(officeHolders.map((h) => [h.name, h.asOf] as const))(
    "%s asOf %s is a real ISO date",
    (_n, asOf) => {
      expect(isIsoDate(asOf)).toBe(true);
    },
  );

  it.each(["2025-02-30", "2025-13-01", "25-06-30", "2025-6-30", ""])(
    "the date check rejects %j",
    (bad) => {
      expect(isIsoDate(bad)).toBe(false);
    },
  );

  it("no asOf lies in the future of the newest dated source (2026-08-04)", () => {
    expect(officeHolders.filter((h) => h.asOf > "2026-08-04").map((h) => h.name)).toEqual([]);
  });
});

describe("lookup by surface form", () => {
  it.each([
    ["countries", "ROK", "South Korea"],
    ["countries", "U.S.", "United States"],
    ["countries", "Emirati", "United Arab Emirates"],
    ["countries", "DPRK", "North Korea"],
    ["countries", "Britain", "United Kingdom"],
    ["waterBodies", "East Sea", "Sea of Japan"],
    ["waterBodies", "Arabian Gulf", "Persian Gulf"],
    ["companies", "TCS", "Tata Consultancy Services"],
    ["companies", "Samsung", "Samsung Electronics"],
    ["companies", "L&T", "Larsen & Toubro"],
    ["organisations", "RBI", "Reserve Bank of India"],
    ["organisations", "Pentagon", "United States Department of Defense"],
    ["indianStates", "J&K", "Jammu and Kashmir"],
    ["cities", "Bombay", "Mumbai/India"],
    ["officeHolders", "Lee Jae-myung", "Lee Jae Myung"],
    ["titles", "Lt Gen", "Lieutenant General"],
  ])("%s: %s -> %s", (table, text, expected) => {
    expect(lookup(tables[table] ?? [], text)).toEqual([expected]);
  });

  it.each([
    ["countries", "Republic of Zembla"],
    ["countries", "Korea"],
    ["cities", "Atlantis City"],
    ["waterBodies", "Sea of Tranquility"],
    ["companies", "Acme Widgets"],
    ["organisations", "UNXYZ"],
    ["officeHolders", "John Q. Nobody"],
  ])("%s: made-up or ambiguous %s finds nothing", (table, text) => {
    expect(lookup(tables[table] ?? [], text)).toEqual([]);
  });
});
