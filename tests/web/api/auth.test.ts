import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ADMIN, asAspirant, asGuest, createHarness, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

describe("POST /api/auth/register", () => {
  it("creates an aspirant and sets a hardened session cookie", async () => {
    const client = h.client();
    const reply = await client.post("/api/auth/register", {
      username: "asha",
      password: "asha-secret",
    });
    expect(reply.status).toBe(201);
    expect(reply.body.user).toMatchObject({ username: "asha", isAdmin: false, isGuest: false });
    expect(typeof reply.body.csrfToken).toBe("string");
    const cookie = reply.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^newsdrill_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(reply.text).not.toContain(client.cookie?.split("=")[1]);
    expect((await client.get("/api/me")).body.user.username).toBe("asha");
  });

  it("marks the cookie Secure (with the __Host- prefix) when configured for HTTPS", async () => {
    const secure = await createHarness({ secureCookies: true });
    const reply = await secure
      .client()
      .post("/api/auth/register", { username: "ravi", password: "ravi-secret" });
    expect(reply.headers.get("set-cookie")).toMatch(/^__Host-newsdrill_session=.*Secure/);
    secure.close();
  });

  it.each([
    [{ username: "ab", password: "long-enough" }, "username"],
    [{ username: "bad name!", password: "long-enough" }, "username"],
    [{ username: "<script>", password: "long-enough" }, "username"],
    [{ username: "asha", password: "short" }, "password"],
    [{ username: "asha" }, "password"],
    [{ username: "asha", password: "long-enough", admin: true }, "admin"],
    [{ username: 42, password: "long-enough" }, "username"],
  ])("refuses %j with 400 naming %s", async (body, field) => {
    const reply = await h.client().post("/api/auth/register", body);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatchObject({ code: "invalid-input", field });
  });

  it("refuses a taken username, whatever its case, with 409", async () => {
    await asAspirant(h, "asha");
    const reply = await h
      .client()
      .post("/api/auth/register", { username: "ASHA", password: "other-secret" });
    expect(reply.status).toBe(409);
    expect(reply.body.error.field).toBe("username");
  });

  it("upgrades a guest in place, so the guest's history carries over", async () => {
    const guest = await asGuest(h);
    const before = (await guest.get("/api/me")).body.user;
    expect(before).toMatchObject({ isGuest: true, username: null });
    const reply = await guest.post("/api/auth/register", {
      username: "meera",
      password: "meera-secret",
    });
    expect(reply.status).toBe(201);
    expect(reply.body.user).toMatchObject({ id: before.id, username: "meera", isGuest: false });
  });
});

describe("a guest registering with a taken name", () => {
  it("gets 409 and stays the same guest", async () => {
    await asAspirant(h, "asha");
    const guest = await asGuest(h);
    const id = (await guest.get("/api/me")).body.user.id;
    const reply = await guest.post("/api/auth/register", {
      username: "Asha",
      password: "guest-secret",
    });
    expect(reply.status).toBe(409);
    expect((await guest.get("/api/me")).body.user).toMatchObject({ id, isGuest: true });
  });
});

describe("POST /api/auth/login and logout", () => {
  it("logs in with 200 and rotates the session id", async () => {
    const client = await asAspirant(h, "asha");
    const oldCookie = client.cookie;
    const reply = await client.post("/api/auth/login", {
      username: "asha",
      password: "asha-secret",
    });
    expect(reply.status).toBe(200);
    expect(client.cookie).not.toBe(oldCookie);
    const stale = h.client();
    stale.cookie = oldCookie;
    expect((await stale.get("/api/me")).status).toBe(401);
  });

  it.each([
    [{ username: "asha", password: "wrong-secret" }],
    [{ username: "nobody", password: "asha-secret" }],
    [{ username: "ASHA", password: "ASHA-SECRET" }],
  ])("answers 401 to bad credentials %j without saying which part", async (body) => {
    await asAspirant(h, "asha");
    const reply = await h.client().post("/api/auth/login", body);
    expect(reply.status).toBe(401);
    expect(reply.body.error).toEqual({
      code: "invalid-credentials",
      message: "Wrong username or password.",
    });
  });

  it("accepts the username in any case", async () => {
    await asAspirant(h, "Asha");
    expect(
      (await h.client().post("/api/auth/login", { username: "asha", password: "Asha-secret" }))
        .status,
    ).toBe(200);
  });

  it("logout deletes the session server-side: a copied cookie stops working", async () => {
    const client = await asAspirant(h, "asha");
    const copy = h.client();
    copy.cookie = client.cookie;
    expect((await copy.get("/api/me")).status).toBe(200);
    expect((await client.post("/api/auth/logout")).status).toBe(200);
    expect(client.cookie).toBeNull();
    expect((await copy.get("/api/me")).status).toBe(401);
  });

  it("lets an admin log in with the admin flag", async () => {
    const reply = await h.client().post("/api/auth/login", ADMIN);
    expect(reply.body.user).toMatchObject({ username: ADMIN.username, isAdmin: true });
  });
});

