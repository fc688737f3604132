// The real server for browser tests: createApp on a temp SQLite FILE, served by @hono/node-server
// on a free loopback port, with a clock the test can move forward.
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { testConfig } from "../../src/config";
import { hashPassword } from "../../src/service/password";
import { insertUser, openStore } from "../../src/storage";
import { createApp } from "../../src/web/app";
import { createDeps } from "../../src/web/deps";
import { DESK_ARTICLES, insertDeskArticle } from "../web/pages/desk-articles";

export const ADMIN = { username: "news-desk", password: "news-desk-password" };

export interface TestServer {
  url: string;
  /** Moves the server's clock forward (deadlines are judged by it). */
  advance(seconds: number): void;
  stop(): Promise<void>;
}

export const startServer = async (): Promise<TestServer> => {
  const dir = mkdtempSync(join(tmpdir(), "newsdrill-browser-"));
  const databasePath = join(dir, "newsdrill.sqlite");
  const store = openStore(databasePath);
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  const now = clock();
  for (const article of DESK_ARTICLES) await insertDeskArticle(store, article, now);
  await insertUser(store, {
    username: ADMIN.username,
    passwordHash: await hashPassword(ADMIN.password),
    isAdmin: true,
    isGuest: false,
    createdAt: now,
  });
  const deps = createDeps({
    store,
    clock,
    config: testConfig({ databasePath, rateLimits: null }),
  });
  const app = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    advance: (seconds) => {
      offsetMs += seconds * 1000;
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => {
          store.close();
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        // Chromium keeps connections alive; do not wait for them to time out.
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
  };
};
