// Test harness: the real app on an in-memory database with the real generator, a controllable
// clock, seeded option shuffling and per-actor cookie jars.
import type { AppConfig } from "../../../src/config";
import { testConfig } from "../../../src/config";
import { demoArticles } from "../../../src/demo/articles";
import { createRandom } from "../../../src/generator/random";
import { hashPassword } from "../../../src/service/password";
import { insertUser, openStore, type Store } from "../../../src/storage";
import { createApp } from "../../../src/web/app";
import type { AppDeps } from "../../../src/web/context";
import { createDeps } from "../../../src/web/deps";

export const START = new Date("2026-11-28T09:00:00Z");
export const ADMIN = { username: "editor", password: "editor-pass-1" };

/** Seeded integers in [0, max), from the generator's own seeded random. */
export const seededInt = (seed: number) => {
  const random = createRandom(seed);
  return (max: number) => Math.floor(random() * max);
};

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: replies are checked field by field by the assertions
  body: any;
  text: string;
}

/** One browser-like actor: keeps its session cookie and CSRF token between requests. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  constructor(private readonly harness: Harness) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    const sent: Record<string, string> = { ...headers };
    if (this.cookie !== null) sent.cookie = this.cookie;
    if (this.csrf !== null && method !== "GET" && !("x-csrf-token" in sent))
      sent["x-csrf-token"] = this.csrf;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === "string" ? body : JSON.stringify(body);
      if (!("content-type" in sent)) sent["content-type"] = "application/json";
    }
    const response = await this.harness.app.request(path, { method, headers: sent, body: payload });
    const text = await response.text();
    const setCookie = response.headers.get("set-cookie");
    if (setCookie !== null) {
      const [pair] = setCookie.split(";");
      this.cookie = pair?.endsWith("=") ? null : (pair ?? null);
    }
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const json = parsed as { csrfToken?: string } | null;
    if (json !== null && typeof json.csrfToken === "string") this.csrf = json.csrfToken;
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  get = (path: string, headers?: Record<string, string>) =>
    this.request("GET", path, undefined, headers);
  post = (path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request("POST", path, body, headers);
  patch = (path: string, body?: unknown) => this.request("PATCH", path, body);
}

export interface Harness {
  store: Store;
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  now: Date;
  advance(seconds: number): void;
  client(): Client;
  close(): void;
}

let adminHash: Promise<string> | null = null;
const adminPasswordHash = (): Promise<string> => {
  if (adminHash === null) adminHash = hashPassword(ADMIN.password);
  return adminHash;
};

export const createHarness = async (config: Partial<AppConfig> = {}): Promise<Harness> => {
  const store = openStore(":memory:");
  const harness = { now: new Date(START) } as Harness;
  const deps = createDeps({
    store,
    config: testConfig({ rateLimits: null, ...config }),
    clock: () => harness.now,
    randomInt: seededInt(42),
  });
  await insertUser(store, {
    username: ADMIN.username,
    passwordHash: await adminPasswordHash(),
    isAdmin: true,
    isGuest: false,
    createdAt: START,
  });
  Object.assign(harness, {
    store,
    deps,
    app: createApp(deps),
    advance: (seconds: number) => {
      harness.now = new Date(harness.now.getTime() + seconds * 1000);
    },
    client: () => new Client(harness),
    close: () => store.close(),
  });
  return harness;
};

export const asAdmin = async (harness: Harness): Promise<Client> => {
  const admin = harness.client();
  const reply = await admin.post("/api/auth/login", ADMIN);
  if (reply.status !== 200) throw new Error(`admin login failed: ${reply.text}`);
  return admin;
};

export const asAspirant = async (harness: Harness, username: string): Promise<Client> => {
  const aspirant = harness.client();
  const reply = await aspirant.post("/api/auth/register", {
    username,
    password: `${username}-secret`,
  });
  if (reply.status !== 201) throw new Error(`register failed: ${reply.text}`);
  return aspirant;
};

export const asGuest = async (harness: Harness): Promise<Client> => {
  const guest = harness.client();
  const reply = await guest.post("/api/auth/guest");
  if (reply.status !== 201) throw new Error(`guest failed: ${reply.text}`);
  return guest;
};

/** The demo articles (our own words) are the fixtures: they yield real generated questions. */
export const demo = (index: number) => {
  const article = demoArticles[index];
  if (article === undefined) throw new Error(`no demo article ${index}`);
  return {
    title: article.title,
    body: article.body,
    publishedAt: article.publishedAt,
    sourceUrl: "https://example.org/news/1",
  };
};

/** Adds a demo article as admin and returns the API reply body. */
export const addDemo = async (admin: Client, index = 2) => {
  const reply = await admin.post("/api/articles", demo(index));
  if (reply.status !== 201) throw new Error(`add failed: ${reply.text}`);
  return reply.body as {
    article: { id: number; category: string };
    questions: { id: number; answerIndex: number; options: string[] }[];
  };
};
