// The real server as `npm start` runs it (src/main.ts under node + tsx), on loopback, in a folder
// of its own; stopped or killed by its own pid, never by name.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";

export const ADMIN_USERNAME = "fault-admin";
export const ADMIN_PASSWORD = "fault-admin-password";

export interface RunningServer {
  pid: number;
  baseUrl: string;
  databasePath: string;
  log: () => string;
  /** SIGKILL: no shutdown code runs, as in a crash. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the exit (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

// Servers still running when this process exits (a budget timeout, an exception) go with it.
const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));

/**
 * Starts src/main.ts with PORT, DATABASE_PATH (in `dir`) and ADMIN_PASSWORD, plus `env` (e.g.
 * RATE_LIMITS=off for a load run), and waits for /healthz to answer {"ok": true}.
 */
export const startServer = async (
  dir: string,
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<RunningServer> => {
  const port = await freePort();
  const databasePath = join(dir, "newsdrill.sqlite");
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: databasePath,
      ADMIN_USERNAME,
      ADMIN_PASSWORD,
      BASE_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: RunningServer = {
    pid: child.pid ?? -1,
    baseUrl,
    databasePath,
    log: () => log,
    kill: async () => {
      child.kill("SIGKILL");
      await exited(child);
    },
    stop: async () => {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited early (${child.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      const body = (await response.json()) as { ok?: boolean };
      if (response.status === 200 && body.ok === true) return server;
      if (response.status === 503) throw new Error(`healthz says the database is unsound:\n${log}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("healthz")) {
        await server.kill();
        throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.kill();
  throw new Error(`server did not become healthy within ${timeoutMs} ms:\n${log}`);
};
