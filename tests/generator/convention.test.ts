// A bare "Conference of Parties" takes the name of the one convention the article names.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { checkStem } from "../../src/generator/checks/stem";
import { withConvention } from "../../src/generator/convention";
import { datedPast } from "../../src/generator/rules/how-many-ordinal";

const articleOf = (body: string) =>
  analyseArticle({ title: "Test article", body, publishedAt: "2026-11-20" }, { knowledge });

const CLIMATE =
  "The 31st session of the Conference of Parties (COP) opened in Antalya on Monday. Delegates to the UN Framework Convention on Climate Change (UNFCCC) met for two weeks.";
const BIODIVERSITY =
  "The Conference of the Parties opened in Cali on Monday. Parties to the Convention on Biological Diversity met to review the targets.";
const BOTH = `${CLIMATE} Parties to the Convention on Biological Diversity met separately.`;
const NONE =
  "The Conference of Parties (COP) opened in Antalya on Monday. Delegates met for two weeks.";

describe("withConvention", () => {
  it.each([
    [
      CLIMATE,
      "In which city did the Conference of Parties (COP) open in November 2026?",
      "In which city did the UN climate Conference of Parties (COP) open in November 2026?",
    ],
    [
      CLIMATE,
      "In November 2026, which session of the Conference of Parties (COP) opened in Antalya?",
      "In November 2026, which session of the UN climate Conference of Parties (COP) opened in Antalya?",
    ],
    [
      BIODIVERSITY,
      "In which city did the Conference of the Parties open in November 2026?",
      "In which city did the UN biodiversity Conference of the Parties open in November 2026?",
    ],
    // Already named: kept as it is.
    [
      CLIMATE,
      "In which city did the UN climate Conference of Parties open in November 2026?",
      "In which city did the UN climate Conference of Parties open in November 2026?",
    ],
    [
      CLIMATE,
      "In which city did the Conference of Parties (COP31) open in November 2026?",
      "In which city did the Conference of Parties (COP31) open in November 2026?",
    ],
    // Two conventions, or none: which one is not said.
    [
      BOTH,
      "In which city did the Conference of Parties (COP) open in November 2026?",
      "In which city did the Conference of Parties (COP) open in November 2026?",
    ],
    [
      NONE,
      "In which city did the Conference of Parties (COP) open in November 2026?",
      "In which city did the Conference of Parties (COP) open in November 2026?",
    ],
  ])("%#", (body, stem, expected) => {
    expect(withConvention(stem, articleOf(body))).toBe(expected);
  });

  it("a qualified stem passes check 2; an unqualified one does not", () => {
    const stem = "In which city did the Conference of Parties (COP) open in November 2026?";
    expect(checkStem(withConvention(stem, articleOf(CLIMATE)))).toBeUndefined();
    expect(checkStem(withConvention(stem, articleOf(NONE)))?.reason).toBe("unresolved-pronoun");
  });
});

describe("datedPast", () => {
  it.each([
    [
      "In November 2026, which session of the UN climate Conference of Parties (COP) has begun?",
      "In November 2026, which session of the UN climate Conference of Parties (COP) began?",
    ],
    [
      "In March 2026, which edition of the book fair has opened in Kolkata?",
      "In March 2026, which edition of the book fair opened in Kolkata?",
    ],
    [
      "In 2026, which edition of the regatta has been held in Kochi?",
      "In 2026, which edition of the regatta was held in Kochi?",
    ],
    // Undated, or a perfect that is no event: kept.
    [
      "Which edition of the book fair has opened in Kolkata?",
      "Which edition of the book fair has opened in Kolkata?",
    ],
    [
      "In March 2026, which edition of the book fair has seen record crowds?",
      "In March 2026, which edition of the book fair has seen record crowds?",
    ],
  ])("%s", (stem, expected) => {
    expect(datedPast(stem)).toBe(expected);
  });
});
