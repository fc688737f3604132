// Route guards. The service layer checks rights again; these answer 401/403 before any body is
// read, so anonymous callers learn nothing from validation errors.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context";
import { HttpError } from "../errors";

export const requireUser = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.get("user") === null) {
    throw new HttpError({
      code: "unauthenticated",
      status: 401,
      message: "Log in or start as a guest first.",
    });
  }
  await next();
};

export const requireAdmin = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const user = c.get("user");
  if (user === null) {
    throw new HttpError({
      code: "unauthenticated",
      status: 401,
      message: "Log in as an admin first.",
    });
  }
  if (!user.isAdmin) {
    throw new HttpError({ code: "forbidden", status: 403, message: "Only admins can do this." });
  }
  await next();
};
