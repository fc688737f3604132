// SQLite settings the concurrency story depends on: WAL (readers never wait for the writer) and a
// busy timeout (a second writer waits instead of failing), on a real database file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/storage";

let dir: string;
let store: Store | null = null;

afterEach(() => {
  store?.close();
  store = null;
  rmSync(dir, { recursive: true, force: true });
});

describe("a file database opened by the app", () => {
  it.each([
    ["journal_mode", "wal"],
    ["busy_timeout", 5000],
    ["foreign_keys", 1],
  ])("has %s = %s", (pragma, expected) => {
    dir = mkdtempSync(join(tmpdir(), "newsdrill-pragmas-"));
    store = openStore(join(dir, "app.sqlite"));
    expect(store.sqlite.pragma(pragma, { simple: true })).toBe(expected);
  });

  it("stays in WAL for every later connection (it is a property of the file)", () => {
    dir = mkdtempSync(join(tmpdir(), "newsdrill-pragmas-"));
    store = openStore(join(dir, "app.sqlite"));
    const other = new Database(join(dir, "app.sqlite"));
    expect(other.pragma("journal_mode", { simple: true })).toBe("wal");
    other.close();
  });

  it("a reader is not blocked by an open write transaction on another connection", () => {
    dir = mkdtempSync(join(tmpdir(), "newsdrill-pragmas-"));
    const path = join(dir, "app.sqlite");
    store = openStore(path);
    const writer = new Database(path);
    writer.exec("begin immediate; insert into setup_tokens values ('x', 1, 2, null);");
    const count = store.sqlite.prepare("select count(*) as n from setup_tokens").get();
    expect(count).toEqual({ n: 0 });
    writer.exec("commit");
    writer.close();
    expect(store.sqlite.prepare("select count(*) as n from setup_tokens").get()).toEqual({ n: 1 });
  });

  it("a second writer waits for the busy timeout instead of failing at once", () => {
    dir = mkdtempSync(join(tmpdir(), "newsdrill-pragmas-"));
    const path = join(dir, "app.sqlite");
    store = openStore(path, { busyTimeoutMs: 300 });
    const writer = new Database(path);
    writer.exec("begin immediate");
    const started = Date.now();
    expect(() => store?.sqlite.exec("begin immediate")).toThrow(/busy|locked/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    writer.exec("rollback");
    writer.close();
  });
});
