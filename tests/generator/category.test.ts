import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoArticles } from "../../src/demo/articles";
import { CATEGORIES, scoreCategories, suggestCategory } from "../../src/generator/category";

const fixtureDir = join(import.meta.dirname, "../fixtures/articles");
const fixtures = readdirSync(fixtureDir)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => {
    const article = JSON.parse(readFileSync(join(fixtureDir, file), "utf8")) as {
      title: string;
      body: string;
      category: string;
    };
    return { file, ...article };
  });

describe("suggestCategory on our fixture articles", () => {
  it.each(fixtures)("$file is labelled $category", ({ title, body, category }) => {
    expect(suggestCategory({ title, body })).toBe(category);
  });

  it("has at least one fixture for every category", () => {
    const labelled = new Set(fixtures.map((fixture) => fixture.category));
    expect([...CATEGORIES].filter((category) => !labelled.has(category))).toEqual([]);
  });
});

describe("suggestCategory on the demo articles", () => {
  it.each(demoArticles.map((article) => ({ ...article })))(
    "$title",
    ({ title, body, category }) => {
      expect(suggestCategory({ title, body })).toBe(category);
    },
  );
});

describe("suggestCategory on short texts", () => {
  it.each([
    [
      "ISRO launches satellite",
      "The rocket reached orbit from Sriharikota.",
      "Science & Technology",
    ],
    ["Army test-fires missile", "The Navy and the Air Force joined the drill.", "Defence"],
    ["Repo rate cut", "The RBI cut the repo rate as inflation eased.", "Economy"],
    [
      "Cyclone hits coast",
      "At least nine people were killed and NDRF teams began rescue work.",
      "Disaster",
    ],
    ["WHO warns of dengue", "The WHO said dengue cases had doubled.", "Health"],
    [
      "Lok Sabha passes bill",
      "Parliament passed the bill after the opposition walked out.",
      "Polity",
    ],
    ["India win hockey final", "The captain scored twice as India won the tournament.", "Sports"],
    [
      "New tiger reserve notified",
      "The wildlife sanctuary joins a conservation corridor.",
      "Environment",
    ],
    ["Company posts record profit", "Its shares rose after the chief executive spoke.", "Business"],
    [
      "Leaders hold bilateral talks",
      "The foreign ministers issued a joint statement.",
      "International relations",
    ],
  ] as const)("%s -> %s", (title, body, expected) => {
    expect(suggestCategory({ title, body })).toBe(expected);
  });

  // Negative cases: unclear or empty text falls back, and cues must not fire on look-alikes.
  it.each([
    ["", "", "empty text"],
    ["   ", "\n\n", "whitespace only"],
    ["Update", "More details are awaited.", "a one-line brief"],
    ["Who decides?", "Nobody knows who will decide, or when.", "lowercase 'who' is not the WHO"],
    ["Musings", "The weather was pleasant and the tea was good.", "no cue at all"],
    ["A single hint", "The company said little.", "one weak cue below the threshold"],
  ])("%j / %j falls back to International relations (%s)", (title, body) => {
    expect(suggestCategory({ title, body })).toBe("International relations");
  });

  it("does not count a cue inside a longer word", () => {
    expect(scoreCategories({ title: "", body: "unarmy armyless navyblue" }).get("Defence")).toBe(0);
  });

  it("matches lowercase cues in any case and their plural", () => {
    expect(scoreCategories({ title: "", body: "MISSILES Missile missile" }).get("Defence")).toBe(9);
  });

  it("weights a cue in the title three times a cue in the body", () => {
    const inBody = scoreCategories({ title: "", body: "cricket" }).get("Sports");
    const inTitle = scoreCategories({ title: "cricket", body: "" }).get("Sports");
    expect(inTitle).toBe(3 * (inBody ?? 0));
  });

  it("lets the title outweigh a passing body mention", () => {
    const article = { title: "Cyclone batters coast", body: "Shares of the company fell." };
    expect(suggestCategory(article)).toBe("Disaster");
  });

  it.each([["missile missile cricket cricket"], ["cricket cricket missile missile"]])(
    "breaks a tie by the order of CATEGORIES (%s)",
    (body) => {
      const scores = scoreCategories({ title: "", body });
      expect(scores.get("Defence")).toBe(scores.get("Sports"));
      expect(suggestCategory({ title: "", body })).toBe("Defence");
    },
  );
});
