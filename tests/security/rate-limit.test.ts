// Rate limits on login, registration, guests and submissions: 429 with Retry-After, counted per
// IP and per user (or per username tried), reset when the window has passed (injected clock).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMITS, loadConfig } from "../../src/config";
import {
  addArticle,
  asAdmin,
  asGuest,
  type Client,
  createSecurityApp,
  demoBody,
  type SecurityApp,
  startAttempt,
} from "./harness";

let app: SecurityApp;

beforeEach(async () => {
  app = await createSecurityApp({ rateLimits: DEFAULT_RATE_LIMITS });
});
afterEach(() => app.close());

const hammer = async (times: number, call: (i: number) => Promise<{ status: number }>) => {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) statuses.push((await call(i)).status);
  return statuses;
};

describe("login", () => {
  const limit = DEFAULT_RATE_LIMITS.login.limit;
  const wrong = { username: "victim", password: "not-the-password" };

  it("per IP: the request after the limit gets 429 with Retry-After, API and page alike", async () => {
    const attacker = app.client("203.0.113.5");
    const statuses = await hammer(limit, () => attacker.post("/api/auth/login", wrong));
    expect(statuses.every((s) => s === 401)).toBe(true);
    const blocked = await attacker.post("/api/auth/login", wrong);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(blocked.body.error.code).toBe("rate-limited");
    const page = await attacker.form("/login", wrong);
    expect(page.status).toBe(429);
    expect(page.headers.get("retry-after")).not.toBeNull();
  });

  it("per username: spreading the guesses over many IPs does not help", async () => {
    await hammer(limit, (i) => app.client(`203.0.113.${10 + i}`).post("/api/auth/login", wrong));
    const fresh = app.client("198.18.0.1");
    expect((await fresh.post("/api/auth/login", wrong)).status).toBe(429);
    // Another username from a fresh IP is not blocked.
    const other = await fresh.post("/api/auth/login", { ...wrong, username: "someone-else" });
    expect(other.status).toBe(401);
  });

  it("the window passes: after Retry-After seconds the same IP may try again", async () => {
    const attacker = app.client("203.0.113.99");
    await hammer(limit, () => attacker.post("/api/auth/login", wrong));
    const blocked = await attacker.post("/api/auth/login", wrong);
    expect(blocked.status).toBe(429);
    app.advance(Number(blocked.headers.get("retry-after")) - 1);
    expect((await attacker.post("/api/auth/login", wrong)).status).toBe(429);
    app.advance(1);
    expect((await attacker.post("/api/auth/login", wrong)).status).toBe(401);
  });
});

describe("registration and guests", () => {
  it("registration per IP → 429 after the limit", async () => {
    const limit = DEFAULT_RATE_LIMITS.register.limit;
    const ip = "203.0.113.20";
    const statuses = await hammer(limit + 1, (i) =>
      app
        .client(ip)
        .post("/api/auth/register", { username: `bulk${i}`, password: "bulk-password" }),
    );
    expect(statuses.slice(0, limit).every((s) => s === 201)).toBe(true);
    expect(statuses[limit]).toBe(429);
    expect(
      (await app.client(ip).form("/register", { username: "x-page", password: "bulk-password" }))
        .status,
    ).toBe(429);
  });

  it("guest identities per IP → 429 after the limit, also via the quiz start form", async () => {
    const limit = DEFAULT_RATE_LIMITS.guest.limit;
    const ip = "203.0.113.30";
    const statuses = await hammer(limit, () => app.client(ip).post("/api/auth/guest"));
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect((await app.client(ip).post("/api/auth/guest")).status).toBe(429);
    expect((await app.client(ip).form("/guest")).status).toBe(429);
    expect((await app.client(ip).form("/attempts", { articleId: "1" })).status).toBe(429);
    const users = app.store.sqlite
      .prepare("select count(*) as n from users where is_guest = 1")
      .get();
    expect(users).toEqual({ n: limit });
  });
});

describe("submissions", () => {
  const limit = DEFAULT_RATE_LIMITS.submit.limit;
  let taker: Client;
  let attemptId: string;

  beforeEach(async () => {
    const admin = await asAdmin(app);
    const added = await addArticle(admin, demoBody(2));
    taker = await asGuest(app);
    attemptId = (await startAttempt(taker, { articleId: added.article.id, count: 2 })).attempt.id;
  });

  it("per user: changing IP does not reset the count", async () => {
    await hammer(limit, (i) => {
      taker.ip = `192.0.2.${i}`;
      return taker.post(`/api/attempts/${attemptId}/submit`, { answers: [] });
    });
    taker.ip = "192.0.2.250";
    const blocked = await taker.post(`/api/attempts/${attemptId}/submit`, { answers: [] });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).not.toBeNull();
    const page = await taker.form(`/attempts/${attemptId}/submit`, {});
    expect(page.status).toBe(429);
  });

  it("per IP: many users behind one address share the limit", async () => {
    const ip = "192.0.2.77";
    taker.ip = ip;
    await hammer(limit, () => taker.post(`/api/attempts/${attemptId}/submit`, { answers: [] }));
    const neighbour = await asGuest(app);
    neighbour.ip = ip;
    const reply = await neighbour.post(`/api/attempts/${attemptId}/submit`, { answers: [] });
    expect(reply.status).toBe(429);
  });
});

