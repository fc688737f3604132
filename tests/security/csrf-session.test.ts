// CSRF on every cookie-authenticated state change (API header or form field, plus an Origin
// check), session cookies (HttpOnly, SameSite, Secure over HTTPS), rotation at login, server-side
// logout, and scrypt password storage with per-user salts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN,
  addArticle,
  asAdmin,
  asAspirant,
  asGuest,
  type Client,
  createSecurityApp,
  demoBody,
  type SecurityApp,
  startAttempt,
} from "./harness";

let app: SecurityApp;
let admin: Client;
let articleId: number;
let questionId: number;

beforeAll(async () => {
  app = await createSecurityApp();
  admin = await asAdmin(app);
  const added = await addArticle(admin, demoBody(2));
  articleId = added.article.id;
  questionId = added.questions[0]?.id ?? 0;
});
afterAll(() => app.close());

/** Every state-changing call a signed-in user can make, API and pages, with a valid body. */
const CHANGES: [
  string,
  (c: Client, token: Record<string, string>) => Promise<{ status: number }>,
][] = [
  ["POST /api/articles", (c, h) => c.post("/api/articles", demoBody(1), h)],
  ["POST /api/articles/:id/archive", (c, h) => c.post(`/api/articles/${articleId}/archive`, {}, h)],
  [
    "POST /api/articles/:id/regenerate",
    (c, h) => c.post(`/api/articles/${articleId}/regenerate`, {}, h),
  ],
  [
    "PATCH /api/questions/:id",
    (c, h) =>
      c.request("PATCH", `/api/questions/${questionId}`, {
        body: { stem: "Changed?" },
        headers: h,
      }),
  ],
  [
    "POST /api/questions/:id/reject",
    (c, h) => c.post(`/api/questions/${questionId}/reject`, {}, h),
  ],
  ["POST /api/attempts", (c, h) => c.post("/api/attempts", { articleId }, h)],
  ["POST /api/auth/logout", (c, h) => c.post("/api/auth/logout", {}, h)],
  ["POST /api/auth/guest", (c, h) => c.post("/api/auth/guest", {}, h)],
  [
    "POST /api/auth/register",
    (c, h) =>
      c.post("/api/auth/register", { username: "csrf-victim", password: "long-enough-1" }, h),
  ],
  ["POST /api/auth/login", (c, h) => c.post("/api/auth/login", ADMIN, h)],
];

const FORMS: [string, Record<string, string>][] = [
  ["/logout", {}],
  ["/guest", {}],
  ["/attempts", { articleId: "1" }],
  ["/admin/articles", { title: "Forged", body: demoBody(1).body }],
  ["/login", ADMIN],
  ["/register", { username: "forged-user", password: "long-enough-2" }],
];

const unchanged = () =>
  JSON.stringify(
    ["articles", "questions", "attempts", "users", "sessions"].map((t) =>
      app.store.sqlite.prepare(`select count(*) as n, max(rowid) as last from "${t}"`).get(),
    ),
  ) + JSON.stringify(app.store.sqlite.prepare("select status, stem from questions").all());

describe("CSRF: a signed-in user's cookie alone changes nothing", () => {
  it.each(CHANGES)("%s without the token → 403 csrf", async (_name, call) => {
    const before = unchanged();
    const reply = await call(admin, { "x-csrf-token": "" });
    expect(reply.status).toBe(403);
    expect(unchanged()).toBe(before);
  });

  it.each(CHANGES)("%s with another session's token → 403", async (_name, call) => {
    const other = await asGuest(app);
    const reply = await call(admin, { "x-csrf-token": other.csrf ?? "" });
    expect(reply.status).toBe(403);
  });

  it.each(CHANGES)("%s from a foreign Origin, even with the token → 403", async (_name, call) => {
    const reply = await call(admin, { origin: "https://evil.example" });
    expect(reply.status).toBe(403);
  });

  it.each(CHANGES)("%s flagged cross-site by the browser → 403", async (_name, call) => {
    const reply = await call(admin, { "sec-fetch-site": "cross-site" });
    expect(reply.status).toBe(403);
  });

  it.each(FORMS)("form POST %s without _csrf → 403; with it → not 403", async (path, fields) => {
    const user = await asAdmin(app);
    const before = unchanged();
    const forged = await user.form(path, fields, { noCsrf: true });
    expect(forged.status).toBe(403);
    expect(unchanged()).toBe(before);
    const genuine = await user.form(path, fields);
    expect(genuine.status).not.toBe(403);
  });

  it("the token is accepted in the header for JSON and only matches its own session", async () => {
    const aspirant = await asGuest(app);
    const ok = await aspirant.post("/api/attempts", { articleId });
    expect(ok.status).toBe(201);
    const wrongCase = await aspirant.post(
      "/api/attempts",
      { articleId },
      { "x-csrf-token": (aspirant.csrf ?? "").toUpperCase() },
    );
    expect(wrongCase.status).toBe(403);
  });
});

