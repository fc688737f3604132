import { describe, expect, it } from "vitest";
import { fromJson, fromText, repeatToCount } from "../../src/bench/corpus";

describe("fromJson", () => {
  it("maps the fixture shape onto the API's names", () => {
    const text = JSON.stringify({
      title: "T",
      body: "B.",
      date: "2026-01-02",
      url: "https://example.org/a",
      category: "Economy",
    });
    expect(fromJson(text)).toEqual({
      title: "T",
      body: "B.",
      publishedAt: "2026-01-02",
      sourceUrl: "https://example.org/a",
      category: "Economy",
    });
  });

  it.each([['{"title": "T"}'], ['{"title": 3, "body": "B."}'], ['{"title": "T", "body": "   "}']])(
    "refuses %s",
    (text) => {
      expect(() => fromJson(text, "x.json")).toThrow(/x\.json/);
    },
  );
});

describe("fromText", () => {
  it.each([
    ["Title\nBody line.\n", { title: "Title", body: "Body line." }],
    ["Title only\n", null],
    ["\nBody without title", null],
  ])("%j", (text, expected) => {
    expect(fromText(text)).toEqual(expected);
  });
});

describe("repeatToCount", () => {
  const base = [
    { title: "A", body: "a" },
    { title: "B", body: "b" },
  ];
  it.each([
    [0, []],
    [1, ["A"]],
    [2, ["A", "B"]],
    [5, ["A", "B", "A (2)", "B (2)", "A (3)"]],
  ])("%i articles", (count, titles) => {
    expect(repeatToCount(base, count).map((a) => a.title)).toEqual(titles);
  });

  it("gives nothing from an empty corpus", () => {
    expect(repeatToCount([], 10)).toEqual([]);
  });
});
