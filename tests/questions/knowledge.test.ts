import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { collisions, fold, isIsoDate, knownAmbiguous, lookup, tables } from "./surface-forms";

const { countries, cities, waterBodies, indianStates, regions, companies, organisations } =
  knowledge;
const { officeHolders, titles } = knowledge;

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
