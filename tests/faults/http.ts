// A cookie-and-CSRF-aware JSON client over fetch, timing every request, for the load and crash
// runs against a real server.
import { createRandom } from "../../src/generator/random";

export interface Timed {
  route: string;
  ms: number;
  status: number;
}

export interface JsonReply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: replies are checked field by field by the runs
  body: any;
}

export class Agent {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(
    private readonly baseUrl: string,
    private readonly timings: Timed[] | null = null,
    /** Sent with every request, e.g. the X-Forwarded-For a reverse proxy would add. */
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  async call(method: string, path: string, body?: unknown, route = path): Promise<JsonReply> {
    const headers: Record<string, string> = { ...this.extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== "GET") headers["x-csrf-token"] = this.csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    this.timings?.push({ route, ms: performance.now() - started, status: response.status });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? null;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
    const token = (parsed as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === "string") this.csrf = token;
    return { status: response.status, body: parsed };
  }

  /** The same session against another address (a restarted server listens on a new port). */
  at(baseUrl: string): Agent {
    const moved = new Agent(baseUrl, this.timings, this.extraHeaders);
    moved.cookie = this.cookie;
    moved.csrf = this.csrf;
    return moved;
  }

  get = (path: string, route?: string) => this.call("GET", path, undefined, route);
  post = (path: string, body?: unknown, route?: string) =>
    this.call("POST", path, body ?? {}, route);
}

/** Fails loudly with the reply when the status is not the expected one. */
export const expectStatus = (reply: JsonReply, status: number, what: string): JsonReply => {
  if (reply.status !== status)
    throw new Error(
      `${what}: expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`,
    );
  return reply;
};

export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
};

/** A seeded random in [0, 1): the generator's own. */
export const seededRandom = (seed: number) => createRandom(seed);
