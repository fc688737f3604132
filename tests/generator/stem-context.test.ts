// Pronouns a stem may keep because the stem itself says what they mean.
import { describe, expect, it } from "vitest";
import { checkStem } from "../../src/generator/checks/stem";

describe("checkStem with context", () => {
  it.each([
    [
      "Rahul Verma travelled to ____ in May 2024, where he opened a consulate.",
      { peopleNamedAt: [0] },
      undefined,
    ],
    [
      "In which city did Rahul Verma say he would open a consulate?",
      { peopleNamedAt: [18] },
      undefined,
    ],
    [
      "He said Rahul Verma would open a consulate in ____.", // the pronoun comes first
      { peopleNamedAt: [8] },
      "unresolved-pronoun",
    ],
    [
      // Verma is the one person named before "he"; Mehta comes after it.
      "Verma returned from ____, where he met the envoy Anil Mehta in May 2024.",
      { peopleNamedAt: [0, 48] },
      undefined,
    ],
    [
      // Two people before "he": either could be meant.
      "Verma and Anil Mehta flew to ____, where he opened a consulate in 2024.",
      { peopleNamedAt: [0, 10] },
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

describe("a place's own adjective in the stem", () => {
  it("'Russian' gives 'Russia' away, 'Taiwanese' does not give away a company", async () => {
    const { generateQuestions } = await import("../../src/generator/index");
    const body = [
      "Russian strikes damaged a power station in the city of Kharkiv on Monday.",
      "Taiwan Semiconductor Manufacturing Company, the world's biggest contract chipmaker, opened a plant in Kumamoto.",
    ].join("\n\n");
    const { questions, rejected } = generateQuestions({
      title: "Test article",
      body,
      publishedAt: "2026-02-10",
    });
    const all = [...questions, ...rejected];
    for (const q of all) {
      if (q.answer === "Russia") expect(q.stem).not.toMatch(/Russian/);
    }
    expect(questions.some((q) => q.answer === "Taiwan Semiconductor Manufacturing Company")).toBe(
      true,
    );
  });
});

describe("checkStem: an event named only by 'the'", () => {
  it.each([
    ["In March 2026, who had planned the bombing?", "unresolved-pronoun"],
    ["Who was wounded in the shooting, police confirmed?", "unresolved-pronoun"],
    ["Which agency is investigating the murder?", "unresolved-pronoun"],
    // Said where or of whom: the stem stands alone.
    ["Who ordered the killing of the editor in 2018?", undefined],
    ["In which city did the explosion at the fertiliser depot happen in 2020?", undefined],
    ["Who investigated the bombing in Colombo in 2019?", undefined],
  ])("%s → %s", (stem, reason) => {
    expect(checkStem(stem)?.reason).toBe(reason);
  });
});

describe("checkStem: 'overnight' with and without its date", () => {
  it.each([
    ["Drones struck a depot near ____ overnight on 4 May 2026.", undefined],
    ["Which city did drones strike overnight in May 2026?", undefined],
    ["Drones struck a depot near ____ overnight.", "relative-time"],
    ["Which city did drones strike overnight, officials in 2026 said?", "relative-time"],
    ["Drones struck a depot near ____ overnight on Sunday in 2026.", "relative-time"],
  ])("%s → %s", (stem, reason) => {
    expect(checkStem(stem)?.reason).toBe(reason);
  });
});
