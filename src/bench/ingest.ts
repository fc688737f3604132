// Ingest: articles added one request each through POST /api/articles as the admin, a few in
// flight at once (the server generates questions inside each request), timed end to end.
import { performance } from "node:perf_hooks";
import { databaseBytes } from "./app-server";
import type { CorpusArticle } from "./corpus";
import type { IngestFigures } from "./figures";
import type { Session } from "./session";
import { percentile } from "./stats";

export interface IngestedArticle {
  id: number;
  questions: number;
}

export const ingestArticles = async (
  session: Session,
  databasePath: string,
  articles: readonly CorpusArticle[],
  inFlight = 4,
): Promise<{ figures: IngestFigures; ingested: IngestedArticle[] }> => {
  const dbBytesBefore = databaseBytes(databasePath);
  const times: number[] = [];
  const ingested: IngestedArticle[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < articles.length) {
      const n = next++;
      const article = articles[n] as CorpusArticle;
      const start = performance.now();
      const response = await session.postJson("/api/articles", articleBody(article, n));
      times.push(performance.now() - start);
      if (response.status !== 201) {
        throw new Error(
          `POST /api/articles #${n} answered ${response.status}: ${response.body.toString().slice(0, 300)}`,
        );
      }
      const created = JSON.parse(response.body.toString()) as {
        article: { id: number };
        questions: unknown[];
      };
      ingested.push({ id: created.article.id, questions: created.questions.length });
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = (performance.now() - start) / 1000;
  const dbBytesAfter = databaseBytes(databasePath);
  return {
    ingested,
    figures: {
      articles: articles.length,
      seconds,
      articlesPerSec: articles.length / seconds,
      msP50: percentile(times, 50),
      msP95: percentile(times, 95),
      dbBytesPer1000: ((dbBytesAfter - dbBytesBefore) / articles.length) * 1000,
      dbBytesBefore,
      dbBytesAfter,
      questionsStored: ingested.reduce((n, a) => n + a.questions, 0),
    },
  };
};

/** The API's article shape; copies get a distinct source URL so none is refused as a duplicate. */
export const articleBody = (article: CorpusArticle, n: number): Record<string, string> => {
  const body: Record<string, string> = { title: article.title, body: article.body };
  if (article.publishedAt) body.publishedAt = article.publishedAt.slice(0, 10);
  if (article.sourceUrl) {
    const url = new URL(article.sourceUrl);
    url.searchParams.set("bench", String(n));
    body.sourceUrl = url.toString();
  }
  if (article.category) body.category = article.category;
  return body;
};
