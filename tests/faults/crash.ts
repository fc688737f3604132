// Crash runs: the real server on one database file, an admin adding articles and aspirants
// starting and submitting attempts as fast as they can, then SIGKILL at a seeded moment. After a
// restart on the same file: integrity, no half-saved article or attempt, every result derivable
// from its choices, and every ACKNOWLEDGED article and submission present as acknowledged (read
// back from the database and, as its owner, through the API: sessions survive the crash too).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { demoArticles } from "../../src/demo/articles";
import { checkDatabase, parseScore, sameScore } from "./db-check";
import { Agent, expectStatus, seededRandom } from "./http";
import { ADMIN_PASSWORD, ADMIN_USERNAME, type RunningServer, startServer } from "./server";

export interface CrashOptions {
  runs: number;
  workers: number;
  seed: number;
  log: (line: string) => void;
}

export interface CrashRunFigures {
  run: number;
  killAfterMs: number;
  articlesAcknowledged: number;
  submissionsAcknowledged: number;
  inFlightAtKill: number;
  problems: string[];
}

interface Acknowledged {
  articles: { id: number; title: string; questions: number }[];
  submissions: {
    attemptId: string;
    agent: Agent;
    scoreExact: string;
    correct: number;
    wrong: number;
    skipped: number;
  }[];
}

const work = async (
  server: RunningServer,
  run: number,
  workers: number,
  stop: { killed: boolean },
) => {
  const ack: Acknowledged = { articles: [], submissions: [] };
  let inFlight = 0;
  const guarded = async <T>(call: () => Promise<T>): Promise<T | null> => {
    inFlight += 1;
    try {
      return await call();
    } catch {
      return null; // the connection died with the server: not acknowledged
    } finally {
      inFlight -= 1;
    }
  };
  const admin = new Agent(server.baseUrl);
  expectStatus(
    await admin.post("/api/auth/login", { username: ADMIN_USERNAME, password: ADMIN_PASSWORD }),
    200,
    "admin login",
  );
  const listed = (await admin.get("/api/articles")).body as {
    articles: { id: number; questionCount: number }[];
  };
  const quizzable = listed.articles.filter((a) => a.questionCount >= 3).map((a) => a.id);
  const adder = (async () => {
    for (let n = 0; !stop.killed; n += 1) {
      const demo = demoArticles[n % demoArticles.length];
      if (demo === undefined) break;
      const title = `Crash run ${run} article ${n}`;
      const reply = await guarded(() =>
        admin.post("/api/articles", { title, body: demo.body, publishedAt: demo.publishedAt }),
      );
      if (reply?.status === 201)
        ack.articles.push({
          id: reply.body.article.id,
          title,
          questions: reply.body.questions.length,
        });
      else if (reply !== null && reply.status !== 201)
        throw new Error(`add answered ${reply.status}`);
    }
  })();
  const takers = Array.from({ length: workers }, async (_, w) => {
    const agent = new Agent(server.baseUrl);
    const random = seededRandom(run * 1000 + w);
    const guest = await guarded(() => agent.post("/api/auth/guest"));
    if (guest?.status !== 201) return;
    while (!stop.killed) {
      const articleId = quizzable[Math.floor(random() * quizzable.length)];
      const started = await guarded(() => agent.post("/api/attempts", { articleId, count: 5 }));
      if (started?.status !== 201) continue;
      const answers = (started.body.questions as { id: number }[]).map((q) => ({
        questionId: q.id,
        choice: random() < 0.2 ? null : Math.floor(random() * 4),
      }));
      const reply = await guarded(() =>
        agent.post(`/api/attempts/${started.body.attempt.id}/submit`, { answers }),
      );
      if (reply?.status === 200)
        ack.submissions.push({ attemptId: started.body.attempt.id, agent, ...reply.body });
    }
  });
  return { ack, inFlight: () => inFlight, done: Promise.allSettled([adder, ...takers]) };
};

