// Online backup: a consistent copy of a live database file, taken through SQLite's backup API on
// a connection of our own, so the server keeps reading and writing while it runs.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

export interface BackupReport {
  source: string;
  file: string;
  pages: number;
  bytes: number;
  /** SQLite's integrity check of the copy: "ok" when sound. */
  integrity: string;
  /** Rows per table in the copy. */
  rows: Record<string, number>;
  milliseconds: number;
}

const tablesOf = (db: Database.Database): string[] =>
  (
    db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[]
  ).map((row) => row.name);

/** Integrity and row counts of a database file, opened read-only. */
export const inspectDatabase = (file: string): Pick<BackupReport, "integrity" | "rows"> => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity =
      (db.pragma("integrity_check") as { integrity_check: string }[])[0]?.integrity_check ??
      "no answer";
    const rows: Record<string, number> = {};
    for (const table of tablesOf(db)) {
      rows[table] = (db.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n;
    }
    return { integrity, rows };
  } finally {
    db.close();
  }
};

/**
 * Copies `sourcePath` to `target` while other connections keep writing. The copy is written to a
 * temporary file and renamed into place, so `target` is either the old file or a complete copy.
 */
export const backupDatabase = async (sourcePath: string, target: string): Promise<BackupReport> => {
  if (!existsSync(sourcePath)) throw new Error(`No database at ${sourcePath}.`);
  const started = Date.now();
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const source = new Database(sourcePath, { fileMustExist: true });
  let pages = 0;
  try {
    source.pragma("busy_timeout = 10000");
    // All remaining pages in each step: fewer restarts when a writer changes the source meanwhile.
    const done = await source.backup(partial, { progress: () => 0x7fffffff });
    pages = done.totalPages;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
  // The copy carries the WAL flag of its source; fold it into one self-contained file.
  const copy = new Database(partial);
  copy.pragma("journal_mode = DELETE");
  copy.close();
  renameSync(partial, target);
  const { integrity, rows } = inspectDatabase(target);
  return {
    source: sourcePath,
    file: target,
    pages,
    bytes: statSync(target).size,
    integrity,
    rows,
    milliseconds: Date.now() - started,
  };
};