describe("POST /api/auth/guest", () => {
  it("creates a guest identity with 201", async () => {
    const guest = h.client();
    const reply = await guest.post("/api/auth/guest");
    expect(reply.status).toBe(201);
    expect(reply.body.user).toMatchObject({ isGuest: true, isAdmin: false, username: null });
  });

  it("keeps a current guest instead of making a new one", async () => {
    const guest = await asGuest(h);
    const id = (await guest.get("/api/me")).body.user.id;
    expect((await guest.post("/api/auth/guest")).body.user.id).toBe(id);
  });
});

describe("CSRF", () => {
  it("refuses a cookie-authenticated change without the token", async () => {
    const client = await asAspirant(h, "asha");
    const reply = await client.request("POST", "/api/auth/logout", undefined, {
      "x-csrf-token": "",
    });
    expect(reply.status).toBe(403);
    expect(reply.body.error.code).toBe("csrf");
    expect((await client.get("/api/me")).status).toBe(200);
  });

  it("refuses a token from another session", async () => {
    const asha = await asAspirant(h, "asha");
    const ravi = await asAspirant(h, "ravi");
    const reply = await asha.request("POST", "/api/auth/logout", undefined, {
      "x-csrf-token": ravi.csrf ?? "",
    });
    expect(reply.status).toBe(403);
  });

  it.each([[{ origin: "https://evil.example" }], [{ "sec-fetch-site": "cross-site" }]])(
    "refuses cross-site requests %j, even anonymous ones",
    async (headers) => {
      const reply = await h.client().post("/api/auth/login", ADMIN, headers);
      expect(reply.status).toBe(403);
    },
  );

  it("accepts same-origin requests with the token", async () => {
    const client = await asAspirant(h, "asha");
    const reply = await client.post("/api/auth/logout", undefined, { origin: "http://localhost" });
    expect(reply.status).toBe(200);
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After after too many logins per username, then lets through", async () => {
    const limited = await createHarness({
      rateLimits: {
        login: { limit: 3, windowMs: 60_000 },
        register: { limit: 100, windowMs: 60_000 },
        guest: { limit: 100, windowMs: 60_000 },
        submit: { limit: 100, windowMs: 60_000 },
        start: { limit: 100, windowMs: 60_000 },
      },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const reply = await limited
        .client()
        .post("/api/auth/login", { username: "x", password: "wrong-pass" });
      statuses.push(reply.status);
      if (reply.status === 429) expect(Number(reply.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    limited.advance(61);
    expect((await limited.client().post("/api/auth/login", ADMIN)).status).toBe(200);
    limited.close();
  });

  it.each([
    [true, [401, 401, 401]],
    [false, [401, 401, 429]],
  ])(
    "with trustProxy=%s, X-Forwarded-For decides the per-IP bucket: %j",
    async (trustProxy, expected) => {
      const rule = { limit: 2, windowMs: 60_000 };
      const limited = await createHarness({
        trustProxy,
        rateLimits: { login: rule, register: rule, guest: rule, submit: rule, start: rule },
      });
      const statuses: number[] = [];
      for (const [i, ip] of ["198.51.100.1", "198.51.100.2", "198.51.100.3"].entries()) {
        const reply = await limited
          .client()
          .post(
            "/api/auth/login",
            { username: `user${i}`, password: "wrong-pass" },
            { "x-forwarded-for": `10.0.0.9, ${ip}` },
          );
        statuses.push(reply.status);
      }
      expect(statuses).toEqual(expected);
      limited.close();
    },
  );
});
