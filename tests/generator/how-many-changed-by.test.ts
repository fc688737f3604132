// how-many.changed-by: "X's population declined by nearly 1 million" and its year.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { howManyChangedBy } from "../../src/generator/rules/how-many-changed-by";

const stems = (body: string): string[] => {
  const article = analyseArticle(
    { title: "Test article", body, publishedAt: "2026-03-10" },
    { knowledge },
  );
  return howManyChangedBy.apply(article, knowledge).map((c) => `${c.stem} => ${c.answer}`);
};

describe("how-many.changed-by", () => {
  it.each([
    [
      "The number of foreign workers in Korea passed two million in 2024. In the same year, South Korea's population declined by nearly 100,000.",
      "In 2024, by about how many people did South Korea's population decline? => 100,000",
    ],
    [
      "Brazil's soybean exports rose by 12% in 2024.",
      "By what percentage did Brazil's soybean exports rise in 2024? => 12%",
    ],
    [
      "In 2023, India's coal imports fell by 8 million tonnes.",
      "In 2023, by how many tonnes did India's coal imports fall? => 8 million",
    ],
  ])("%s", (body, expected) => {
    expect(stems(body)).toContain(expected);
  });

  it.each([
    // A pronoun owner: whose population is not said.
    ["Its population fell by 300,000 in 2024."],
    // "In the same year" with no year before it in the paragraph.
    ["In the same year, Chile's population declined by nearly 100,000."],
    // A bare figure of something that is no population: no unit to ask in.
    ["In 2024, Peru's fleet grew by 12."],
    // "more than": the key would be a floor, not the figure.
    ["In 2024, Kenya's population grew by more than 1 million."],
    // A clause opened by something else than a year: the change may be hypothetical.
    ["If rates rise, Japan's population declined by 1 million."],
  ])("not asked: %s", (body) => {
    expect(stems(body)).toEqual([]);
  });
});
