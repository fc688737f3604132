// npm run generate -- [--json] [--date YYYY-MM-DD] FILE...
// Reads articles (.txt: title on the first non-empty line, body after; .json: title, body, date,
// url) and prints their questions. Unreadable files are reported on stderr after the others.
import { readFileSync } from "node:fs";
import {
  analyseArticle,
  defaultKnowledge,
  defaultSeed,
  entityPoolOf,
  generateFromAnalysis,
  mergePools,
} from "../generator/index";
import type { AnalysedArticle, ArticleInput, GenerationResult } from "../generator/types";

interface Arguments {
  json: boolean;
  date?: string;
  files: string[];
}

const USAGE = "usage: npm run generate -- [--json] [--date YYYY-MM-DD] FILE...";

export const parseArguments = (argv: readonly string[]): Arguments | string => {
  const parsed: Arguments = { json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") parsed.json = true;
    else if (arg === "--date") {
      const date = argv[++i];
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return `--date needs YYYY-MM-DD\n${USAGE}`;
      parsed.date = date;
    } else if (arg.startsWith("--")) return `unknown option ${arg}\n${USAGE}`;
    else parsed.files.push(arg);
  }
  return parsed.files.length ? parsed : `no input files\n${USAGE}`;
};

/** The article a file holds, or a message saying what is wrong with it. */
export const articleFromText = (
  file: string,
  text: string,
  date?: string,
): ArticleInput | string => {
  if (file.toLowerCase().endsWith(".json")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return `not valid JSON (${(error as Error).message})`;
    }
    if (typeof value !== "object" || value === null) return "JSON is not an object";
    const record = value as Record<string, unknown>;
    if (typeof record.title !== "string" || typeof record.body !== "string") {
      return 'JSON needs string fields "title" and "body"';
    }
    const published = typeof record.date === "string" && record.date ? record.date : date;
    return {
      title: record.title,
      body: record.body,
      ...(published ? { publishedAt: published } : {}),
      ...(typeof record.url === "string" ? { sourceUrl: record.url } : {}),
    };
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first < 0) return "file is empty";
  const body = lines
    .slice(first + 1)
    .join("\n")
    .trim();
  if (!body) return "no body after the title line";
  return { title: (lines[first] as string).trim(), body, ...(date ? { publishedAt: date } : {}) };
};

const rejectedCounts = (result: GenerationResult): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const r of result.rejected) counts[r.reason] = (counts[r.reason] ?? 0) + 1;
  return counts;
};

const LETTERS = ["A", "B", "C", "D"];

const forReading = (file: string, article: ArticleInput, result: GenerationResult): string => {
  const lines = [
    `== ${file}`,
    `   ${article.title}${article.publishedAt ? ` (${article.publishedAt.slice(0, 10)})` : ""}`,
    `   ${result.questions.length} questions, ${result.rejected.length} candidates rejected`,
    "",
  ];
  result.questions.forEach((q, n) => {
    lines.push(`${n + 1}. ${q.stem}   [${q.type}, ${q.ruleId}]`);
    q.options.forEach((option, i) => {
      lines.push(`   ${LETTERS[i]}) ${option}`);
    });
    lines.push(`   Answer: ${LETTERS[q.answerIndex]}) ${q.answer}`);
    lines.push(`   Source: ${q.explanation}`, "");
  });
  return lines.join("\n");
};

export const main = (argv: readonly string[]): number => {
  const args = parseArguments(argv);
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const failures: string[] = [];
  const loaded: { file: string; article: ArticleInput; analysed: AnalysedArticle }[] = [];
  for (const file of args.files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      failures.push(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
      continue;
    }
    const article = articleFromText(file, text, args.date);
    if (typeof article === "string") {
      failures.push(`${file}: ${article}`);
      continue;
    }
    const analysed = analyseArticle(article, { knowledge: defaultKnowledge });
    loaded.push({ file, article, analysed });
  }
  // Like the app, which offers stored articles' entities: each file's distractors may also come
  // from the other files given.
  const pools = loaded.map(({ analysed }) => entityPoolOf(analysed));
  loaded.forEach(({ file, article, analysed }, i) => {
    const pool = mergePools(pools.filter((_, j) => j !== i));
    const result = generateFromAnalysis(analysed, {
      knowledge: defaultKnowledge,
      seed: defaultSeed(article),
      pool,
    });
    if (args.json) {
      const line = {
        file,
        title: article.title,
        questions: result.questions,
        rejected: rejectedCounts(result),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } else {
      process.stdout.write(`${forReading(file, article, result)}\n`);
    }
  });
  for (const failure of failures) process.stderr.write(`generate: ${failure}\n`);
  return failures.length ? 1 : 0;
};

process.exitCode = main(process.argv.slice(2));
