// Golden test over our fixture articles: a stable projection of every generated question is
// compared with tests/fixtures/golden/<fixture>.json. After a deliberate generator change, run
//   UPDATE_GOLDEN=1 npx vitest run tests/generator/golden.test.ts
// then read the changed golden files as an aspirant would before committing them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/generator/clean";
import { generateQuestions } from "../../src/generator/index";
import type { Question } from "../../src/generator/types";

const fixturesDir = join(import.meta.dirname, "../fixtures");
const articlesDir = join(fixturesDir, "articles");
const rawDir = join(fixturesDir, "raw");
const goldenDir = join(fixturesDir, "golden");
const updating = process.env.UPDATE_GOLDEN === "1";

interface FixtureArticle {
  title: string;
  body: string;
  date: string;
  url: string;
  category: string;
}

const fixtures = readdirSync(articlesDir)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => {
    const name = file.replace(/\.json$/, "");
    const article = JSON.parse(readFileSync(join(articlesDir, file), "utf8")) as FixtureArticle;
    return { name, article };
  });
const negatives = new Set(["neg-opinion-no-facts", "neg-very-short"]);

const toInput = (article: FixtureArticle) => ({
  title: article.title,
  body: article.body,
  publishedAt: article.date,
  sourceUrl: article.url,
});

const project = (question: Question) => ({
  type: question.type,
  stem: question.stem,
  options: question.options,
  answerIndex: question.answerIndex,
  ruleId: question.ruleId,
});

const STOP_WORDS = new Set(["the", "of", "and", "a", "an", "in", "on", "at", "for", "to", "de"]);
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/, ""))
    .filter((word) => word !== "");
const normalise = (text: string): string => words(text).join(" ");

/**
 * Content words of the answer found in the stem. Allowed: the type noun the stem asks for
 * ("which bay" -> "Bay of Bengal", "which Taiwanese company"), and a word every option shares
 * (the year when all four dates share it): neither tells the reader which option is right.
 */
const answerWordsInStem = (question: Question): string[] => {
  const stemWords = new Set(words(question.stem));
  const typeNoun = /\b[Ww]hich\s+(?:[A-Z][\w-]*\s+)*([a-z]+)/.exec(question.stem)?.[1];
  const shared = (word: string) => question.options.every((option) => words(option).includes(word));
  return words(question.answer).filter(
    (word) => !STOP_WORDS.has(word) && word !== typeNoun && stemWords.has(word) && !shared(word),
  );
};

/** Pairs of options where one's words run inside the other's ("Lee" in "Lee Jae Myung"). */
const nestedOptions = (options: readonly string[]): string[] => {
  const found: string[] = [];
  for (const inner of options) {
    for (const outer of options) {
      if (inner === outer) continue;
      if (` ${normalise(outer)} `.includes(` ${normalise(inner)} `))
        found.push(`${inner} < ${outer}`);
    }
  }
  return found;
};

// The invariant helpers must catch what they are for, or the golden checks prove nothing.
describe("invariant helpers", () => {
  const question = (stem: string, answer: string, options: string[]): Question => ({
    type: "which-company",
    stem,
    options,
    answerIndex: options.indexOf(answer),
    answer,
    explanation: "",
    sentenceIndex: 0,
    ruleId: "test",
    entities: [],
    score: 0,
  });
  const four = (answer: string) => [answer, "LG Electronics", "SK Hynix", "Hyundai Motor"];

  it.each([
    [
      "Which Korean company, Samsung's flagship, makes memory chips?",
      "Samsung Electronics",
      ["samsung"],
    ],
    ["Which company makes memory chips?", "Samsung Electronics", []],
    ["Which bay hosted the drill?", "Bay of Bengal", []],
    ["Where did the Bay drill take place?", "Bay of Bengal", ["bay"]],
  ])("answerWordsInStem(%j, %j)", (stem, answer, expected) => {
    expect(answerWordsInStem(question(stem, answer, four(answer)))).toEqual(expected);
  });

  it.each([
    [["Lee", "Lee Jae Myung", "Xi Jinping", "Li Qiang"], ["Lee < Lee Jae Myung"]],
    [["March 2026", "17 March 2026", "April 2026", "May 2026"], ["March 2026 < 17 March 2026"]],
    [["Rs 400 crore", "Rs 2,400 crore", "Rs 1,200 crore", "Rs 800 crore"], []],
    [["India", "Indonesia", "Iran", "Iraq"], []],
  ])("nestedOptions(%j)", (options, expected) => {
    expect(nestedOptions(options)).toEqual(expected);
  });
});

