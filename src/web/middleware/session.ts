import type { MiddlewareHandler } from "hono";
import { resolveSession } from "../../service/auth";
import type { AppDeps, AppEnv } from "../context";
import { readSessionCookie } from "../session-cookie";

/** Sets `user`, `sessionToken` and `csrfToken` from the session cookie (all empty if none). */
export const session =
  (deps: AppDeps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    // Static assets are the same for everyone: no session lookup.
    const token = c.req.path.startsWith("/static/") ? null : readSessionCookie(c, deps.config);
    const resolved = await resolveSession(deps, token);
    c.set("user", resolved?.user ?? null);
    c.set("sessionToken", resolved === null ? null : token);
    c.set("csrfToken", resolved?.csrfToken ?? "");
    await next();
  };
