// A host city that stepped in for another, for an edition of the article's one Games.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { whereReplacedHost } from "../../src/generator/rules/where-replaced-host";

const stems = (body: string): [string, string][] => {
  const article = analyseArticle(
    { title: "The Games go on", body, publishedAt: "2026-06-01" },
    { knowledge },
  );
  return whereReplacedHost.apply(article, knowledge).map((c) => [c.stem, c.answer]);
};

describe("where.replaced-host", () => {
  it.each([
    [
      "Several host cities have pulled out of the Asian Games over costs: Jakarta replaced Hanoi in 2018.",
      "Which city replaced Hanoi as the host of the 2018 Asian Games?",
      "Jakarta",
    ],
    [
      "The Commonwealth Games have struggled to find hosts, and Birmingham stepped in for Durban for 2022.",
      "Which city replaced Durban as the host of the 2022 Commonwealth Games?",
      "Birmingham",
    ],
  ])("%s", (body, stem, answer) => {
    expect(stems(body)).toContainEqual([stem, answer]);
  });

  it.each([
    // No year: which edition is not said.
    "Several host cities have pulled out of the Asian Games over costs: Jakarta replaced Hanoi.",
    // No hosting in the sentence: a replacement of some other kind.
    "At the Asian Games, Jakarta replaced Hanoi in 2018 as the region's busiest airport hub.",
    // No one Games in the article.
    "Host cities keep changing: Jakarta replaced Hanoi in 2018.",
  ])("none: %s", (body) => {
    expect(stems(body)).toEqual([]);
  });
});
