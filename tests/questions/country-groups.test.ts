// The groups cloze options are drawn from name real entries of the gazetteers.
import { describe, expect, it } from "vitest";
import {
  EUROPEAN_SUBREGIONS,
  EXCHANGE_CITIES,
  G20_COUNTRIES,
} from "../../questions/country-groups";
import { knowledge } from "../../questions/knowledge";
import { CHINESE_SURNAMES, KOREAN_SURNAMES } from "../../questions/name-origins";

const country = (name: string) => knowledge.countries.find((c) => c.name === name);

describe("country groups", () => {
  it.each([
    ["European sub-regions", Object.keys(EUROPEAN_SUBREGIONS)],
    ["the G20", G20_COUNTRIES],
  ])("every country of %s is a country of countries.ts", (_, names) => {
    expect(names.filter((n) => !country(n))).toEqual([]);
  });

  it("European sub-regions hold only European countries", () => {
    const outside = Object.keys(EUROPEAN_SUBREGIONS).filter((n) => country(n)?.region !== "Europe");
    expect(outside).toEqual([]);
  });

  it("every exchange city is a city of cities.ts", () => {
    const missing = EXCHANGE_CITIES.filter((n) => !knowledge.cities.some((c) => c.name === n));
    expect(missing).toEqual([]);
  });

  it("a family name belongs to one list only", () => {
    expect(CHINESE_SURNAMES.filter((n) => KOREAN_SURNAMES.includes(n))).toEqual([]);
  });
});
