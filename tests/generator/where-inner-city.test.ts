// "In which state ... near Jodhpur?": a city inside the state or country asked for gives it away,
// so the event-place stem leaves it out.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { whereEventPlace } from "../../src/generator/rules/where-event-place";

const stemsFor = (body: string, answer: string) => {
  const article = analyseArticle({ title: "T", body, publishedAt: "2026-03-04" }, { knowledge });
  return whereEventPlace
    .apply(article, knowledge)
    .filter((c) => c.answer === answer)
    .map((c) => c.stem);
};

describe("where.event-place: no city of the answer in the stem", () => {
  it.each([
    [
      "The Indian Army opened a new ammunition depot at the Suratgarh cantonment near Jodhpur in Rajasthan on Monday.",
      "Rajasthan",
      "Jodhpur",
    ],
    [
      "The Indian Navy commissioned a survey vessel at a naval dockyard near Surat in Gujarat on Monday.",
      "Gujarat",
      "Surat",
    ],
  ])("%s", (body, answer, city) => {
    const stems = stemsFor(body, answer);
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(stem).not.toContain(city);
  });

  it("a city of another state stays", () => {
    const stems = stemsFor(
      "The Indian Army moved a brigade from a base near Jodhpur to a new post in Gujarat on Monday.",
      "Gujarat",
    );
    for (const stem of stems) expect(stem).toContain("Jodhpur");
  });
});
