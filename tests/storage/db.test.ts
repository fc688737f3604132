import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  backupTo,
  countArticles,
  insertArticle,
  integrityCheck,
  openStore,
} from "../../src/storage";
import { article } from "./fixtures";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "newsdrill-db-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("openStore", () => {
  it("creates the folder, migrates, and turns on WAL, busy timeout and foreign keys", async () => {
    const path = join(tempDir(), "nested", "deeper", "test.sqlite");
    const store = openStore(path, { busyTimeoutMs: 1234 });
    expect(store.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(store.sqlite.pragma("busy_timeout", { simple: true })).toBe(1234);
    expect(store.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(await integrityCheck(store)).toBe("ok");
    store.close();
  });

  it("keeps data across reopen and applies migrations only once", async () => {
    const path = join(tempDir(), "test.sqlite");
    const first = openStore(path);
    await insertArticle(first, article(), []);
    first.close();
    const second = openStore(path);
    expect(await countArticles(second)).toBe(1);
    const applied = second.sqlite
      .prepare("select count(*) as n from __drizzle_migrations")
      .get() as { n: number };
    expect(applied.n).toBeGreaterThan(0);
    second.close();
  });

  it.each([
    "articles",
    "questions",
    "users",
    "sessions",
    "attempts",
    "attempt_questions",
    "mistakes",
    "setup_tokens",
  ])("creates table %s in memory", (table) => {
    const store = openStore(":memory:");
    const row = store.sqlite
      .prepare("select name from sqlite_master where type = 'table' and name = ?")
      .get(table);
    expect(row).toEqual({ name: table });
    store.close();
  });

  it("refuses rows that break a foreign key", async () => {
    const store = openStore(":memory:");
    await expect(insertArticle(store, article({ addedBy: 999 }), [])).rejects.toThrow(
      /FOREIGN KEY/,
    );
    expect(await countArticles(store)).toBe(0);
    store.close();
  });

  it("writes a consistent online backup that opens on its own", async () => {
    const dir = tempDir();
    const store = openStore(join(dir, "live.sqlite"));
    await insertArticle(store, article(), []);
    await backupTo(store, join(dir, "copy", "backup.sqlite"));
    const copy = openStore(join(dir, "copy", "backup.sqlite"));
    expect(await countArticles(copy)).toBe(1);
    expect(await integrityCheck(copy)).toBe("ok");
    copy.close();
    store.close();
  });
});
