// Page-test harness: the real app on :memory: with the real generator and the demo articles, and
// a form-posting client that keeps its cookie and echoes the CSRF token from the last page.

import type { AppConfig } from "../../../src/config";
import { testConfig } from "../../../src/config";
import { hashPassword } from "../../../src/service/password";
import { insertUser, openStore } from "../../../src/storage";
import { createApp } from "../../../src/web/app";
import { createDeps } from "../../../src/web/deps";
import { DESK_ARTICLES, insertDeskArticle } from "./desk-articles";

export const ADMIN = { username: "desk-editor", password: "desk-editor-pw" };
const START = new Date("2026-11-28T09:00:00Z");

export interface Page {
  status: number;
  headers: Headers;
  html: string;
  location: string | null;
}

export class Browser {
  cookie: string | null = null;
  csrf = "";
  constructor(private readonly app: ReturnType<typeof createApp>) {}

  async request(method: string, path: string, init: RequestInit = {}): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.cookie !== null) headers.set("cookie", this.cookie);
    const response = await this.app.request(path, { ...init, method, headers });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie !== null) {
      const pair = setCookie.split(";")[0] ?? "";
      this.cookie = pair.endsWith("=") || /max-age=0/i.test(setCookie) ? null : pair;
    }
    const html = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html);
    if (token?.[1]) this.csrf = token[1];
    return {
      status: response.status,
      headers: response.headers,
      html,
      location: response.headers.get("location"),
    };
  }

  get = (path: string) => this.request("GET", path);

  /** Posts a form, adding the CSRF token unless `fields` sets `_csrf` itself. */
  post = (path: string, fields: Record<string, string> = {}) =>
    this.request("POST", path, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...(this.csrf ? { _csrf: this.csrf } : {}), ...fields }),
    });

  /** Follows one 303 and returns the page it leads to. */
  async follow(reply: Page): Promise<Page> {
    if (reply.location === null)
      throw new Error(`no redirect (status ${reply.status}): ${reply.html.slice(0, 300)}`);
    return this.get(reply.location);
  }
}

export const createSite = async (config: Partial<AppConfig> = {}, options = { admin: true }) => {
  const store = openStore(":memory:");
  const site = { now: new Date(START) };
  const deps = createDeps({
    store,
    config: testConfig({ rateLimits: null, ...config }),
    clock: () => site.now,
  });
  for (const article of DESK_ARTICLES) await insertDeskArticle(store, article, START);
  if (options.admin) {
    await insertUser(store, {
      username: ADMIN.username,
      passwordHash: await hashPassword(ADMIN.password),
      isAdmin: true,
      isGuest: false,
      createdAt: START,
    });
  }
  const app = createApp(deps);
  return {
    ...site,
    site,
    app,
    deps,
    browser: () => new Browser(app),
    advance: (seconds: number) => {
      site.now = new Date(site.now.getTime() + seconds * 1000);
    },
    close: () => store.close(),
  };
};

export const loggedInAdmin = async (site: Awaited<ReturnType<typeof createSite>>) => {
  const browser = site.browser();
  const reply = await browser.post("/login", ADMIN);
  if (reply.status !== 303) throw new Error(`admin login failed: ${reply.status}`);
  await browser.follow(reply);
  return browser;
};

export const registered = async (
  site: Awaited<ReturnType<typeof createSite>>,
  username: string,
) => {
  const browser = site.browser();
  const reply = await browser.post("/register", { username, password: `${username}-password` });
  if (reply.status !== 303)
    throw new Error(`register failed: ${reply.status} ${reply.html.slice(0, 500)}`);
  await browser.follow(reply);
  return browser;
};

/** `answer-<id>` radio names in a quiz page, in order. */
export const questionIds = (html: string): number[] => [
  ...new Set([...html.matchAll(/name="answer-(\d+)"/g)].map((m) => Number(m[1]))),
];

/** Option texts of one question on a quiz page, by radio value. */
export const optionsOf = (html: string, questionId: number): string[] =>
  [
    ...html.matchAll(
      new RegExp(
        `name="answer-${questionId}" value="(\\d)"/>.*?<span class="option-text">([^<]*)</span>`,
        "g",
      ),
    ),
  ].map((m) => m[2] ?? "");
