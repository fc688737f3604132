// Entry point for `npm start`: open and migrate the database, seed demo articles on first run,
// make sure an admin exists (or print a one-time setup link), then serve.
import { serve } from "@hono/node-server";
import { loadConfig } from "./config";
import { demoArticles } from "./demo/articles";
import { seedArticles } from "./service/seed";
import { ensureAdmin } from "./service/setup";
import { deleteExpiredSessions, healthOf, openStore } from "./storage";
import { createApp } from "./web/app";
import { createDeps } from "./web/deps";

const config = loadConfig();
const store = openStore(config.databasePath);
const deps = createDeps({ store, config });

const seeded = await seedArticles(deps, demoArticles);
if (seeded > 0) console.log(`Added ${seeded} demo articles.`);

const admin = await ensureAdmin(deps);
if (admin.status === "created")
  console.log(`Created admin "${admin.username}" from ADMIN_PASSWORD.`);
if (admin.status === "invalid-password") console.error(admin.message);
if (admin.status === "setup-needed") {
  console.log(`No admin yet. Set the admin password (link valid 24 h, works once):`);
  console.log(`  ${config.baseUrl}/setup/${admin.setupToken}`);
}

// The full integrity check runs once, before serving; /healthz then answers from its verdict.
const health = await healthOf(store);
if (health !== "ok") console.error(`Database integrity check: ${health}`);

const server = serve({ fetch: createApp(deps).fetch, port: config.port }, (info) => {
  console.log(`Newsdrill listening on http://localhost:${info.port}`);
});

// Expired sessions are refused on sight; this only keeps the table small.
const sweep = setInterval(() => void deleteExpiredSessions(store, new Date()), 3_600_000);
sweep.unref();

const shutdown = (signal: string) => {
  console.log(`${signal}: closing.`);
  // Stop accepting; requests in flight finish, then the database closes cleanly.
  server.close(() => {
    store.close();
    process.exit(0);
  });
  if ("closeIdleConnections" in server) server.closeIdleConnections();
  // Keep-alive connections may hold the server open: do not wait forever.
  setTimeout(() => {
    store.close();
    process.exit(0);
  }, 5000).unref();
};
process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
