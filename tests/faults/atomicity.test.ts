// Multi-row writes are all-or-nothing: when storing the questions fails half-way (fault injected by
// a generator whose last question cannot be stored), the article is not left half-saved, and a
// failed regeneration leaves the previous questions live.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testConfig } from "../../src/config";
import type { Question } from "../../src/generator/types";
import type { ArticleGenerator } from "../../src/service/deps";
import { hashPassword } from "../../src/service/password";
import { realGenerator } from "../../src/service/real-generator";
import { insertUser, openStore, type Store } from "../../src/storage";
import { createApp } from "../../src/web/app";
import { createDeps } from "../../src/web/deps";
import { ADMIN, Client, demoBody, integrity, type SecurityApp } from "../security/harness";

let store: Store;
let world: SecurityApp;
const fault = { on: false };

/** The real generator; while `fault.on`, its last question carries a value the schema refuses. */
const faulty: ArticleGenerator = {
  ...realGenerator,
  generate: (article, options) => {
    const result = realGenerator.generate(article, options);
    if (!fault.on || result.questions.length < 2) return result;
    const last = result.questions.at(-1) as Question;
    const broken = { ...last, ruleId: null as unknown as string };
    return { ...result, questions: [...result.questions.slice(0, -1), broken] };
  },
};

beforeEach(async () => {
  store = openStore(":memory:");
  const now = new Date("2026-11-28T15:00:00Z");
  const deps = createDeps({
    store,
    config: testConfig({ rateLimits: null }),
    clock: () => now,
    generator: faulty,
  });
  await insertUser(store, {
    username: ADMIN.username,
    passwordHash: await hashPassword(ADMIN.password),
    isAdmin: true,
    isGuest: false,
    createdAt: now,
  });
  world = {
    store,
    deps,
    app: createApp(deps),
    now,
    advance: () => {},
    client: () => new Client(world),
    close: () => store.close(),
  };
  fault.on = false;
});
afterEach(() => store.close());

const count = (sql: string) => (store.sqlite.prepare(sql).get() as { n: number }).n;

describe("a write that fails half-way leaves nothing half-done", () => {
  it("adding an article: neither the article nor any of its questions is stored", async () => {
    const admin = world.client();
    await admin.post("/api/auth/login", ADMIN);
    fault.on = true;
    const reply = await admin.post("/api/articles", demoBody(2));
    expect(reply.status).toBe(500);
    expect(reply.body.error.message).not.toMatch(/sqlite|constraint|rule_id/i);
    expect(count("select count(*) as n from articles")).toBe(0);
    expect(count("select count(*) as n from questions")).toBe(0);
    expect(integrity(store)).toBe("ok");
  });

  it("regenerating: the old questions stay live, none are retired, none are added", async () => {
    const admin = world.client();
    await admin.post("/api/auth/login", ADMIN);
    const added = await admin.post("/api/articles", demoBody(2));
    expect(added.status).toBe(201);
    const before = store.sqlite.prepare("select id, status from questions order by id").all();
    fault.on = true;
    const reply = await admin.post(`/api/articles/${added.body.article.id}/regenerate`);
    expect(reply.status).toBe(500);
    expect(store.sqlite.prepare("select id, status from questions order by id").all()).toEqual(
      before,
    );
  });
});
