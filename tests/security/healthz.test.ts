// /healthz is public and unauthenticated: it must not let anyone make the server scan the whole
// database on every request (SQLite's integrity check reads every page and blocks the event loop).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSecurityApp, type SecurityApp } from "./harness";

let dir: string;
let app: SecurityApp;
let fullScanMs: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsdrill-healthz-"));
  app = await createSecurityApp({ databasePath: join(dir, "big.sqlite") });
  // A database of some size: what a season of daily quizzes leaves behind (about 30 MB here).
  app.store.sqlite.exec(`
    create table filler (id integer primary key, payload blob);
    create index filler_payload on filler (payload);
    insert into filler (payload)
      select randomblob(300) from (with recursive n(x) as (select 1 union all select x + 1 from n where x < 40000) select x from n);
  `);
  const started = performance.now();
  app.store.sqlite.pragma("integrity_check");
  fullScanMs = performance.now() - started;
});
afterAll(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("GET /healthz under a flood", () => {
  it("answers ok, and repeated calls cost far less than a full scan each", async () => {
    const visitor = app.client();
    expect((await visitor.get("/healthz")).body).toEqual({ ok: true });
    const started = performance.now();
    for (let i = 0; i < 20; i += 1) expect((await visitor.get("/healthz")).status).toBe(200);
    const perCall = (performance.now() - started) / 20;
    expect(fullScanMs).toBeGreaterThan(20);
    expect(perCall, `full scan ${fullScanMs.toFixed(0)} ms`).toBeLessThan(fullScanMs / 4);
  });
});
