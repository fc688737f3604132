// "Glasgow 2026" in a piece about one Games names that edition by its host: "Which city will host
// the 2026 Commonwealth Games?". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { generateQuestions } from "../../src/generator/index";
import { whereBrandedEdition } from "../../src/generator/rules/where-branded-edition";

const stems = (body: string, date = "2025-06-10") =>
  whereBrandedEdition
    .apply(
      analyseArticle({ title: "Test article", body, publishedAt: date }, { knowledge }),
      knowledge,
    )
    .map((c) => `${c.stem} => ${c.answer}`);

describe("where.branded-edition", () => {
  it.each([
    [
      "The Commonwealth Games are shrinking. Glasgow 2026 will feature only a handful of sports.",
      "Which city will host the 2026 Commonwealth Games? => Glasgow",
    ],
    [
      "The Commonwealth Games have lost their shine. Birmingham 2022, for all its crowds, ran over budget.",
      "Which city hosted the 2022 Commonwealth Games? => Birmingham",
    ],
    [
      "India wants more medals at the Asian Games. Nagoya 2026 is the next test for its athletes.",
      "Which city will host the 2026 Asian Games? => Nagoya",
    ],
  ])("%s", (body, expected) => {
    expect(stems(body)).toEqual([expected]);
  });

  it.each([
    // The year of writing: whether that edition is over is unknown.
    "The Commonwealth Games are shrinking. Glasgow 2025 will feature only a handful of sports.",
    // No Games named: the brand could be any event.
    "The city council has big plans. Glasgow 2026 will be a busy year for its planners.",
    // Two Games named: which one the brand is, is unknown.
    "The Asian Games and the Commonwealth Games both shrank. Glasgow 2026 will feature few sports.",
    // Part of a longer name.
    "The Commonwealth Games are shrinking. The Glasgow 2026 organisers cut ten sports.",
    "The Commonwealth Games are shrinking. Glasgow 2026 Limited cut ten sports.",
  ])("none: %s", (body) => {
    expect(stems(body)).toEqual([]);
  });

  it("keeps its options among cities and leaves the figure question beside it", () => {
    const result = generateQuestions({
      title: "Fewer sports for Glasgow",
      body: "The Commonwealth Games are shrinking. Glasgow 2026 will feature just 10 disciplines, down from 20.",
      publishedAt: "2025-06-10",
    });
    const q = result.questions.find((x) => x.ruleId === "where.branded-edition");
    expect(q?.answer).toBe("Glasgow");
    expect(new Set(q?.options)).toHaveProperty("size", 4);
    expect(result.questions.map((x) => x.stem)).toContain(
      "How many disciplines will the 2026 Commonwealth Games feature?",
    );
  });
});