describe("other origins cannot read the API either", () => {
  it.each(["/api/me", "/api/me/history", "/api/articles"])(
    "GET %s from a foreign Origin carries no CORS permission",
    async (path) => {
      const reply = await admin.get(path, { origin: "https://evil.example" });
      expect(reply.headers.get("access-control-allow-origin")).toBeNull();
      expect(reply.headers.get("access-control-allow-credentials")).toBeNull();
    },
  );

  it("a CORS preflight is not granted", async () => {
    const reply = await app.client().request("OPTIONS", "/api/attempts", {
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "x-csrf-token, content-type",
      },
    });
    expect(reply.headers.get("access-control-allow-origin")).toBeNull();
    expect(reply.headers.get("access-control-allow-headers")).toBeNull();
  });
});

describe("sessions", () => {
  it("the cookie is HttpOnly, SameSite=Lax, Path=/, not readable by scripts", async () => {
    const reply = await app.client().post("/api/auth/guest");
    const cookie = reply.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^newsdrill_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//i);
  });

  it("over HTTPS the cookie is Secure with the __Host- prefix", async () => {
    const secure = await createSecurityApp({
      secureCookies: true,
      baseUrl: "https://quiz.example",
    });
    const reply = await secure.client().post("/api/auth/guest");
    const cookie = reply.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-newsdrill_session=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(reply.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    secure.close();
  });

  it("logging in rotates the session: the pre-login cookie is dead afterwards", async () => {
    const guest = await asGuest(app);
    const before = guest.cookie;
    await asAspirant(app, "rotator");
    const login = await guest.post("/api/auth/login", {
      username: "rotator",
      password: "rotator-password",
    });
    expect(login.status).toBe(200);
    expect(guest.cookie).not.toBe(before);
    const stale = app.client();
    stale.cookie = before;
    expect((await stale.get("/api/me")).status).toBe(401);
    expect((await guest.get("/api/me")).body.user.username).toBe("rotator");
  });

  it("registering as a guest rotates the session and keeps the guest's history", async () => {
    const guest = await asGuest(app);
    const started = await startAttempt(guest, { articleId, count: 2 });
    const before = guest.cookie;
    const reply = await guest.post("/api/auth/register", {
      username: "upgraded",
      password: "upgraded-pass",
    });
    expect(reply.status).toBe(201);
    expect(guest.cookie).not.toBe(before);
    const stale = app.client();
    stale.cookie = before;
    expect((await stale.get("/api/me")).status).toBe(401);
    expect((await guest.get(`/api/attempts/${started.attempt.id}`)).status).toBe(200);
  });

  it("logout deletes the session on the server: replaying the old cookie gets 401", async () => {
    const aspirant = await asAspirant(app, "leaver");
    const cookie = aspirant.cookie;
    const csrf = aspirant.csrf;
    expect((await aspirant.post("/api/auth/logout")).status).toBe(200);
    const replay = app.client();
    replay.cookie = cookie;
    replay.csrf = csrf;
    expect((await replay.get("/api/me")).status).toBe(401);
    expect((await replay.post("/api/attempts", { articleId })).status).toBe(401);
  });

  it("page logout also deletes the session", async () => {
    const aspirant = await asAspirant(app, "page-leaver");
    const cookie = aspirant.cookie;
    await aspirant.get("/history");
    expect((await aspirant.form("/logout")).status).toBe(303);
    const replay = app.client();
    replay.cookie = cookie;
    expect((await replay.get("/api/me")).status).toBe(401);
  });

  it("an expired session is refused", async () => {
    const aspirant = await asGuest(app);
    app.advance(31 * 24 * 3600);
    expect((await aspirant.get("/api/me")).status).toBe(401);
    app.advance(-31 * 24 * 3600);
  });

  it.each([
    ["garbage", "newsdrill_session=not-a-session"],
    ["empty", "newsdrill_session="],
    ["huge", `newsdrill_session=${"a".repeat(5000)}`],
  ])("a %s cookie is anonymous", async (_name, cookie) => {
    const client = app.client();
    const reply = await client.get("/api/me", { cookie });
    expect(reply.status).toBe(401);
  });
});

describe("passwords", () => {
  it("are stored as scrypt with a per-user salt, never in clear", async () => {
    await asAspirant(app, "same-a");
    await asAspirant(app, "same-b");
    const rows = app.store.sqlite
      .prepare("select username, password_hash as hash from users where username like 'same-%'")
      .all() as { username: string; hash: string }[];
    expect(rows).toHaveLength(2);
    const parts = rows.map((r) => r.hash.split("$"));
    for (const [scheme, n] of parts) {
      expect(scheme).toBe("scrypt");
      expect(Number(n)).toBeGreaterThanOrEqual(16384);
    }
    expect(parts[0]?.[4]).not.toBe(parts[1]?.[4]);
    expect(parts[0]?.[5]).not.toBe(parts[1]?.[5]);
    const dump = JSON.stringify(app.store.sqlite.prepare("select * from users").all());
    expect(dump).not.toContain("same-a-password");
  });

  it.each([
    ["wrong password", { username: "same-a", password: "same-a-passwore" }],
    ["unknown user", { username: "nobody-here", password: "whatever-pw" }],
    ["guest-only account (no password)", { username: "Guest", password: "whatever-pw" }],
  ])("%s → 401 with the same message", async (_name, body) => {
    const reply = await app.client().post("/api/auth/login", body);
    expect(reply.status).toBe(401);
    expect(reply.body.error.message).toBe("Wrong username or password.");
    expect(reply.headers.get("set-cookie")).toBeNull();
  });
});