describe("starting attempts (each start writes rows: unbounded starts would grow the database)", () => {
  const rule = DEFAULT_RATE_LIMITS.start;
  const perIp = rule.perIpLimit ?? rule.limit;
  let articleId: number;

  beforeEach(async () => {
    const admin = await asAdmin(app);
    articleId = (await addArticle(admin, demoBody(2))).article.id;
  });

  const attempts = () =>
    app.store.sqlite.prepare("select count(*) as n from attempts").get() as { n: number };

  it("per user: changing IP does not reset the count; API and page answer 429 with Retry-After", async () => {
    const taker = await asGuest(app);
    const statuses = await hammer(rule.limit, (i) => {
      taker.ip = `192.0.2.${i}`;
      return taker.post("/api/attempts", { articleId, count: 1 });
    });
    expect(statuses.every((s) => s === 201)).toBe(true);
    taker.ip = "192.0.2.250";
    const blocked = await taker.post("/api/attempts", { articleId, count: 1 });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe("rate-limited");
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    const page = await taker.form("/attempts", { articleId: String(articleId), count: "1" });
    expect(page.status).toBe(429);
    expect(page.headers.get("retry-after")).not.toBeNull();
    expect(attempts()).toEqual({ n: rule.limit });
    // The window passes: the same aspirant may start again.
    app.advance(retryAfter);
    expect((await taker.post("/api/attempts", { articleId, count: 1 })).status).toBe(201);
  });

  it("per IP: guests behind one address share a larger budget; the page form creates no guest when refused", async () => {
    const ip = "192.0.2.99";
    const perGuest = rule.limit;
    for (let g = 0; g * perGuest < perIp; g += 1) {
      const guest = await asGuest(app);
      guest.ip = ip;
      const n = Math.min(perGuest, perIp - g * perGuest);
      const statuses = await hammer(n, () => guest.post("/api/attempts", { articleId, count: 1 }));
      expect(statuses.every((s) => s === 201)).toBe(true);
    }
    const neighbour = await asGuest(app);
    neighbour.ip = ip;
    expect((await neighbour.post("/api/attempts", { articleId, count: 1 })).status).toBe(429);
    const guestsBefore = app.store.sqlite
      .prepare("select count(*) as n from users where is_guest = 1")
      .get();
    const anonymous = app.client(ip);
    const page = await anonymous.form("/attempts", { articleId: String(articleId), count: "1" });
    expect(page.status).toBe(429);
    expect(
      app.store.sqlite.prepare("select count(*) as n from users where is_guest = 1").get(),
    ).toEqual(guestsBefore);
    expect(attempts()).toEqual({ n: perIp });
  });

  it("a real aspirant's day stays well inside the limit", () => {
    expect(rule.limit).toBeGreaterThanOrEqual(20);
    expect(perIp).toBeGreaterThanOrEqual(rule.limit);
  });
});

describe("RATE_LIMITS=off (load runs)", () => {
  it("turns every limit off, starts included", async () => {
    expect(loadConfig({ RATE_LIMITS: "off" }).rateLimits).toBeNull();
    expect(loadConfig({}).rateLimits?.start).toEqual(DEFAULT_RATE_LIMITS.start);
    const open = await createSecurityApp({ rateLimits: null });
    const admin = await asAdmin(open);
    const id = (await addArticle(admin, demoBody(2))).article.id;
    const taker = await asGuest(open);
    const statuses = await hammer(DEFAULT_RATE_LIMITS.start.limit + 5, () =>
      taker.post("/api/attempts", { articleId: id, count: 1 }),
    );
    expect(statuses.every((s) => s === 201)).toBe(true);
    open.close();
  });
});

describe("X-Forwarded-For cannot be used to dodge the per-IP limit", () => {
  const wrong = { username: "xff-victim", password: "not-the-password" };
  const limit = DEFAULT_RATE_LIMITS.login.limit;

  it("without TRUST_PROXY the header is ignored: one socket address, one budget", async () => {
    const attacker = app.client("203.0.113.50");
    await hammer(limit, (i) =>
      attacker.post(
        "/api/auth/login",
        { ...wrong, username: `u${i}` },
        { "x-forwarded-for": `10.9.8.${i}` },
      ),
    );
    const reply = await attacker.post(
      "/api/auth/login",
      { ...wrong, username: "fresh-name" },
      { "x-forwarded-for": "10.9.8.200" },
    );
    expect(reply.status).toBe(429);
  });

  it("behind a trusted proxy only the address the proxy appended counts, not one the client sent", async () => {
    const proxied = await createSecurityApp({ rateLimits: DEFAULT_RATE_LIMITS, trustProxy: true });
    const proxy = proxied.client("127.0.0.1");
    const statuses = await hammer(limit + 1, (i) =>
      proxy.post(
        "/api/auth/login",
        { ...wrong, username: `p${i}` },
        { "x-forwarded-for": `10.0.0.${i}, 198.51.100.77` },
      ),
    );
    expect(statuses.at(-1)).toBe(429);
    // Another real client behind the same proxy has its own budget.
    const neighbour = await proxy.post(
      "/api/auth/login",
      { ...wrong, username: "other-name" },
      { "x-forwarded-for": "198.51.100.78" },
    );
    expect(neighbour.status).toBe(401);
    proxied.close();
  });
});
