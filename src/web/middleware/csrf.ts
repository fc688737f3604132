// CSRF defence for cookie-authenticated state changes: the Origin (or Sec-Fetch-Site) must be
// our own, and a request carrying a session must echo the session's token in `x-csrf-token` or
// the form field `_csrf`. Anonymous requests carry no session to abuse.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "../context";
import { HttpError } from "../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
export const CSRF_HEADER = "x-csrf-token";
export const CSRF_FIELD = "_csrf";

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

const isForm = (contentType: string): boolean =>
  /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType);

const refuse = (message: string) => new HttpError({ code: "csrf", status: 403, message });

export const csrf =
  (deps: AppDeps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const allowed = new Set([new URL(c.req.url).origin, new URL(deps.config.baseUrl).origin]);
    if (origin !== undefined && !allowed.has(origin)) {
      throw refuse("Cross-site request refused.");
    }
    if (c.req.header("sec-fetch-site") === "cross-site")
      throw refuse("Cross-site request refused.");
    const expected = c.get("csrfToken");
    if (c.get("sessionToken") === null || expected === "") return next();
    let sent = c.req.header(CSRF_HEADER);
    if (sent === undefined && isForm(c.req.header("content-type") ?? "")) {
      const form = await c.req.parseBody();
      const field = form[CSRF_FIELD];
      sent = typeof field === "string" ? field : undefined;
    }
    if (sent === undefined || !sameText(sent, expected)) {
      throw refuse("Missing or stale form token. Reload the page and try again.");
    }
    return next();
  };
