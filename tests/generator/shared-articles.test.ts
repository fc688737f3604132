// Issue 2's done-when on the 30 real articles in ../shared/articles (read when present, never
// copied into the project): every article yields questions, at least 6 on average, each passing
// the machine checks, at most one per answer; an entity answer is an entity the article names.
// Generation is the CLI's: each article with the other articles' entities as a distractor pool.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  analyseArticle,
  defaultKnowledge,
  defaultSeed,
  entityPoolOf,
  generateFromAnalysis,
  mergePools,
} from "../../src/generator/index";
import { normaliseOption } from "../../src/generator/normalise";
import type { ArticleInput } from "../../src/generator/types";
import { expectWellFormed } from "./well-formed";

const dir = join(import.meta.dirname, "../../../shared/articles");
const ENTITY_TYPES = new Set([
  "who",
  "where",
  "which-company",
  "which-organisation",
  "which-country",
]);

const load = (): { file: string; article: ArticleInput }[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const json = JSON.parse(readFileSync(join(dir, file), "utf8"));
      return { file, article: { title: json.title, body: json.body, publishedAt: json.date } };
    });

describe.runIf(existsSync(dir))("the 30 shared articles (issue 2, done-when)", () => {
  const articles = existsSync(dir) ? load() : [];
  const analysed = articles.map(({ article }) =>
    analyseArticle(article, { knowledge: defaultKnowledge }),
  );
  const results = articles.map(({ article }, i) => {
    const others = analysed.filter((_, j) => j !== i).map(entityPoolOf);
    const own = analysed[i];
    if (!own) throw new Error("analysis missing");
    return generateFromAnalysis(own, {
      knowledge: defaultKnowledge,
      seed: defaultSeed(article),
      pool: mergePools(others),
    });
  });

  it("are all there", () => {
    expect(articles.length).toBe(30);
  });

  it("give at least 6 questions per article on average, and every article some", () => {
    const counts = results.map((r) => r.questions.length);
    for (const [i, count] of counts.entries()) {
      expect(count, articles[i]?.file).toBeGreaterThan(0);
    }
    const mean = counts.reduce((sum, n) => sum + n, 0) / counts.length;
    expect(mean).toBeGreaterThanOrEqual(6);
  });

  it.each(articles.map((a, i) => [a.file, i] as const))(
    "%s: every question passes the machine checks",
    (_, i) => {
      const { article } = articles[i] as (typeof articles)[number];
      const result = results[i];
      const own = analysed[i];
      if (!result || !own) throw new Error("result missing");
      const answers = result.questions.map((q) => normaliseOption(q.answer));
      expect(new Set(answers).size).toBe(answers.length);
      for (const question of result.questions) {
        expectWellFormed(question, article);
        if (ENTITY_TYPES.has(question.type) && !question.stem.includes("____")) {
          const named = own.entities.some((e) => e.name === question.answer && e.mentions.length);
          expect(named, `${question.answer} is not an entity of ${articles[i]?.file}`).toBe(true);
        }
      }
    },
  );
});
