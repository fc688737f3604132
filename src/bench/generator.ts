// Generator throughput: full generation vs the bare NLP pass over the same texts, in one process,
// after a warm-up lap, timed per article with performance.now().
import { performance } from "node:perf_hooks";
import { articleText, type CorpusArticle } from "./corpus";
import { percentile, sum } from "./stats";

export interface GeneratorFigures {
  articles: number;
  articlesPerSec: number;
  msP50: number;
  msP95: number;
  msMax: number;
  barePassArticlesPerSec: number;
  barePassMsP50: number;
  ratioToBarePass: number;
  /** The same ratio from per-article medians: steadier on a shared machine. */
  ratioToBarePassP50: number;
  peakRssMb: number;
  questionsPerArticle: number;
  /** Context only (see wink.ts): wink-nlp tokenising + POS-tagging the same texts. */
  winkTaggingArticlesPerSec?: number;
  ratioToWinkTagging?: number;
}

export interface GeneratorSubjects {
  /** Full generation of one article; returns how many questions it kept. */
  generate: (article: CorpusArticle) => number;
  /** The bare NLP pass over the same text; returns anything countable so it is not optimised away. */
  barePass: (text: string) => number;
}

export const measureGenerator = (
  articles: readonly CorpusArticle[],
  subjects: GeneratorSubjects,
  warmup: number,
): GeneratorFigures => {
  const texts = articles.map(articleText);
  for (let i = 0; i < Math.min(warmup, articles.length); i++) {
    subjects.generate(articles[i] as CorpusArticle);
    subjects.barePass(texts[i] as string);
  }
  // Interleaved, article by article, so a noisy neighbour slows both passes alike.
  const bare: number[] = [];
  const full: number[] = [];
  let questions = 0;
  let sink = 0;
  articles.forEach((article, i) => {
    let start = performance.now();
    sink += subjects.barePass(texts[i] as string);
    bare.push(performance.now() - start);
    start = performance.now();
    questions += subjects.generate(article);
    full.push(performance.now() - start);
  });
  if (sink < 0) bare.push(0); // keeps `sink` observable; never true for counts
  const fullPerSec = perSecond(full);
  const barePerSec = perSecond(bare);
  return {
    articles: articles.length,
    articlesPerSec: fullPerSec,
    msP50: percentile(full, 50),
    msP95: percentile(full, 95),
    msMax: Math.max(...full),
    barePassArticlesPerSec: barePerSec,
    barePassMsP50: percentile(bare, 50),
    ratioToBarePass: fullPerSec / barePerSec,
    ratioToBarePassP50: percentile(bare, 50) / percentile(full, 50),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    questionsPerArticle: questions / articles.length,
  };
};

const perSecond = (msPerItem: readonly number[]): number =>
  msPerItem.length / (sum(msPerItem) / 1000);
