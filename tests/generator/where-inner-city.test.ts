// where.event-place stems: no city of the answer in the stem; a present with a later date is a future.
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

describe("where.event-place: a present with a later date reads as a future", () => {
  it.each([
    [
      "The GST Council meets in Jaipur on March 21 to review rates.",
      "In which city will the GST Council meet",
    ],
    [
      "The GST Council meets in Jaipur to review rates on tobacco.",
      "In which city does the GST Council meet",
    ],
  ])("%s", (body, start) => {
    const stems = stemsFor(body, "Jaipur");
    expect(stems.length).toBeGreaterThan(0);
    for (const stem of stems) expect(stem.startsWith(start) || stem.includes(start)).toBe(true);
  });
});
