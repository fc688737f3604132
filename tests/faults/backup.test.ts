// Online backup while the app writes: the copy is sound (integrity "ok"), transaction-consistent
// (no attempt without its questions, no article half-stored), and holds a plausible row count
// between what existed when it started and what existed when it ended. Also through the CLI.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/storage";
import { backupDatabase } from "../../src/storage/backup";
import {
  addArticle,
  asAdmin,
  asGuest,
  type Client,
  createSecurityApp,
  demoBody,
  type SecurityApp,
} from "../security/harness";

let dir: string;
let store: Store;
let app: SecurityApp;
let admin: Client;
let articleId: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsdrill-backup-"));
  app = await createSecurityApp({ databasePath: join(dir, "live.sqlite") });
  store = app.store;
  admin = await asAdmin(app);
  articleId = (await addArticle(admin, demoBody(2))).article.id;
});
afterAll(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

const counts = (db: { prepare: Database.Database["prepare"] }) => ({
  articles: (db.prepare("select count(*) as n from articles").get() as { n: number }).n,
  attempts: (db.prepare("select count(*) as n from attempts").get() as { n: number }).n,
});

/** Writes through the app until stopped: articles and attempts, each its own transaction. */
const writeUntil = (stop: { done: boolean }) => {
  let written = 0;
  const run = async () => {
    const taker = await asGuest(app);
    while (!stop.done) {
      if (written % 5 === 0)
        await addArticle(admin, demoBody(written % 6, `Backup run ${written}`));
      await taker.post("/api/attempts", { articleId, count: 5 });
      written += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return written;
  };
  return run();
};

const consistent = (file: string) => {
  const copy = new Database(file, { readonly: true });
  const bare = copy
    .prepare(
      "select count(*) as n from attempts a where not exists (select 1 from attempt_questions q where q.attempt_id = a.id)",
    )
    .get() as { n: number };
  const half = copy
    .prepare(
      "select count(*) as n from articles a where generation_note is null and not exists (select 1 from questions q where q.article_id = a.id)",
    )
    .get() as { n: number };
  const found = counts(copy);
  copy.close();
  return { bare: bare.n, half: half.n, ...found };
};

describe("backup while the app writes", () => {
  it("in process: a sound, consistent copy with a plausible row count", async () => {
    const stop = { done: false };
    const writer = writeUntil(stop);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const startCounts = counts(store.sqlite);
    const report = await backupDatabase(join(dir, "live.sqlite"), join(dir, "copy-1.sqlite"));
    const endCounts = counts(store.sqlite);
    stop.done = true;
    const written = await writer;
    expect(written).toBeGreaterThan(3);
    expect(report.integrity).toBe("ok");
    const copy = consistent(report.file);
    expect(copy.bare).toBe(0);
    expect(copy.half).toBe(0);
    expect(copy.attempts).toBeGreaterThanOrEqual(startCounts.attempts);
    expect(copy.attempts).toBeLessThanOrEqual(endCounts.attempts);
    expect(copy.articles).toBeGreaterThanOrEqual(startCounts.articles);
    expect(report.rows.attempts).toBe(copy.attempts);
  });

  it("through `npm run backup -- FILE` from another process, while this one writes", async () => {
    const stop = { done: false };
    const writer = writeUntil(stop);
    const target = join(dir, "copy-cli.sqlite");
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/backup.ts", target], {
      env: { ...process.env, DATABASE_PATH: join(dir, "live.sqlite") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += String(chunk);
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    stop.done = true;
    await writer;
    expect(code, output).toBe(0);
    expect(output).toMatch(/Integrity check of the copy: ok/);
    const copy = consistent(target);
    expect(copy.bare).toBe(0);
    expect(copy.half).toBe(0);
    expect(copy.attempts).toBeGreaterThan(0);
    const live = new Database(target, { readonly: true });
    expect(live.pragma("journal_mode", { simple: true })).toBe("delete");
    live.close();
  }, 30_000);

  it("restores as the README says: copy over DATABASE_PATH, drop -wal/-shm, start", async () => {
    const report = await backupDatabase(join(dir, "live.sqlite"), join(dir, "copy-restore.sqlite"));
    const restoredPath = join(dir, "restored", "newsdrill.sqlite");
    mkdirSync(join(dir, "restored"));
    copyFileSync(report.file, restoredPath);
    // Stale WAL files of an older database beside it must go, or SQLite would replay them.
    for (const suffix of ["-wal", "-shm"]) rmSync(`${restoredPath}${suffix}`, { force: true });
    const restored = await createSecurityApp({ databasePath: restoredPath });
    expect((await restored.client().get("/healthz")).body).toEqual({ ok: true });
    const attempts = restored.store.sqlite.prepare("select count(*) as n from attempts").get();
    expect(attempts).toEqual({ n: report.rows.attempts });
    const listed = (await restored.client().get("/api/articles")).body.articles as unknown[];
    expect(listed.length).toBeGreaterThan(0);
    restored.close();
  });

  it("refuses a missing source database", async () => {
    await expect(backupDatabase(join(dir, "nope.sqlite"), join(dir, "x.sqlite"))).rejects.toThrow(
      /No database/,
    );
  });
});
