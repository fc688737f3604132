// A local office holder takes holders of the same title from other articles as options before
// anyone else of a kindred role (the real pipeline, a hand-made pool of other articles' people);
// a governor never does: another article's governor has no known jurisdiction.
import { describe, expect, it } from "vitest";
import { knowledge } from "../../questions/knowledge";
import { analyseArticle } from "../../src/generator/analyse";
import { personTiers } from "../../src/generator/distractors/entities";
import { generateQuestions } from "../../src/generator/index";
import type { PersonEntity } from "../../src/generator/types";

const person = (name: string, title: string, role: PersonEntity["role"]): PersonEntity => ({
  kind: "person",
  id: `person:${name.toLowerCase().replace(/\s+/g, "-")}`,
  name,
  aliases: [],
  title,
  role,
  mentions: [],
});

const pool = {
  people: [
    person("Ravi Menon", "spokesperson", "official"),
    person("Dev Anand", "commissioner", "official"),
    person("Sara Iqbal", "secretary", "official"),
    person("Asha Verma", "governor", "official"),
    person("Tomas Lind", "Governor", "official"),
    person("Mei Tanaka", "governor", "official"),
    person("Lena Park", "professor", "scientist"),
  ],
  places: [],
  organisations: [],
};

describe("local office holders", () => {
  // Other articles' governors have no known jurisdiction: never options for a governor.
  it.each([
    ["Odisha", "Sambalpur governor Kiran Das opened a new bridge over the river on Monday."],
    ["Kerala", "Kochi governor Kiran Das opened a new ferry terminal on Monday."],
  ])("%s: no governor of another article is an option", (_, body) => {
    const { questions } = generateQuestions(
      { title: "Test article", body, publishedAt: "2026-02-10" },
      { pool },
    );
    const question = questions.find((q) => q.answer === "Kiran Das");
    for (const name of ["Asha Verma", "Mei Tanaka", "Tomas Lind", "Lena Park"]) {
      expect(question?.options ?? []).not.toContain(name);
    }
  });
});

describe("other articles' officials of another title", () => {
  const officials = (titles: readonly string[]) => ({
    people: titles.map((title, i) =>
      person(
        ["Nila Rao", "Omar Shaikh", "Pia Gomes", "Raj Kohli", "Uma Sen"][i] ?? "",
        title,
        "official",
      ),
    ),
    places: [],
    organisations: [],
  });
  const body = "Sambalpur director Kiran Das opened a new bridge over the river on Monday.";
  it.each([
    [
      "three directors",
      ["director", "Director", "director", "chief", "inspector"],
      ["Nila Rao", "Omar Shaikh", "Pia Gomes"],
    ],
    [
      "two directors",
      ["director", "chief", "inspector", "spokesperson", "Director"],
      ["Nila Rao", "Uma Sen"],
    ],
    ["no director", ["chief", "inspector", "spokesperson", "commissioner", "secretary"], []],
  ])("%s: only directors are options for a director", (_, titles, directors) => {
    const { questions } = generateQuestions(
      { title: "Test article", body, publishedAt: "2026-02-10" },
      { pool: officials(titles) },
    );
    const options = questions.find((q) => q.answer === "Kiran Das")?.options ?? [];
    const offered = options.filter((o) => o !== "Kiran Das");
    for (const name of ["Nila Rao", "Omar Shaikh", "Pia Gomes", "Raj Kohli", "Uma Sen"]) {
      expect(offered.includes(name)).toBe(directors.includes(name) && offered.length > 0);
    }
  });
});

describe("private people", () => {
  const leaders = {
    people: [
      person("Ravi Menon", "chairman", "business-leader"),
      person("Dev Anand", "chief executive", "business-leader"),
      person("Sara Iqbal", "founder", "business-leader"),
      person("Asha Verma", "managing director", "business-leader"),
    ],
    places: [],
    organisations: [],
  };
  const optionsFor = (body: string, answer: string) => {
    const article = analyseArticle({ title: "T", body, publishedAt: "2026-02-10" }, { knowledge });
    const entity = article.entities.find((e) => e.kind === "person" && e.name === answer);
    if (entity?.kind !== "person") throw new Error(`no person ${answer}`);
    const stem = "In February 2026, who did this?";
    return personTiers(entity, {
      knowledge,
      article,
      pool: leaders,
      stem,
      sentenceIndex: 0,
    }).flat();
  };
  it.each([
    ["a businessman of no known firm", "Businessman Kiran Das has lived in Pune for 30 years."],
    ["a businesswoman of no known firm", "Businesswoman Kiran Das opened a bakery in Pune."],
  ])("%s is no answer: no options, whatever the pool", (_, body) => {
    expect(optionsFor(body, "Kiran Das")).toEqual([]);
  });

  it("a known firm's chief still has options", () => {
    const body = "Tata Steel's chief executive, T. V. Narendran, opened a new mill in Odisha.";
    expect(optionsFor(body, "T. V. Narendran").length).toBeGreaterThanOrEqual(3);
  });
});
