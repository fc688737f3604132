// Typed regions (provinces, islands, peaks, ranges, glaciers, stadiums) need honest options.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";

const typed = knowledge.regions.filter((r) => r.type !== undefined);

describe("typed regions", () => {
  it("every country named by a typed region exists", () => {
    const names = new Set(knowledge.countries.map((c) => c.name));
    const unknown = typed
      .flatMap((r) => [r.country, ...(r.alsoIn ?? [])])
      .filter((c) => c !== undefined && !names.has(c));
    expect(unknown).toEqual([]);
  });

  it("a province has a home noun and at least 3 same-noun peers in its country", () => {
    // Pakistan has four provinces and Punjab is India's too in the gazetteer: left thin.
    const thin = new Set(["Pakistan"]);
    const lonely = typed
      .filter((r) => r.type === "province" && !thin.has(r.country ?? ""))
      .filter(
        (r) =>
          !r.noun ||
          typed.filter(
            (o) => o.type === "province" && o.country === r.country && o.noun === r.noun && o !== r,
          ).length < 3,
      )
      .map((r) => r.name);
    expect(lonely).toEqual([]);
  });

  it("an island of a named group has at least 3 peers in that group", () => {
    const lonely = typed
      .filter((r) => r.group)
      .filter((r) => typed.filter((o) => o.group === r.group && o !== r).length < 3)
      .map((r) => r.name);
    expect(lonely).toEqual([]);
  });

  it.each(["island", "mountain", "range", "glacier", "stadium"])(
    "every %s has at least 3 peers of its kind in its region",
    (type) => {
      const lonely = typed
        .filter((r) => r.type === type && r.region !== "Global")
        .filter(
          (r) =>
            typed.filter((o) => o.type === type && o.region === r.region && o !== r).length < 3,
        )
        .map((r) => r.name);
      // Regions where a kind has few famous members fall back to the kind anywhere.
      expect(lonely.length).toBeLessThanOrEqual(typed.filter((r) => r.type === type).length / 2);
    },
  );

  it("a stadium names its city", () => {
    expect(typed.filter((r) => r.type === "stadium" && !r.city).map((r) => r.name)).toEqual([]);
  });
});
