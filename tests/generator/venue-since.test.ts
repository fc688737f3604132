// An edition still to come is hosted in the future tense and named by its year; a span's first
// year is asked as "Since which year"; "the next Games" is counted from the day of writing.
import { describe, expect, it } from "vitest";
import { checkStem } from "../../src/generator/checks/stem";
import { generateQuestions } from "../../src/generator/index";

const stems = (body: string): string[] =>
  generateQuestions({ title: "Test article", body, publishedAt: "2026-10-12" }).questions.map(
    (q) => q.stem,
  );

describe("venues and spans", () => {
  it.each([
    [
      "The hockey team won the final to secure a direct place at the 2028 Olympic Games in Los Angeles.",
      "Which city will host the 2028 Olympic Games?",
    ],
    [
      "India will host the Commonwealth Games in Ahmedabad in 2030, officials said on Friday.",
      "Which city will host the 2030 Commonwealth Games?",
    ],
    [
      "The G20 leaders' summit in New Delhi in 2023 adopted a declaration on food security.",
      "Which city hosted the 2023 G20 leaders' summit?",
    ],
    [
      "The Agni series of missiles has been tested more than 30 times since 1989 from Odisha.",
      "Since which year has the Agni series of missiles been tested more than 30 times from Odisha?",
    ],
  ])("%s", (body, stem) => {
    expect(stems(body)).toContain(stem);
  });

  it.each([
    "In which city will the next Asian Games be held in 2030?",
    "Which country won the last World Cup in 2023?",
  ])("relative edition: %s", (stem) => {
    expect(checkStem(stem)?.reason).toBe("relative-time");
  });
});
