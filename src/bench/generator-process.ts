// Child-process entry of the generator bench, so its peak RSS and CPU profile hold the generator
// alone. Reads {articlesDir, count, warmup} from argv[2]; prints GeneratorFigures as JSON.

import { generateQuestions } from "../generator/index";
import { barePass } from "../generator/sentences";
import { articleText, loadCorpus, repeatToCount } from "./corpus";
import { measureGenerator } from "./generator";
import { winkTaggingPerSec } from "./wink";

interface GeneratorJob {
  articlesDir: string;
  count: number;
  warmup: number;
}

const job = JSON.parse(process.argv[2] ?? "{}") as GeneratorJob;
const corpus = loadCorpus(job.articlesDir);
if (corpus.length === 0) {
  console.error(`no .json or .txt articles in ${job.articlesDir}`);
  process.exit(2);
}
const articles = repeatToCount(corpus, Math.max(job.count, corpus.length));
const figures = measureGenerator(
  articles,
  {
    generate: (article) =>
      generateQuestions(
        {
          title: article.title,
          body: article.body,
          publishedAt: article.publishedAt,
          sourceUrl: article.sourceUrl,
        },
        { seed: 1 },
      ).questions.length,
    barePass,
  },
  job.warmup,
);
// After peak RSS was read: the wink model would add its own memory to the generator's figure.
const wink = await winkTaggingPerSec(articles.map(articleText), job.warmup);
figures.winkTaggingArticlesPerSec = wink;
figures.ratioToWinkTagging = figures.articlesPerSec / wink;
process.stdout.write(`${JSON.stringify(figures)}\n`);
