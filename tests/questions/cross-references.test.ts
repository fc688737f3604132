import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";

const { countries, cities, indianStates, companies, organisations, officeHolders } = knowledge;

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

  it("every organisation's parent is an organisation, and none is its own", () => {
    const names = new Set(organisations.map((o) => o.name));
    const bad = organisations.filter(
      (o) => o.parent !== undefined && (!names.has(o.parent) || o.parent === o.name),
    );
    expect(bad.map((o) => o.name)).toEqual([]);
  });

  it("every former holder of a post names a post someone in knowledge holds or held", () => {
    // The post of a past governor or FBI director is the office of a holder in office now.
    const offices = new Set(officeHolders.map((h) => h.office));
    const formers = (knowledge.notablePeople ?? []).filter((p) =>
      ["former governor", "former FBI director"].includes(p.field),
    );
    const bad = formers.flatMap((p) => (p.pastPosts ?? []).filter((t) => !offices.has(t.post)));
    expect(bad.map((t) => t.post)).toEqual([]);
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
