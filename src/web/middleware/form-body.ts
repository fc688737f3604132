import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context";
import { HttpError } from "../errors";

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * Parses form bodies once, up front: a malformed one is a 400, never a 500 in a handler.
 * Hono caches the parsed body, so handlers' own `parseBody()` calls reuse it.
 */
export const formBody = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (
    c.req.method !== "GET" &&
    c.req.method !== "HEAD" &&
    FORM_TYPES.test(c.req.header("content-type") ?? "")
  ) {
    try {
      await c.req.parseBody();
    } catch {
      throw new HttpError({
        code: "malformed-form",
        status: 400,
        message: "The form could not be read. Reload the page and try again.",
      });
    }
  }
  await next();
};
