// The benchmark corpus: articles read from a folder (.json with {title, body, date?, url?,
// category?}, or .txt whose first line is the title) and repeated to the size a run needs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface CorpusArticle {
  title: string;
  body: string;
  publishedAt?: string;
  sourceUrl?: string;
  category?: string;
}

export const DEFAULT_ARTICLES_DIR = "tests/fixtures/articles";

export const loadCorpus = (dir: string): CorpusArticle[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".json") || name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      return name.endsWith(".json") ? fromJson(text, name) : fromText(text);
    })
    .filter((article): article is CorpusArticle => article !== null);

export const fromJson = (text: string, name = "article"): CorpusArticle | null => {
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== "object" || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const title = record.title;
  const body = record.body;
  if (typeof title !== "string" || typeof body !== "string" || body.trim() === "") {
    throw new Error(`${name}: a corpus article needs string "title" and "body"`);
  }
  const article: CorpusArticle = { title, body };
  const date = record.date ?? record.publishedAt;
  if (typeof date === "string") article.publishedAt = date;
  const url = record.url ?? record.sourceUrl;
  if (typeof url === "string") article.sourceUrl = url;
  if (typeof record.category === "string") article.category = record.category;
  return article;
};

export const fromText = (text: string): CorpusArticle | null => {
  const [first = "", ...rest] = text.split("\n");
  const body = rest.join("\n").trim();
  if (first.trim() === "" || body === "") return null;
  return { title: first.trim(), body };
};

/** Cycles the list until it holds `count` articles; titles get a copy number after the first lap. */
export const repeatToCount = (
  articles: readonly CorpusArticle[],
  count: number,
): CorpusArticle[] => {
  if (articles.length === 0) return [];
  const out: CorpusArticle[] = [];
  for (let i = 0; i < count; i++) {
    const article = articles[i % articles.length] as CorpusArticle;
    const lap = Math.floor(i / articles.length);
    out.push(lap === 0 ? article : { ...article, title: `${article.title} (${lap + 1})` });
  }
  return out;
};

/** Plain text the bare pass reads: title and body, as the generator receives them. */
export const articleText = (article: CorpusArticle): string =>
  `${article.title}\n\n${article.body}`;
