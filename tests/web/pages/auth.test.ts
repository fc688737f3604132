import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureAdmin } from "../../../src/service";
import { ADMIN, createSite, registered } from "./harness";

let site: Awaited<ReturnType<typeof createSite>>;
beforeEach(async () => {
  site = await createSite();
});
afterEach(() => site.close());

describe("log in, register, guest, log out", () => {
  it("logs in and returns to the page asked for", async () => {
    const browser = site.browser();
    const reply = await browser.post("/login", { ...ADMIN, next: "/admin" });
    expect(reply.status).toBe(303);
    expect(reply.location).toBe("/admin?done=logged-in");
    const admin = await browser.follow(reply);
    expect(admin.html).toContain("You are logged in.");
    expect(admin.html).toContain('action="/logout"');
  });

  it.each([
    ["another site", "https://evil.example/", "/?done=logged-in"],
    ["a protocol-relative URL", "//evil.example/", "/?done=logged-in"],
    ["a local page", "/history", "/history?done=logged-in"],
  ])("after log-in, `next` pointing to %s goes to %s", async (_, next, location) => {
    const reply = await site.browser().post("/login", { ...ADMIN, next });
    expect(reply.location).toBe(location);
  });

  it("a wrong password re-renders the form with 401 and keeps the username", async () => {
    const page = await site
      .browser()
      .post("/login", { username: "desk-editor", password: "nope-nope" });
    expect(page.status).toBe(401);
    expect(page.html).toContain("Wrong username or password.");
    expect(page.html).toContain('value="desk-editor"');
  });

  it.each([
    ["a short password", { username: "new_person", password: "short" }, 400, "f-password-error"],
    ["a bad username", { username: "a b", password: "long-enough-pw" }, 400, "f-username-error"],
    ["a taken username", { username: "desk-editor", password: "long-enough-pw" }, 409, "taken"],
  ])("registering with %s says what to fix", async (_, fields, status, text) => {
    const page = await site.browser().post("/register", fields);
    expect(page.status).toBe(status);
    expect(page.html).toContain(text);
    expect(page.html).toContain(`value="${fields.username}"`);
  });

  it("a guest who registers keeps their history", async () => {
    const browser = site.browser();
    const guest = await browser.follow(await browser.post("/guest", {}));
    expect(guest.html).toContain("browsing as a guest");
    const start = await browser.post("/attempts", { articleId: "2" });
    await browser.post(`${start.location}/submit`, {});
    const registeredPage = await browser.follow(
      await browser.post("/register", { username: "was_guest", password: "was-guest-pw" }),
    );
    expect(registeredPage.html).toContain("Welcome!");
    const history = await browser.get("/history");
    expect(history.html).toContain(`href="${start.location}"`);
  });

  it("logs out with the form and via the confirmation page", async () => {
    const browser = await registered(site, "leaving_now");
    const confirm = await browser.get("/logout");
    expect(confirm.html).toMatch(/<form method="post" action="\/logout"/);
    const out = await browser.post("/logout", {});
    expect(out.status).toBe(303);
    expect(browser.cookie).toBeNull();
    const home = await browser.follow(out);
    expect(home.html).toContain("You are logged out.");
    expect(home.html).toContain('href="/login"');
  });
});

describe("edge errors render as pages", () => {
  it("413 for an oversize form", async () => {
    const page = await site
      .browser()
      .post("/login", { username: "x".repeat(20_000), password: "y" });
    expect(page.status).toBe(413);
    expect(page.html).toContain("That was too large");
  });

  it("429 after too many log-in attempts, with Retry-After", async () => {
    const limited = await createSite({
      rateLimits: {
        login: { limit: 2, windowMs: 60_000 },
        register: { limit: 10, windowMs: 60_000 },
        guest: { limit: 10, windowMs: 60_000 },
        submit: { limit: 10, windowMs: 60_000 },
        start: { limit: 10, windowMs: 60_000 },
      },
    });
    const browser = limited.browser();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push(
        (await browser.post("/login", { username: "someone", password: "wrong-pw-1" })).status,
      );
    }
    const last = await browser.post("/login", { username: "someone", password: "wrong-pw-1" });
    expect(statuses).toEqual([401, 401, 429]);
    expect(last.status).toBe(429);
    expect(last.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(last.html).toContain("Too many requests");
    limited.close();
  });
});

describe("one-time admin set-up link", () => {
  it("creates the admin once, signs them in, then stops working", async () => {
    const fresh = await createSite({}, { admin: false });
    const status = await ensureAdmin(fresh.deps);
    if (status.status !== "setup-needed") throw new Error(`unexpected ${status.status}`);
    const path = `/setup/${status.setupToken}`;
    const browser = fresh.browser();
    const form = await browser.get(path);
    expect(form.status).toBe(200);
    expect(form.html).toContain("Set up the admin account");

    const short = await browser.post(path, { username: "chief", password: "short" });
    expect(short.status).toBe(400);
    expect(short.html).toContain('value="chief"');
    expect(short.html).toContain("f-password-error");

    const done = await browser.post(path, { username: "chief", password: "chief-editor-pw" });
    expect(done.status).toBe(303);
    expect(done.location).toBe("/admin?done=admin-ready");
    expect((await browser.follow(done)).html).toContain("Admin account created.");

    expect((await site.browser().get(path)).status).toBe(404);
    expect((await fresh.browser().get(path)).status).toBe(404);
    fresh.close();
  });
});
