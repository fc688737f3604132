// Pronouns a stem may keep because the stem itself says what they mean.
import { describe, expect, it } from "vitest";
import { checkStem } from "../../src/generator/checks/stem";

describe("checkStem with context", () => {
  it.each([
    [
      "Rahul Verma travelled to ____ in May 2024, where he opened a consulate.",
      { onePersonNamed: "Rahul Verma" },
      undefined,
    ],
    [
      "In which city did Rahul Verma say he would open a consulate?",
      { onePersonNamed: "Rahul Verma" },
      undefined,
    ],
    [
      "He said Rahul Verma would open a consulate in ____.", // the pronoun comes first
      { onePersonNamed: "Rahul Verma" },
      "unresolved-pronoun",
    ],
    ["Rahul Verma travelled to ____, where he opened a consulate.", {}, "unresolved-pronoun"],
    [
      "With ____ relying on imported fuel, it had little room to act.",
      { soleThingBlank: true },
      undefined,
    ],
    ["With ____ relying on imported fuel, it had little room to act.", {}, "unresolved-pronoun"],
    [
      "It said ____ would relying on imported fuel for years.", // "it" before the blank
      { soleThingBlank: true },
      "unresolved-pronoun",
    ],
  ])("%s %j → %s", (stem, context, reason) => {
    expect(checkStem(stem, context)?.reason).toBe(reason);
  });
});

describe("checkStem: references back into the article", () => {
  it.each([
    ["For decades, the status quo helped keep the peace in the ____.", "unresolved-pronoun"],
    [
      "Which country will welcome the quadrennial extravaganza’s centenary edition?",
      "unresolved-pronoun",
    ],
    ["Claimed by ____, both cities have long strained ties with Spain.", "unresolved-pronoun"],
    ["Which country will host the Commonwealth Games in 2030?", undefined],
    ["To which city had local officials appealed for help in 2026?", "unresolved-pronoun"],
    [
      "In which city was the journalist killed inside the kingdom’s consulate?",
      "unresolved-pronoun",
    ],
  ])("%s → %s", (stem, reason) => {
    expect(checkStem(stem)?.reason).toBe(reason);
  });
});
