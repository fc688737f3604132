// A name whose first or last word the article reuses alone, at least twice, is a person.
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/generator/entities/index";
import { sentencesOf, world } from "./world";

const peopleIn = (...texts: string[]): string[] =>
  findEntities(sentencesOf(...texts), world)
    .entities.filter((e) => e.kind === "person")
    .map((e) => e.name);

describe("recurring names", () => {
  it.each([
    [
      [
        "A slim book of verse has won Zhao Minghui a national award.",
        "Zhao, 48, drives a taxi.",
        "Zhao wrote at night.",
      ],
      "Zhao Minghui",
    ],
    [
      [
        "The team was led by veteran guide Tashi Rongpa on the ridge.",
        "Rongpa, the team leader, had climbed it twice.",
        "Rongpa joined the army in 2001.",
      ],
      "Tashi Rongpa",
    ],
    [
      [
        "The mountaineer and former Army Major Tashi Rongpa was missing.",
        "Rongpa, the leader, was experienced.",
        "Rongpa joined the army in 2001.",
      ],
      "Tashi Rongpa",
    ],
  ])("%j → %s", (texts, name) => {
    expect(peopleIn(...texts)).toContain(name);
  });

  it.each([
    // Used once alone only.
    [["A slim book of verse has won Zhao Minghui a national award.", "Zhao drives a taxi."]],
    // A product: the word comes after an article elsewhere.
    [
      [
        "Buyers queued for the Cool Breeze unit.",
        "Breeze sold out.",
        "Breeze returned.",
        "A Breeze costs more.",
      ],
    ],
    // A place with a particle: "Villa de Arcos".
    [
      [
        "Fires neared Villa de Arcos and Monte de Sol.",
        "Arcos was evacuated.",
        "Sol, Arcos and Monte de Sol were cut off.",
      ],
    ],
  ])("no person from %j", (texts) => {
    expect(peopleIn(...texts)).toEqual([]);
  });
});