describe.each(fixtures)("golden: $name", ({ name, article }) => {
  const result = generateQuestions(toInput(article));
  const cleanedText = cleanArticle({ title: article.title, body: article.body }).paragraphs.join(
    "\n\n",
  );

  it("matches its golden file", () => {
    const goldenPath = join(goldenDir, `${name}.json`);
    const actual = { title: article.title, questions: result.questions.map(project) };
    if (updating) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    if (!existsSync(goldenPath)) {
      expect.fail(
        `Golden file ${goldenPath} is missing. Create it with ` +
          "`UPDATE_GOLDEN=1 npx vitest run tests/generator/golden.test.ts`, read it, then commit it.",
      );
    }
    expect(
      actual,
      "Generator output changed. If intended: UPDATE_GOLDEN=1 npx vitest run " +
        "tests/generator/golden.test.ts, read the diff of tests/fixtures/golden, commit it.",
    ).toEqual(JSON.parse(readFileSync(goldenPath, "utf8")));
  });

  it("is deterministic", () => {
    expect(generateQuestions(toInput(article))).toEqual(result);
  });

  if (negatives.has(name)) {
    it("yields no question", () => {
      expect(result.questions).toEqual([]);
    });
    return;
  }

  it("yields questions, at most one per answer", () => {
    expect(result.questions.length).toBeGreaterThan(0);
    const answers = result.questions.map((question) => normalise(question.answer));
    expect(new Set(answers).size).toBe(answers.length);
  });

  it.each(result.questions.map((question) => [question.stem, question] as const))(
    "well-formed: %s",
    (_stem, question) => {
      expect(question.options).toHaveLength(4);
      expect(new Set(question.options.map(normalise)).size).toBe(4);
      expect(nestedOptions(question.options)).toEqual([]);
      expect(Number.isInteger(question.answerIndex)).toBe(true);
      expect(question.answerIndex).toBeGreaterThanOrEqual(0);
      expect(question.answerIndex).toBeLessThanOrEqual(3);
      expect(question.options[question.answerIndex]).toBe(question.answer);
      expect(question.ruleId).not.toBe("");
      expect(question.explanation).not.toBe("");
      expect(cleanedText).toContain(question.explanation);
      expect(answerWordsInStem(question)).toEqual([]);
      const blanks = question.stem.split("____").length - 1;
      expect(question.stem.trimEnd().endsWith("?") || blanks === 1).toBe(true);
      expect(blanks).toBeLessThanOrEqual(1);
      expect(question.asOf).toBe(article.date);
    },
  );
});

// A dirty scrape must give the same questions as the clean article: nothing from the headline
// repeat, teaser, byline, caption, share bar, "Also read" or footer may become a question.
describe.each(
  readdirSync(rawDir)
    .filter((file) => file.endsWith(".txt"))
    .sort(),
)("raw scrape: %s", (file) => {
  const name = file.replace(/\.txt$/, "");
  const clean = fixtures.find((fixture) => fixture.name === name)?.article;
  const [title = "", ...rest] = readFileSync(join(rawDir, file), "utf8").split("\n");
  const body = rest.join("\n");

  it("has a clean twin in articles/", () => {
    expect(clean).toBeDefined();
  });
  if (!clean) return;

  it("yields the same stems and answers as the clean article", () => {
    const options = { seed: "raw-vs-clean" };
    const fromRaw = generateQuestions({ title, body, publishedAt: clean.date }, options);
    const fromClean = generateQuestions(toInput(clean), options);
    const summary = (questions: Question[]) =>
      questions.map((question) => ({ stem: question.stem, answer: question.answer }));
    expect(summary(fromRaw.questions)).toEqual(summary(fromClean.questions));
  });
});
