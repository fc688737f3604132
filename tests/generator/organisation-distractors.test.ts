// Options for a body share its field (aviation bodies for an aviation regulator) and, for a
// regional body, its region; never the body it belongs to or one of its agencies. Options for
// a firm share its sector, and firms of the same story come after other firms of the sector.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { organisationTiers } from "../../src/generator/distractors/entities";

const organisation = (name: string) => knowledge.organisations.find((o) => o.name === name);
const company = (name: string) => knowledge.companies.find((c) => c.name === name);

/** The first three options organisationTiers offers for `answer` in `body`. */
const optionsFor = (body: string, answer: string): string[] => {
  const article = analyseArticle(
    { title: "Test article", body, publishedAt: "2026-03-10" },
    { knowledge },
  );
  const entity = article.entities.find((e) => e.kind === "organisation" && e.name === answer);
  if (entity?.kind !== "organisation") throw new Error(`no organisation ${answer}`);
  const stem = "In March 2026, which organisation did this?";
  const tiers = organisationTiers(entity, { knowledge, article, stem, sentenceIndex: 0 });
  return [...new Set(tiers.flat())].filter((n) => n !== answer).slice(0, 3);
};

describe("organisations by field and region", () => {
  it.each([
    [
      "an Indian aviation regulator: Indian aviation bodies",
      "The Directorate General of Civil Aviation (DGCA) grounded two jets in Pune on Monday.",
      "Directorate General of Civil Aviation",
      (name: string) => organisation(name)?.field === "aviation",
    ],
    [
      "a UN shipping body: transport bodies",
      "Members of the International Maritime Organization met in London on Monday.",
      "International Maritime Organization",
      (name: string) => organisation(name)?.field === "transport",
    ],
    [
      "a European bloc: European bodies",
      "The European Union sent two firefighting planes to Greece on Monday.",
      "European Union",
      (name: string) => organisation(name)?.region === "Europe",
    ],
    [
      "the UN: broad political bodies",
      "The UN called for a ceasefire in Sudan on Monday.",
      "United Nations",
      (name: string) => organisation(name)?.field === "general",
    ],
  ])("%s", (_, body, answer, fits) => {
    const options = optionsFor(body, answer);
    expect(options).toHaveLength(3);
    for (const name of options) expect(fits(name)).toBe(true);
  });

  it.each([
    [
      "the UN offers none of its own agencies",
      "The UN called for safe passage for refugees leaving Myanmar on Monday.",
      "United Nations",
      ["World Food Programme", "United Nations High Commissioner for Refugees", "World Bank"],
    ],
    [
      "the EU offers none of its institutions, nor blocs of other continents",
      "The European Union sent two firefighting planes to Greece on Monday.",
      "European Union",
      ["European Commission", "European Central Bank", "Mercosur", "African Union"],
    ],
    [
      "an aviation regulator offers no exam or health body",
      "The DGCA grounded two jets in Pune on Monday.",
      "Directorate General of Civil Aviation",
      ["National Testing Agency", "Indian Council of Medical Research"],
    ],
  ])("%s", (_, body, answer, never) => {
    const options = optionsFor(body, answer);
    for (const name of never) expect(options).not.toContain(name);
  });
});

describe("companies by sector", () => {
  it("an air-conditioner maker gets appliance makers, not a watchmaker", () => {
    const options = optionsFor(
      "Midea sold a million portable air conditioners in Germany this summer.",
      "Midea Group",
    );
    expect(options).toHaveLength(3);
    for (const name of options) expect(company(name)?.sector).toBe("home appliances");
    expect(options).not.toContain("Titan Company");
  });

  it("no firm known for what the stem says: no SK Hynix for 'a leader in memory chips'", () => {
    const body = "Samsung, a leader in memory chip production, opened a new plant in Pyeongtaek.";
    const article = analyseArticle({ title: "T", body, publishedAt: "2026-03-10" }, { knowledge });
    const entity = article.entities.find((e) => e.name === "Samsung Electronics");
    if (entity?.kind !== "organisation") throw new Error("no Samsung");
    const stem =
      "As of March 2026, which South Korean company is a leader in memory chip production?";
    const all = organisationTiers(entity, { knowledge, article, stem, sentenceIndex: 0 }).flat();
    expect(all).not.toContain("SK Hynix");
    expect(all.length).toBeGreaterThanOrEqual(3);
  });

  it("a firm of the same story comes after other firms of the sector nearby", () => {
    const options = optionsFor(
      "Midea sold a million air conditioners in Spain this summer. Gree said demand was strong too.",
      "Midea Group",
    );
    expect(options).not.toContain("Gree Electric");
  });
});
