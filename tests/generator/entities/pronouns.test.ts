import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/generator/entities/index";
import { sentencesOf, world } from "./world";

const pronouns = (...texts: string[]) => [...findEntities(sentencesOf(...texts), world).pronouns];

describe("pronoun resolution", () => {
  it.each([
    [
      "a pronoun opening the next sentence",
      ["President Kim Min-jun arrived in Seoul.", "He met students."],
      [[1, "person:kim-min-jun"]],
    ],
    [
      "the subject, not the person met",
      ["Minister Arun Mehta met Governor Ravi Das in Mumbai.", "He praised the volunteers."],
      [[1, "person:arun-mehta"]],
    ],
    [
      "a possessive in the same sentence",
      ["Arun Mehta, the chief executive of Tata Sons, spoke.", "His plan was approved."],
      [[1, "person:arun-mehta"]],
    ],
    [
      "two subjects before: ambiguous",
      [
        "Minister Arun Mehta and Governor Ravi Das addressed the rally.",
        "He praised the volunteers.",
      ],
      [],
    ],
    ["no person at all", ["The rains arrived early.", "He said nothing."], []],
    [
      "looks back past a sentence without people",
      ["Premier Wang Tao toured Shanghai.", "The city was quiet.", "She returned on Monday."],
      [[2, "person:wang-tao"]],
    ],
    [
      "a person named only as an object in the same sentence",
      [
        "Premier Wang Tao spoke first.",
        "Minister Arun Mehta spoke next.",
        "Like Wang, he wants a deal.",
      ],
      [[2, "person:arun-mehta"]],
    ],
    [
      "an unnamed person noun before the pronoun",
      ["Minister Arun Mehta spoke.", "The suspect said he acted alone."],
      [],
    ],
    [
      "an unknown name in the pronoun's sentence",
      ["Minister Arun Mehta spoke.", "One buyer is Priya Nair, who paid for her own ticket."],
      [],
    ],
    [
      "a pronoun that points ahead to its sentence's subject",
      ["Minister Arun Mehta spoke.", "In her speech, Governor Ravi Das praised the crews."],
      [],
    ],
    [
      "a chain of pronouns keeps its person",
      [
        "Minister Arun Mehta spoke.",
        "On Friday, he defended Governor Ravi Das's record.",
        "He also promised funds.",
      ],
      [
        [1, "person:arun-mehta"],
        [2, "person:arun-mehta"],
      ],
    ],
  ])("%s", (_, texts, expected) => {
    expect(pronouns(...texts)).toEqual(expected);
  });

  it("resolves a pronoun inside the sentence of its person", () => {
    expect(
      pronouns(
        "South Korean President Kim Min-jun met Chinese Premier Wang Tao.",
        "Kim's visit to Shanghai, where he will meet students, ends on Friday.",
      ),
    ).toEqual([[1, "person:kim-min-jun"]]);
  });
});
