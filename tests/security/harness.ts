// Security-test harness: the real app (real generator, real session/CSRF/limits) on an in-memory
// database, a movable clock, seeded option shuffling, and clients that behave like a browser
// (cookie jar, CSRF token echoed from the last JSON reply or HTML form) with a chosen client IP.
import type { AppConfig } from "../../src/config";
import { testConfig } from "../../src/config";
import { demoArticles } from "../../src/demo/articles";
import { createRandom } from "../../src/generator/random";
import { hashPassword } from "../../src/service/password";
import { insertUser, openStore, type Store } from "../../src/storage";
import { createApp } from "../../src/web/app";
import type { AppDeps } from "../../src/web/context";
import { createDeps } from "../../src/web/deps";

export const START = new Date("2026-11-28T15:00:00Z");
export const ADMIN = { username: "sec-admin", password: "sec-admin-password" };

/** Seeded integers in [0, max), from the generator's own seeded random. */
export const seededInt = (seed: number) => {
  const random = createRandom(seed);
  return (max: number) => Math.floor(random() * max);
};

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: replies are inspected field by field in assertions
  body: any;
  text: string;
}

export interface Sent {
  /** JSON-encoded unless a string; `undefined` sends no body. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Leave the CSRF header/field out even when the client knows a token. */
  noCsrf?: boolean;
}

/** One browser-like actor. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(
    private readonly app: SecurityApp,
    public ip = "198.51.100.1",
  ) {}

  async request(method: string, path: string, sent: Sent = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...(sent.headers ?? {}) };
    const lower = new Set(Object.keys(headers).map((k) => k.toLowerCase()));
    if (this.cookie !== null && !lower.has("cookie")) headers.cookie = this.cookie;
    if (this.csrf !== null && method !== "GET" && !sent.noCsrf && !lower.has("x-csrf-token"))
      headers["x-csrf-token"] = this.csrf;
    let payload: string | undefined;
    if (sent.body !== undefined) {
      payload = typeof sent.body === "string" ? sent.body : JSON.stringify(sent.body);
      if (!lower.has("content-type")) headers["content-type"] = "application/json";
    }
    const response = await this.app.app.request(
      path,
      { method, headers, body: payload },
      { incoming: { socket: { remoteAddress: this.ip } } },
    );
    return this.read(response);
  }

  /** Posts a urlencoded form with `_csrf` (unless noCsrf), like the pages' forms. */
  form(path: string, fields: Record<string, string> = {}, options: { noCsrf?: boolean } = {}) {
    const all = { ...(this.csrf && !options.noCsrf ? { _csrf: this.csrf } : {}), ...fields };
    return this.request("POST", path, {
      body: new URLSearchParams(all).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded" },
      noCsrf: true,
    });
  }

  get = (path: string, headers?: Record<string, string>) => this.request("GET", path, { headers });
  post = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request("POST", path, { body, headers });
  patch = (path: string, body?: unknown) => this.request("PATCH", path, { body });

  private async read(response: Response): Promise<Reply> {
    const text = await response.text();
    const setCookie = response.headers.get("set-cookie");
    if (setCookie !== null) {
      const pair = setCookie.split(";")[0] ?? "";
      this.cookie = pair.endsWith("=") || /max-age=0/i.test(setCookie) ? null : pair;
      if (this.cookie === null) this.csrf = null;
    }
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    const token = (body as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === "string") this.csrf = token;
    const field = /name="_csrf" value="([^"]+)"/.exec(text);
    if (field?.[1]) this.csrf = field[1];
    return { status: response.status, headers: response.headers, body, text };
  }
}

export interface SecurityApp {
  store: Store;
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  now: Date;
  advance(seconds: number): void;
  client(ip?: string): Client;
  close(): void;
}

let adminHash: Promise<string> | null = null;

export const createSecurityApp = async (
  config: Partial<AppConfig> = {},
  seed = 7,
): Promise<SecurityApp> => {
  // ":memory:" unless the test asks for a file (backup and pragma tests).
  const store = openStore(config.databasePath ?? ":memory:");
  const world = { now: new Date(START) } as SecurityApp;
  const deps = createDeps({
    store,
    config: testConfig({ rateLimits: null, ...config }),
    clock: () => world.now,
    randomInt: seededInt(seed),
  });
  adminHash ??= hashPassword(ADMIN.password);
  await insertUser(store, {
    username: ADMIN.username,
    passwordHash: await adminHash,
    isAdmin: true,
    isGuest: false,
    createdAt: START,
  });
  Object.assign(world, {
    store,
    deps,
    app: createApp(deps),
    advance: (seconds: number) => {
      world.now = new Date(world.now.getTime() + seconds * 1000);
    },
    client: (ip?: string) => new Client(world, ip),
    close: () => store.close(),
  });
  return world;
};

const expectStatus = (reply: Reply, status: number, what: string): Reply => {
  if (reply.status !== status)
    throw new Error(
      `${what}: expected ${status}, got ${reply.status}: ${reply.text.slice(0, 300)}`,
    );
  return reply;
};

export const asAdmin = async (app: SecurityApp): Promise<Client> => {
  const admin = app.client();
  expectStatus(await admin.post("/api/auth/login", ADMIN), 200, "admin login");
  return admin;
};

export const asAspirant = async (app: SecurityApp, username: string): Promise<Client> => {
  const aspirant = app.client();
  const reply = await aspirant.post("/api/auth/register", {
    username,
    password: `${username}-password`,
  });
  expectStatus(reply, 201, `register ${username}`);
  return aspirant;
};

export const asGuest = async (app: SecurityApp): Promise<Client> => {
  const guest = app.client();
  expectStatus(await guest.post("/api/auth/guest"), 201, "guest");
  return guest;
};

/** A demo article (our own words) as an API body: it yields real generated questions. */
export const demoBody = (index: number, title?: string) => {
  const article = demoArticles[index % demoArticles.length];
  if (article === undefined) throw new Error(`no demo article ${index}`);
  return {
    title: title ?? article.title,
    body: article.body,
    publishedAt: article.publishedAt,
    sourceUrl: "https://example.org/news/1",
  };
};

export interface AddedArticle {
  article: { id: number; title: string };
  questions: { id: number; answerIndex: number; options: string[]; stem: string }[];
}

export const addArticle = async (admin: Client, body: unknown): Promise<AddedArticle> =>
  expectStatus(await admin.post("/api/articles", body), 201, "add article").body as AddedArticle;

export interface StartedAttempt {
  attempt: { id: string; deadline: string };
  questions: { id: number; stem: string; options: string[] }[];
}

export const startAttempt = async (
  client: Client,
  body: Record<string, unknown>,
): Promise<StartedAttempt> =>
  expectStatus(await client.post("/api/attempts", body), 201, "start attempt")
    .body as StartedAttempt;

/** Rows of a table, for before/after comparisons (tests only read the store directly). */
export const rowsOf = (store: Store, table: string): Record<string, unknown>[] =>
  store.sqlite.prepare(`select * from "${table}"`).all() as Record<string, unknown>[];

export const integrity = (store: Store): string =>
  (store.sqlite.pragma("integrity_check") as { integrity_check: string }[])[0]?.integrity_check ??
  "no answer";
