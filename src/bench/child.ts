// Child processes of the bench: TypeScript entry points run by node with the tsx loader, stopped
// by their own pid (never by name), and loopback ports found by asking the OS.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

export interface NodeChild {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export interface NodeChildOptions {
  env?: Record<string, string>;
  args?: string[];
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

export const spawnTs = (entry: string, options: NodeChildOptions = {}): NodeChild => {
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), "--import", "tsx", entry, ...(options.args ?? [])],
    { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
};

/** SIGTERM, then SIGKILL if the child has not exited within `graceMs`. */
export const stopChild = async (running: NodeChild, graceMs = 3000): Promise<void> => {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return;
  running.child.kill("SIGTERM");
  const timer = setTimeout(() => running.child.kill("SIGKILL"), graceMs);
  await running.exited;
  clearTimeout(timer);
};

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

/** Polls `url` until it answers 2xx, the child exits, or `timeoutMs` passes. */
export const waitForHttp = async (
  url: string,
  running: NodeChild,
  timeoutMs = 30_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) {
      throw new Error(
        `child exited (${running.child.exitCode}) before ${url} answered:\n${running.stderr()}`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${running.stderr()}`);
};

/** Runs a child to completion and parses the last stdout line as JSON. */
export const runJsonChild = async <T>(entry: string, options: NodeChildOptions): Promise<T> => {
  const running = spawnTs(entry, options);
  const code = await running.exited;
  if (code !== 0) throw new Error(`${entry} exited with ${code}:\n${running.stderr()}`);
  const lines = running.stdout().trim().split("\n");
  return JSON.parse(lines[lines.length - 1] ?? "null") as T;
};

/** CPU time (user + system, all threads) a process has used, in ms; NaN where /proc is absent. */
export const processCpuMs = (pid: number | undefined): number => {
  if (pid === undefined) return Number.NaN;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the ")" that closes the command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
};

// USER_HZ: 100 on every Linux build Node supports.
const CLOCK_TICKS = 100;
