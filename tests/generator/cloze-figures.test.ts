// Figures and years blanked by the cloze fallback (the real analysis and rules, no mocks).
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { clozeFallback } from "../../src/generator/rules/cloze";

const figureClozes = (body: string) => {
  const article = analyseArticle(
    { title: "Test article", body, publishedAt: "2026-02-10" },
    { knowledge },
  );
  return clozeFallback
    .apply(article, knowledge)
    .filter((c) => c.type === "how-many" || c.type === "when")
    .map((c) => [c.stem, c.answer]);
};

describe("figure clozes", () => {
  it.each([
    [
      "A fire at a garment factory in the Indian city of Surat has killed at least 14 people.",
      "As of February 2026, a fire at a garment factory in the Indian city of Surat has killed at least ____ people.",
      "14",
    ],
    [
      "The Hirakud Dam across the Mahanadi river in Odisha was completed in 1957.",
      "The Hirakud Dam across the Mahanadi river in Odisha was completed in ____.",
      "1957",
    ],
    [
      "Rescuers in Uttarakhand pulled 41 workers out of the collapsed Silkyara tunnel in 2023.",
      "Rescuers in Uttarakhand pulled ____ workers out of the collapsed Silkyara tunnel in 2023.",
      "41",
    ],
  ])("%s", (body, stem, answer) => {
    expect(figureClozes(body)).toContainEqual([stem, answer]);
  });

  it.each([
    ["In spite of the rescue, seven men and 14 women died in the blaze."],
    ["Between 300 to 400 crossings were reported at the border with Ladakh overnight."],
    ["India has won 61, 66, 64 and 101 medals at the Commonwealth Games so far."],
    ["The state of Kerala paid Rs 500 to each of the flood-hit families last week."],
    ["In 2022 one of his poems about Mumbai went viral on social media."],
    ["The committee said some 300 villages in Assam were flooded by the river."],
    ["The regulations, first proposed in early 2024, took effect on 1 November 2025."],
    // An estimate: 270 and 330 would be as true as "about 300".
    ["The survey was carried out with about 300 farmers across Punjab in 2024."],
    // An undated past event: which rescue, and when?
    ["Rescuers in Uttarakhand pulled 41 workers out of the collapsed Silkyara tunnel."],
    // "At that point": an earlier time the sentence does not date.
    ["At that point, officials allowed 8,000 people to cross into Ceuta from Morocco."],
  ])("nothing from %s", (body) => {
    expect(figureClozes(body)).toEqual([]);
  });
});

describe("clozes of countries in sports results", () => {
  it.each([
    ["India beat South Africa by 52 runs in the final at Navi Mumbai on Sunday."],
    ["Australia, the defending champions, lost the semifinal to India in Mumbai."],
  ])("no country blank in %s", (body) => {
    const article = analyseArticle(
      { title: "Test article", body, publishedAt: "2026-02-10" },
      { knowledge },
    );
    const countries = clozeFallback
      .apply(article, knowledge)
      .filter((c) => c.answerKind.kind === "entity" && c.type === "which-country");
    expect(countries).toEqual([]);
  });
});

describe("time anchors of earlier events", () => {
  it("no article month for 'At that point, ...'", async () => {
    const { generateQuestions } = await import("../../src/generator/index");
    const { questions, rejected } = generateQuestions({
      title: "Test article",
      body: "At that point, officials allowed 8,000 people to cross into Ceuta from Morocco.",
      publishedAt: "2026-02-10",
    });
    // The cloze refuses the sentence outright (see "nothing from" above); no other rule may date it.
    const stems = [...questions, ...rejected].map((q) => q.stem);
    for (const stem of stems) expect(stem).not.toContain("February 2026");
  });
});
