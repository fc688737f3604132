import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyseArticle,
  defaultKnowledge,
  defaultRules,
  entityPoolOf,
  generateQuestions,
} from "../../src/generator/index";
import { normaliseOption } from "../../src/generator/normalise";
import type { ArticleInput } from "../../src/generator/types";
import { REJECT_REASONS } from "../../src/generator/types";
import { expectWellFormed } from "./well-formed";

const articlesDir = join(import.meta.dirname, "../fixtures/articles");
const fixtures = readdirSync(articlesDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => {
    const json = JSON.parse(readFileSync(join(articlesDir, file), "utf8"));
    const article: ArticleInput = { title: json.title, body: json.body, publishedAt: json.date };
    return { file, article };
  });
const negatives = fixtures.filter((f) => f.file.startsWith("neg-"));
const positives = fixtures.filter((f) => !f.file.startsWith("neg-"));
describe("generateQuestions on the fixture articles", () => {
  it.each(positives)("$file: questions that pass every machine check", ({ article }) => {
    const { questions, rejected } = generateQuestions(article);
    expect(questions.length).toBeGreaterThanOrEqual(3);
    expect(questions.length).toBeLessThanOrEqual(12);
    const answers = questions.map((q) => normaliseOption(q.answer));
    expect(new Set(answers).size).toBe(answers.length);
    for (const question of questions) {
      expectWellFormed(question, article);
      expect(question.asOf).toBe(article.publishedAt);
      expect(question.entities.length).toBeGreaterThan(0);
    }
    for (const r of rejected) expect(REJECT_REASONS).toContain(r.reason);
  });

  it.each(negatives)("$file: no question at all", ({ article }) => {
    expect(generateQuestions(article).questions).toEqual([]);
  });

  it("asks more than one type of question across the fixtures", () => {
    const types = new Set(
      positives.flatMap(({ article }) => generateQuestions(article).questions.map((q) => q.type)),
    );
    for (const type of ["who", "where", "when", "how-many", "which-country"])
      expect(types).toContain(type);
  });
});

describe("determinism and options", () => {
  const [first] = positives;
  if (!first) throw new Error("no fixtures");

  it("gives deep-equal output for the same article, rules and seed", () => {
    expect(generateQuestions(first.article, { seed: 5 })).toEqual(
      generateQuestions(first.article, { seed: 5 }),
    );
    expect(generateQuestions(first.article)).toEqual(generateQuestions(first.article));
  });

  it("keeps the same stems under another seed", () => {
    const a = generateQuestions(first.article, { seed: 1 })
      .questions.map((q) => q.stem)
      .sort();
    const b = generateQuestions(first.article, { seed: 2 })
      .questions.map((q) => q.stem)
      .sort();
    expect(b).toEqual(a);
  });

  it("does not always put the answer in one place", () => {
    const positions = new Set(
      positives.flatMap(({ article }) =>
        generateQuestions(article).questions.map((q) => q.answerIndex),
      ),
    );
    expect(positions.size).toBe(4);
  });

  it.each([[1], [4]])("respects maxQuestions = %d", (max) => {
    expect(
      generateQuestions(first.article, { maxQuestions: max }).questions.length,
    ).toBeLessThanOrEqual(max);
  });

  it("anchors to the article's date over the reference date, and to the reference date without one", () => {
    const withDate = generateQuestions(first.article, { referenceDate: "2020-01-01" });
    for (const q of withDate.questions) expect(q.asOf).toBe(first.article.publishedAt);
    const { publishedAt: _, ...undated } = first.article;
    for (const q of generateQuestions(undated, { referenceDate: "2026-03-01" }).questions) {
      expect(q.asOf).toBe("2026-03-01");
    }
    for (const q of generateQuestions(undated).questions) expect(q.asOf).toBeUndefined();
  });

  it("accepts another article's entities as a distractor pool", () => {
    const other = positives[1]?.article;
    if (!other) throw new Error("need two fixtures");
    const pool = entityPoolOf(analyseArticle(other, { knowledge: defaultKnowledge }));
    const result = generateQuestions(first.article, { pool });
    for (const q of result.questions) expectWellFormed(q, first.article);
  });

  it("runs only the rules it is given", () => {
    const only = defaultRules.filter((r) => r.id === "who.role-country");
    for (const q of generateQuestions(first.article, { rules: only }).questions)
      expect(q.ruleId).toBe("who.role-country");
  });
});

describe("hostile input", () => {
  it.each([
    ["empty", { title: "", body: "" }],
    ["one word", { title: "Word", body: "Word" }],
    ["only numbers", { title: "1", body: "1 2 3 4 5 6 7 8 9 10 11 12" }],
    [
      "html",
      { title: "<h1>x</h1>", body: "<div><script>alert(1)</script><p>India won.</p></div>" },
    ],
    ["non-English", { title: "ख़बर", body: "भारत ने आज नई दिल्ली में बैठक की। 東京で会議が開かれた。" }],
    [
      "a bad date",
      { title: "T", body: "India won the final in Chennai.", publishedAt: "not a date" },
    ],
  ])("%s: no throw, only well-formed questions", (_, article) => {
    const { questions } = generateQuestions(article);
    for (const q of questions) expectWellFormed(q, article);
  });

  it("survives random text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 60 }), (body, title) => {
        const { questions } = generateQuestions({ title, body });
        for (const q of questions) expect(q.options).toHaveLength(4);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

// The seed article belongs to its publisher: it is read from ../shared when present, never copied.
const seedFile = join(import.meta.dirname, "../../../shared/seeds/000_db7796608c8f4852.txt");
describe.runIf(existsSync(seedFile))("the seed article (issue 2, done-when)", () => {
  it("gives at least 8 good questions with the expected answers", () => {
    const lines = readFileSync(seedFile, "utf8").split("\n");
    const first = lines.findIndex((l) => l.trim());
    const article = {
      title: (lines[first] as string).trim(),
      body: lines.slice(first + 1).join("\n"),
      publishedAt: "2026-01-04",
    };
    const { questions } = generateQuestions(article);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    for (const q of questions) expectWellFormed(q, article);
    const answers = questions.map((q) => q.answer);
    expect(answers).toContain("Lee Jae Myung");
    expect(answers).toContain("Shanghai");
    expect(answers.some((a) => a.startsWith("Samsung"))).toBe(true);
    expect(answers.some((a) => ["Xi Jinping", "Li Qiang", "Chung Eui-sun"].includes(a))).toBe(true);
    expect(answers.some((a) => ["Sea of Japan", "Beijing"].includes(a))).toBe(true);
    const types = new Set(questions.map((q) => q.type));
    for (const type of ["who", "where", "which-company"]) expect(types).toContain(type);
    expect(types.has("when") || types.has("how-many")).toBe(true);
    for (const q of questions) expect(q.explanation).not.toMatch(/SSBCrack|premium online portal/);
  });
});
