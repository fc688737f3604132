import { Hono } from "hono";
import { login, logout, register, startGuest } from "../../service";
import type { AuthSession } from "../../service/views";
import type { AppDeps, AppEnv } from "../context";
import { HttpError } from "../errors";
import { checkRateLimit, rateLimit } from "../middleware/rate-limit";
import { clearSessionCookie, setSessionCookie } from "../session-cookie";
import { readJson, readNothing, respond } from "./json";

const sessionBody = (session: AuthSession) => ({
  user: session.user,
  csrfToken: session.csrfToken,
});

export const authApi = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .post("/register", rateLimit(deps, "register"), async (c) => {
      const result = await register(deps, await readJson(c), {
        user: c.get("user"),
        sessionToken: c.get("sessionToken"),
      });
      if (result.ok) setSessionCookie(c, result.value, deps.config);
      return respond(c, result, 201, sessionBody);
    })
    .post("/login", async (c) => {
      const input = await readJson(c);
      const username =
        typeof input === "object" && input !== null && "username" in input
          ? String(input.username).trim().toLowerCase().slice(0, 64)
          : "";
      const limited = checkRateLimit(c, deps, "login", [`username:${username}`]);
      if (limited !== null) throw new HttpError(limited);
      const result = await login(deps, input, c.get("sessionToken"));
      if (result.ok) setSessionCookie(c, result.value, deps.config);
      return respond(c, result, 200, sessionBody);
    })
    .post("/logout", async (c) => {
      await readNothing(c);
      const result = await logout(deps, c.get("sessionToken"));
      clearSessionCookie(c, deps.config);
      return respond(c, result, 200, () => ({ ok: true }));
    })
    .post("/guest", rateLimit(deps, "guest"), async (c) => {
      await readNothing(c);
      const result = await startGuest(deps, c.get("sessionToken"));
      if (result.ok) setSessionCookie(c, result.value, deps.config);
      return respond(c, result, 201, sessionBody);
    });