/** Everything acknowledged before the kill, against the restarted server and its database. */
const verifyAcknowledged = async (server: RunningServer, ack: Acknowledged): Promise<string[]> => {
  const problems: string[] = [];
  const db = new Database(server.databasePath, { readonly: true });
  const article = db.prepare(
    "select title, (select count(*) from questions q where q.article_id = a.id) as n from articles a where id = ?",
  );
  const attempt = db.prepare(
    "select score, correct, wrong, skipped, submitted_at from attempts where id = ?",
  );
  for (const a of ack.articles) {
    const row = article.get(a.id) as { title: string; n: number } | undefined;
    if (row === undefined || row.title !== a.title || row.n !== a.questions)
      problems.push(
        `acknowledged article ${a.id} (${a.questions} questions) is ${row ? `${row.n} questions` : "missing"}`,
      );
  }
  for (const s of ack.submissions) {
    const row = attempt.get(s.attemptId) as
      | {
          score: string;
          correct: number;
          wrong: number;
          skipped: number;
          submitted_at: number | null;
        }
      | undefined;
    if (
      row === undefined ||
      row.submitted_at === null ||
      !sameScore(parseScore(row.score), parseScore(s.scoreExact)) ||
      row.correct !== s.correct ||
      row.wrong !== s.wrong ||
      row.skipped !== s.skipped
    )
      problems.push(
        `acknowledged submission ${s.attemptId} (${s.scoreExact}) is ${row ? `stored as ${row.score}` : "missing"}`,
      );
  }
  db.close();
  // A sample through the API, as the owner, with the cookie from before the crash.
  for (const s of ack.submissions.slice(0, 20)) {
    const reply = await s.agent.at(server.baseUrl).get(`/api/attempts/${s.attemptId}`);
    if (reply.status !== 200 || reply.body.result?.scoreExact !== s.scoreExact)
      problems.push(
        `API shows submission ${s.attemptId} as ${reply.status} ${reply.body.result?.scoreExact}`,
      );
  }
  return problems;
};

export const runCrashes = async (options: CrashOptions): Promise<CrashRunFigures[]> => {
  const dir = mkdtempSync(join(tmpdir(), "newsdrill-crash-"));
  const random = seededRandom(options.seed);
  const figures: CrashRunFigures[] = [];
  let server = await startServer(dir, { RATE_LIMITS: "off" });
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      // The kill comes at a seeded moment after the first writes were acknowledged, so that even
      // a slow machine has something to lose.
      const killAfterMs = Math.round(100 + random() * 1000);
      const stop = { killed: false };
      const running = await work(server, run, options.workers, stop);
      const warming = Date.now() + 60_000;
      while (running.ack.submissions.length < 3 || running.ack.articles.length < 1) {
        if (Date.now() > warming) throw new Error(`run ${run}: no writes acknowledged within 60 s`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      const inFlightAtKill = running.inFlight();
      stop.killed = true;
      await server.kill();
      await running.done;
      options.log(
        `run ${run}: SIGKILL ${killAfterMs} ms after the first acknowledged writes, with ${inFlightAtKill} requests in flight; ${running.ack.articles.length} articles and ${running.ack.submissions.length} submissions acknowledged`,
      );
      server = await startServer(dir, { RATE_LIMITS: "off" });
      const consistency = checkDatabase(server.databasePath);
      const problems = [
        ...(consistency.integrity === "ok" ? [] : [`integrity: ${consistency.integrity}`]),
        ...consistency.problems,
        ...(await verifyAcknowledged(server, running.ack)),
      ];
      if (running.ack.submissions.length === 0)
        problems.push("nothing was acknowledged: the kill came too early to prove anything");
      options.log(
        `run ${run}: after restart ${JSON.stringify(consistency.counts)}; ${problems.length === 0 ? "consistent" : `${problems.length} problems`}`,
      );
      figures.push({
        run,
        killAfterMs,
        articlesAcknowledged: running.ack.articles.length,
        submissionsAcknowledged: running.ack.submissions.length,
        inFlightAtKill,
        problems,
      });
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
};
