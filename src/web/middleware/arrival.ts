// Runs first: notes when the request arrived (injected clock), so a deadline is judged against the
// moment the aspirant's submission reached us, not when a server busy at 9 pm processed it.
import type { MiddlewareHandler } from "hono";
import type { AppDeps, AppEnv } from "../context";

export const arrival =
  (deps: AppDeps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    c.set("receivedAt", deps.clock());
    await next();
  };
