import type { MiddlewareHandler } from "hono";
import type { SessionUser } from "../../service/views";
import type { AppEnv } from "../context";
import { errorPage, type PageCtx } from "./page-context";

/** Admin pages only: visitors are sent to log in (on GET), everyone else gets a 403 page. */
export const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.get("user");
  if (user === null) {
    return errorPage(c, { code: "unauthenticated", status: 401, message: "Log in as an admin." });
  }
  if (!user.isAdmin) {
    return errorPage(c, {
      code: "forbidden",
      status: 403,
      message: "Only admins can see this page.",
    });
  }
  await next();
};

/** The admin behind a request that passed `adminOnly`. */
export const adminOf = (c: PageCtx): SessionUser => {
  const user = c.get("user");
  if (user === null || !user.isAdmin) throw new Error("admin page reached without adminOnly");
  return user;
};
