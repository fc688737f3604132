import { randomBytes } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { secureHeaders as honoSecureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../context";

/**
 * Security headers with a strict CSP: scripts and styles from our own origin only (a per-response
 * nonce is available as `c.get("nonce")` for the rare inline script), no framing, no plugins.
 * Dynamic responses are not cached: they may carry a user's data or an open attempt.
 */
export const secureHeaders = (options: { hsts: boolean }): MiddlewareHandler<AppEnv> => {
  // Built once: only the script nonce changes per response, filled in from the context.
  const headers = honoSecureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", (c) => `'nonce-${(c as Context<AppEnv>).get("nonce")}'`],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
    strictTransportSecurity: options.hsts ? "max-age=15552000; includeSubDomains" : false,
    referrerPolicy: "same-origin",
    crossOriginEmbedderPolicy: false,
  });
  return async (c, next) => {
    c.set("nonce", randomBytes(16).toString("base64"));
    await headers(c, next);
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
  };
};
