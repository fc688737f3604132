// Health, headers, unknown routes: the parts every response shares.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { asAdmin, createHarness, type Harness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

describe("platform", () => {
  it("answers /healthz with ok once the database is ready", async () => {
    const reply = await h.client().get("/healthz");
    expect([reply.status, reply.body]).toEqual([200, { ok: true }]);
  });

  it("answers 503 when the database is gone", async () => {
    h.store.close();
    expect((await h.client().get("/healthz")).status).toBe(503);
  });

  it.each(["/api/articles", "/api/nothing-here", "/"])(
    "sends a strict CSP and security headers on %s",
    async (path) => {
      const reply = await h.client().get(path);
      const csp = reply.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
      expect(csp).toMatch(/style-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
      expect(reply.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(reply.headers.get("cache-control")).toBe("no-store");
    },
  );

  it.each([
    ["GET", "/api/nothing-here"],
    ["POST", "/api/articles/1/unknown"],
    ["DELETE", "/api/articles/1"],
  ])("answers %s %s with a JSON 404", async (method, path) => {
    const admin = await asAdmin(h);
    const reply = await admin.request(method, path);
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ error: { code: "not-found", message: "Not found." } });
  });

  it("answers an unknown page with HTML, not JSON", async () => {
    const reply = await h.client().get("/no-such-page");
    expect(reply.status).toBe(404);
    expect(reply.headers.get("content-type")).toMatch(/text\/html/);
  });

  it.each([
    ["/login", "multipart/form-data; boundary=x", "--x\r\nbroken"],
    ["/api/auth/guest", "multipart/form-data; boundary=zz", "not multipart at all"],
  ])("answers a malformed form body on %s with 400, not 500", async (path, type, body) => {
    const reply = await h.client().request("POST", path, body, { "content-type": type });
    expect(reply.status).toBe(400);
  });

  it.each([
    ["/api/auth/guest", '{"admin": true}', 400],
    ["/api/auth/guest", "[]", 400],
    ["/api/auth/guest", "{}", 201],
    ["/api/auth/guest", "", 201],
  ])("routes without input refuse a body with fields: %s %s", async (path, body, status) => {
    const reply = await h
      .client()
      .request("POST", path, body, { "content-type": "application/json" });
    expect(reply.status).toBe(status);
  });
});
