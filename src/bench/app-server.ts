// The real Newsdrill server as the bench runs it: `src/main.ts` in a child process on loopback,
// with its own database in a temporary folder, rate limits off, stopped by its own pid.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { freePort, type NodeChild, spawnTs, stopChild, waitForHttp } from "./child";

export interface AppServer {
  baseUrl: string;
  databasePath: string;
  adminUsername: string;
  adminPassword: string;
  running: NodeChild;
  stop: () => Promise<void>;
}

export const ADMIN_USERNAME = "benchadmin";

export const startAppServer = async (nodeFlags: string[] = []): Promise<AppServer> => {
  const dir = mkdtempSync(join(tmpdir(), "newsdrill-bench-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const databasePath = join(dir, "bench.sqlite");
  const adminPassword = `bench-${process.pid}-${Date.now()}`;
  const running = spawnTs("src/bench/server-entry.ts", {
    nodeFlags,
    env: {
      PORT: String(port),
      DATABASE_PATH: databasePath,
      ADMIN_USERNAME,
      ADMIN_PASSWORD: adminPassword,
      BASE_URL: baseUrl,
      NODE_ENV: "production",
      // The bench drives thousands of submissions from one user and one IP.
      RATE_LIMITS: "off",
    },
  });
  try {
    await waitForHttp(`${baseUrl}/healthz`, running, 60_000);
  } catch (error) {
    await stopChild(running);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    databasePath,
    adminUsername: ADMIN_USERNAME,
    adminPassword,
    running,
    stop: async () => {
      await stopChild(running);
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** Checkpoints the WAL into the main file, then returns main file + -wal bytes. */
export const databaseBytes = (databasePath: string): number => {
  const db = new Database(databasePath);
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
  return fileBytes(databasePath) + fileBytes(`${databasePath}-wal`);
};

const fileBytes = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};
