// Load run: N aspirants at once against the real server on loopback: each registers (one in ten)
// or starts as a guest, starts an attempt, and submits it twice concurrently. An online backup is
// taken in the middle. Afterwards every submission is checked against the database: recorded
// exactly once, with the score that follows from the bank's answer key and the choices sent.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspectDatabase } from "../../src/storage/backup";
import { checkDatabase } from "./db-check";
import { Agent, expectStatus, percentile, seededRandom, type Timed } from "./http";
import { verifySubmissions } from "./load-verify";
import { ADMIN_PASSWORD, ADMIN_USERNAME, startServer } from "./server";

export interface LoadOptions {
  aspirants: number;
  seed: number;
  log: (line: string) => void;
}

export interface LoadFigures {
  aspirants: number;
  requests: number;
  seconds: number;
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  p99ByRoute: Record<string, number>;
  submissions: number;
  doubleSubmissions: number;
  lost: number;
  wrongScore: number;
  doubleChanged: number;
  non2xx: number;
  backup: string;
  problems: string[];
}

const SCHEMES = ["cds", "afcat", "nda", "upsc", "ssc", "practice"];

export interface Taken {
  attemptId: string;
  userId: number;
  scheme: string;
  /** questionId -> [option text chosen or null, index sent] */
  sent: Map<number, { choice: number | null; text: string | null }>;
  replies: { status: number; body: Record<string, unknown> }[];
}

const aspirantRun = async (
  baseUrl: string,
  index: number,
  articleIds: number[],
  timings: Timed[],
  random: () => number,
): Promise<Taken> => {
  // Each aspirant comes from its own address, as a reverse proxy reports it (TRUST_PROXY).
  const address = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
  const agent = new Agent(baseUrl, timings, { "x-forwarded-for": address });
  const identity =
    index % 10 === 0
      ? await agent.post(
          "/api/auth/register",
          { username: `load-${index}`, password: `load-pass-${index}` },
          "register",
        )
      : await agent.post("/api/auth/guest", {}, "guest");
  expectStatus(identity, 201, `aspirant ${index} identity`);
  const scheme = SCHEMES[index % SCHEMES.length] ?? "cds";
  const count = 4 + (index % 5);
  const articleId = articleIds[index % articleIds.length];
  const started = expectStatus(
    await agent.post("/api/attempts", { articleId, count, scheme }, "start"),
    201,
    `aspirant ${index} start`,
  ).body as { attempt: { id: string }; questions: { id: number; options: string[] }[] };
  const sent = new Map<number, { choice: number | null; text: string | null }>();
  const answers = started.questions.map((q) => {
    const pick = Math.floor(random() * 5);
    const choice = pick === 4 ? null : pick;
    sent.set(q.id, { choice, text: choice === null ? null : (q.options[choice] ?? null) });
    return { questionId: q.id, choice };
  });
  const path = `/api/attempts/${started.attempt.id}/submit`;
  const replies = await Promise.all([
    agent.post(path, { answers }, "submit"),
    agent.post(path, { answers }, "submit"),
  ]);
  return {
    attemptId: started.attempt.id,
    userId: (identity.body as { user: { id: number } }).user.id,
    scheme,
    sent,
    replies: replies.map((r) => ({ status: r.status, body: r.body as Record<string, unknown> })),
  };
};

const backupNow = (databasePath: string, target: string): Promise<string> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/backup.ts", target], {
      env: { ...process.env, DATABASE_PATH: databasePath },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (c) => {
      out += String(c);
    });
    child.stderr.on("data", (c) => {
      out += String(c);
    });
    child.on("close", (code) => resolve(code === 0 ? out.trim() : `FAILED (${code}): ${out}`));
  });

export const runLoad = async (options: LoadOptions): Promise<LoadFigures> => {
  const dir = mkdtempSync(join(tmpdir(), "newsdrill-load-"));
  const { log } = options;
  // The production rate limits stay on: the server trusts X-Forwarded-For as it would behind a
  // reverse proxy (TRUST_PROXY), and each aspirant has an address of its own, well inside its
  // budget (one identity, two submissions).
  const server = await startServer(dir, { TRUST_PROXY: "1" });
  try {
    log(`server pid ${server.pid} at ${server.baseUrl}, database ${server.databasePath}`);
    const admin = new Agent(server.baseUrl);
    expectStatus(
      await admin.post("/api/auth/login", { username: ADMIN_USERNAME, password: ADMIN_PASSWORD }),
      200,
      "admin login",
    );
    const listed = (await admin.get("/api/articles")).body as {
      articles: { id: number; questionCount: number }[];
    };
    const articleIds = listed.articles.filter((a) => a.questionCount >= 4).map((a) => a.id);
    if (articleIds.length === 0) throw new Error("no demo article with 4 questions to quiz on");
    const timings: Timed[] = [];
    const random = seededRandom(options.seed);
    log(`${options.aspirants} aspirants at once on ${articleIds.length} articles`);
    const started = performance.now();
    // The backup starts once the first submissions come back, while the rest are still writing.
    const backup = (async () => {
      while (timings.filter((t) => t.route === "submit").length < options.aspirants / 5)
        await new Promise((resolve) => setTimeout(resolve, 20));
      return backupNow(server.databasePath, join(dir, "during-load.sqlite"));
    })();
    const runs = await Promise.allSettled(
      Array.from({ length: options.aspirants }, (_, i) =>
        aspirantRun(server.baseUrl, i, articleIds, timings, random),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const backupResult = await backup;
    await server.stop();
    const problems: string[] = [];
    const taken: Taken[] = [];
    for (const run of runs) {
      if (run.status === "fulfilled") taken.push(run.value);
      else problems.push(String(run.reason));
    }
    const verdict = verifySubmissions(server.databasePath, taken, problems);
    const consistency = checkDatabase(server.databasePath);
    if (consistency.integrity !== "ok") problems.push(`integrity: ${consistency.integrity}`);
    problems.push(...consistency.problems);
    const copy = inspectDatabase(join(dir, "during-load.sqlite"));
    if (copy.integrity !== "ok") problems.push(`backup copy integrity: ${copy.integrity}`);
    const byRoute = new Map<string, number[]>();
    for (const t of timings) byRoute.set(t.route, [...(byRoute.get(t.route) ?? []), t.ms]);
    return {
      aspirants: options.aspirants,
      requests: timings.length,
      seconds,
      throughput: timings.length / seconds,
      p50Ms: percentile(
        timings.map((t) => t.ms),
        50,
      ),
      p99Ms: percentile(
        timings.map((t) => t.ms),
        99,
      ),
      p99ByRoute: Object.fromEntries(
        [...byRoute].map(([route, ms]) => [route, percentile(ms, 99)]),
      ),
      submissions: taken.length,
      doubleSubmissions: taken.length,
      non2xx: timings.filter((t) => t.status >= 300).length,
      backup: `${backupResult.split("\n")[0]} (copy: ${copy.integrity}, ${copy.rows.attempts} of the ${options.aspirants} attempts existed then)`,
      ...verdict,
      problems,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
};
