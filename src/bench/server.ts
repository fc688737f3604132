// Server, ingest and page-weight parts: one real server (child process) filled through its API,
// a hello-world ceiling (another child), and autocannon in this process against both.
import { type AppServer, startAppServer } from "./app-server";
import {
  type OpenAttempt,
  parseStartedAttempt,
  quizzableArticles,
  startAttemptRequest,
  submitRequest,
} from "./attempts";
import { freePort, spawnTs, stopChild, waitForHttp } from "./child";
import type { CorpusArticle } from "./corpus";
import type { IngestFigures, PageFigures, RouteName, ServerFigures } from "./figures";
import { httpRequest } from "./http";
import { ingestArticles } from "./ingest";
import { type LoadPlan, type RouteFigures, runLoad } from "./load";
import { measurePage } from "./page";
import { type Session, signIn } from "./session";

export interface ServerBenchOptions {
  articles: readonly CorpusArticle[];
  plan: LoadPlan;
  measurePageWeight: boolean;
  /** False for a page-weight-only run: a few articles, no load runs, no ingest figures. */
  measureLoad: boolean;
  /** node flags for the server child, e.g. --cpu-prof. */
  nodeFlags: string[];
  log: (line: string) => void;
}

export interface ServerBenchResult {
  ingest?: IngestFigures;
  server?: ServerFigures;
  page?: PageFigures;
  /** Routes or parts that failed while the rest still ran. */
  failures: { part: string; error: string }[];
}

/** Path of the quiz page of an attempt (server-rendered HTML). */
export const quizPagePath = (attemptId: string): string =>
  `/attempts/${encodeURIComponent(attemptId)}`;

export const runServerBench = async (options: ServerBenchOptions): Promise<ServerBenchResult> => {
  const { log } = options;
  log("starting the server");
  const app = await startAppServer(options.nodeFlags);
  try {
    return await benchAgainst(app, options);
  } finally {
    await app.stop();
  }
};

