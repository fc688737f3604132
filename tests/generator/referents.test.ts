// "the exercise" spelt out when the article names exactly one such thing.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { resolveReferents, resolveSeasons } from "../../src/generator/rules/referents";

const resolved = (title: string, body: string, text: string): string =>
  resolveReferents(analyseArticle({ title, body, publishedAt: "2026-02-10" }, { knowledge }), text);

describe("resolveReferents", () => {
  it.each([
    [
      "Navies open Varuna exercise off Goa",
      "India and France began the Varuna naval exercise on Monday.",
      "the exercise began in 2001",
      "the Varuna naval exercise began in 2001",
    ],
    [
      "Tata Steel to expand Kalinganagar plant",
      "Tata Steel will spend more on its plant in Odisha.",
      "the company will spend more",
      "Tata Steel will spend more",
    ],
  ])("%s: %s", (title, body, text, expected) => {
    expect(resolved(title, body, text)).toBe(expected);
  });

  it.each([
    // Two named exercises: which one is unclear.
    [
      "Navies open Varuna and Malabar exercises",
      "The Varuna exercise ended as the Malabar exercise began.",
      "the exercise began in 2001",
    ],
    // Two companies.
    ["Tata Steel and Infosys report profits", "Tata Steel and Infosys grew.", "the company grew"],
    // Modified already: "the exercise of power" is not the drill.
    [
      "Navies open Varuna exercise off Goa",
      "The Varuna exercise began on Monday.",
      "the exercise of power",
    ],
  ])("unchanged: %s", (title, body, text) => {
    expect(resolved(title, body, text)).toBe(text);
  });
});

describe("resolveSeasons", () => {
  const article = (publishedAt?: string) =>
    analyseArticle(
      { title: "Heat", body: "Delhi was hot.", ...(publishedAt ? { publishedAt } : {}) },
      { knowledge },
    );
  it.each([
    [
      "2026-07-11",
      "wildfires spread across Europe this summer",
      "wildfires spread across Europe in summer 2026",
    ],
    ["2026-07-11", "rains failed during this monsoon", "rains failed during monsoon 2026"],
    ["2026-07-11", "this is the worst fire", "this is the worst fire"],
    [undefined, "wildfires spread this summer", "wildfires spread this summer"],
  ])("%s: %s", (date, text, expected) => {
    expect(resolveSeasons(article(date), text)).toBe(expected);
  });
});
