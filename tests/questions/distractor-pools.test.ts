import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import type { WaterBodyType } from "../../questions/types";

const { cities, waterBodies, companies, officeHolders } = knowledge;

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