const benchAgainst = async (
  app: AppServer,
  options: ServerBenchOptions,
): Promise<ServerBenchResult> => {
  const { log, plan } = options;
  const pid = app.running.child.pid;
  const admin = await signIn(app.baseUrl, "login", app.adminUsername, app.adminPassword);
  log(`ingesting ${options.articles.length} articles through POST /api/articles`);
  const articles = options.measureLoad ? options.articles : options.articles.slice(0, 20);
  const { figures: ingest, ingested } = await ingestArticles(admin, app.databasePath, articles);
  const articleIds = quizzableArticles(ingested);
  if (articleIds.length === 0)
    throw new Error("no ingested article kept 4 questions: nothing to quiz on");

  const aspirant = await signIn(
    app.baseUrl,
    "register",
    `bench${Date.now() % 1e9}`,
    "bench-password-1",
  );
  const first = await startOne(aspirant, articleIds[0] as number);
  const pagePath = quizPagePath(first.id);
  const failures: ServerBenchResult["failures"] = [];
  const attempt = async <T>(part: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      failures.push({ part, error: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };
  const cookie = { cookie: aspirant.headers.cookie ?? "" };
  const page = options.measurePageWeight
    ? await attempt("page", () => measurePage(app.baseUrl, pagePath, cookie))
    : undefined;

  if (!options.measureLoad) return { page, failures };
  log("load: hello-world ceiling");
  const hello = await measureHello(plan);
  log("load: quiz page");
  const quizPage =
    (await attempt("server.quizPage", () =>
      quizPageLoad(app.baseUrl + pagePath, cookie, plan, pid),
    )) ?? NOT_MEASURED;
  log("load: POST /api/attempts");
  const attempts: OpenAttempt[] = [];
  const startAttempt = await runLoad(
    { url: app.baseUrl, requests: [startAttemptRequest(aspirant.headers, articleIds, attempts)] },
    plan,
    pid,
  );
  // Enough unsubmitted attempts for a submit route twice as fast as starting one.
  const wanted = Math.min(
    40_000,
    Math.ceil(Math.max(startAttempt.rps, 100) * 2 * (plan.duration + plan.warmup)),
  );
  const createAttempts = async (pool: OpenAttempt[], count: number): Promise<void> => {
    if (pool.length >= count) return;
    log(`creating ${count - pool.length} more attempts to submit`);
    await runLoad(
      {
        url: app.baseUrl,
        amount: count - pool.length,
        requests: [startAttemptRequest(aspirant.headers, articleIds, pool)],
      },
      { ...plan, warmup: 0 },
    );
  };
  await createAttempts(attempts, wanted);
  log(`load: POST /api/attempts/:id/submit (${attempts.length} open attempts)`);
  const counter = { distinct: 0, repeated: 0 };
  const submit = await runLoad(
    { url: app.baseUrl, requests: [submitRequest(aspirant.headers, attempts, counter)] },
    plan,
    pid,
  );
  // One connection: the latency of a submission when nothing queues in front of it. (autocannon's
  // rate limit sends each second's quota in a burst, so it cannot show latency below saturation.)
  const fresh: OpenAttempt[] = [];
  await createAttempts(fresh, Math.ceil(Math.max(submit.rps, 100) * plan.duration * 2));
  log("load: submit on one connection");
  const aloneCounter = { distinct: 0, repeated: 0 };
  const submitAlone = await runLoad(
    { url: app.baseUrl, requests: [submitRequest(aspirant.headers, fresh, aloneCounter)] },
    { ...plan, connections: 1, warmup: 0 },
    pid,
  );
  const routes: Record<RouteName, RouteFigures> = {
    hello,
    quizPage,
    startAttempt,
    submit,
    submitAlone,
  };
  return {
    ingest,
    page,
    failures,
    server: {
      helloRps: hello.rps,
      quizPageRps: quizPage.rps,
      quizPageRatio: quizPage.rps / hello.rps,
      startAttemptRps: startAttempt.rps,
      startAttemptRatio: startAttempt.rps / hello.rps,
      submitRps: submit.rps,
      submitRatio: submit.rps / hello.rps,
      quizPageCpuRatio: hello.serverCpuMsPerRequest / quizPage.serverCpuMsPerRequest,
      startAttemptCpuRatio: hello.serverCpuMsPerRequest / startAttempt.serverCpuMsPerRequest,
      submitCpuRatio: hello.serverCpuMsPerRequest / submit.serverCpuMsPerRequest,
      p99Ms: Math.max(
        ...[quizPage, startAttempt, submit].map((r) => r.p99Ms).filter(Number.isFinite),
      ),
      connections: plan.connections,
      durationSec: plan.duration,
      submitDistinctShare:
        (counter.distinct + aloneCounter.distinct) /
        Math.max(
          1,
          counter.distinct + counter.repeated + aloneCounter.distinct + aloneCounter.repeated,
        ),
      routes,
    },
  };
};

const startOne = async (session: Session, articleId: number): Promise<OpenAttempt> => {
  const response = await session.postJson("/api/attempts", { articleId });
  if (response.status !== 201) {
    throw new Error(`POST /api/attempts answered ${response.status}: ${response.body.toString()}`);
  }
  const attempt = parseStartedAttempt(response.body.toString());
  if (!attempt)
    throw new Error(`POST /api/attempts answered without an attempt: ${response.body.toString()}`);
  return attempt;
};

const NOT_MEASURED: RouteFigures = {
  rps: Number.NaN,
  p50Ms: Number.NaN,
  p99Ms: Number.NaN,
  p99MsSteady: Number.NaN,
  requests: 0,
  non2xx: 0,
  errors: 0,
  statusCodes: {},
  serverCpuMsPerRequest: Number.NaN,
  serverCores: Number.NaN,
};

/** GET of the quiz page; refuses to time a page that does not answer 200. */
const quizPageLoad = async (
  url: string,
  headers: Record<string, string>,
  plan: LoadPlan,
  pid: number | undefined,
): Promise<RouteFigures> => {
  const probe = await httpRequest(url, { headers });
  if (probe.status !== 200)
    throw new Error(`GET ${new URL(url).pathname} answered ${probe.status}`);
  return runLoad({ url, headers }, plan, pid);
};

const measureHello = async (plan: LoadPlan): Promise<RouteFigures> => {
  const port = await freePort();
  const hello = spawnTs("src/bench/hello-server.ts", { env: { PORT: String(port) } });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, hello);
    return await runLoad({ url: `http://127.0.0.1:${port}/` }, plan, hello.child.pid);
  } finally {
    await stopChild(hello);
  }
};
