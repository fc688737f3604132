// /healthz is public and unauthenticated: it must not let anyone make the server scan the whole
// database on every request (SQLite's integrity check reads every page and blocks the event loop).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSecurityApp, type SecurityApp } from "./harness";

let dir: string;
let app: SecurityApp;

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
});
afterAll(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("GET /healthz under a flood", () => {
  it("answers ok, and 20 calls run the full integrity scan at most once", async () => {
    // A spy that calls through: the real scan still runs, the test only counts it.
    const pragma = vi.spyOn(app.store.sqlite, "pragma");
    const visitor = app.client();
    expect((await visitor.get("/healthz")).body).toEqual({ ok: true });
    for (let i = 0; i < 20; i += 1) expect((await visitor.get("/healthz")).status).toBe(200);
    const scans = pragma.mock.calls.filter(([source]) => /integrity_check/.test(String(source)));
    expect(scans.length).toBeLessThanOrEqual(1);
    pragma.mockRestore();
  });
});
