// Log in, register, guest, log out, and the one-time admin set-up link.
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { checkSetupToken, login, logout, register, setupAdmin, startGuest } from "../../service";
import type { ServiceError } from "../../service/result";
import type { AppDeps, AppEnv } from "../context";
import { HttpError } from "../errors";
import { checkRateLimit, rateLimit } from "../middleware/rate-limit";
import { clearSessionCookie, setSessionCookie } from "../session-cookie";
import { LoginPage, LogoutPage, RegisterPage, SetupPage } from "../views/auth-pages";
import type { FieldErrors } from "../views/fields";
import { errorPage, pageContext, readForm, redirectDone, safeNext } from "./page-context";

/** The service error as a field message (when it names a field) and a summary. */
export const formErrors = (error: ServiceError): { errors: FieldErrors; message: string } => ({
  errors: error.field ? { [error.field.split(".")[0] ?? error.field]: error.message } : {},
  message: error.message,
});

const credentials = (form: Record<string, string>) => ({
  username: form.username ?? "",
  password: form.password ?? "",
});

const status = (error: ServiceError) => error.status as ContentfulStatusCode;

export const authPages = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .get("/login", (c) =>
      c.html(<LoginPage page={pageContext(c)} next={safeNext(c.req.query("next"))} />),
    )
    .post("/login", async (c) => {
      const form = await readForm(c);
      const username = (form.username ?? "").trim().toLowerCase().slice(0, 64);
      const limited = checkRateLimit(c, deps, "login", [`username:${username}`]);
      if (limited !== null) throw new HttpError(limited);
      const next = safeNext(form.next);
      const result = await login(deps, credentials(form), c.get("sessionToken"));
      if (!result.ok) {
        return c.html(
          <LoginPage
            page={pageContext(c)}
            username={form.username}
            next={next}
            {...formErrors(result.error)}
          />,
          status(result.error),
        );
      }
      setSessionCookie(c, result.value, deps.config);
      return redirectDone(c, next, "logged-in");
    })
    .get("/register", (c) =>
      c.html(<RegisterPage page={pageContext(c)} next={safeNext(c.req.query("next"))} />),
    )
    .post("/register", rateLimit(deps, "register"), async (c) => {
      const form = await readForm(c);
      const next = safeNext(form.next);
      const result = await register(deps, credentials(form), {
        user: c.get("user"),
        sessionToken: c.get("sessionToken"),
      });
      if (!result.ok) {
        return c.html(
          <RegisterPage
            page={pageContext(c)}
            username={form.username}
            next={next}
            {...formErrors(result.error)}
          />,
          status(result.error),
        );
      }
      setSessionCookie(c, result.value, deps.config);
      return redirectDone(c, next, "registered");
    })
    .post("/guest", rateLimit(deps, "guest"), async (c) => {
      const form = await readForm(c);
      const result = await startGuest(deps, c.get("sessionToken"));
      if (!result.ok) return errorPage(c, result.error);
      setSessionCookie(c, result.value, deps.config);
      return redirectDone(c, safeNext(form.next), "guest");
    })
    // A page with the log-out button, for places that cannot carry the CSRF token (error pages).
    .get("/logout", (c) => c.html(<LogoutPage page={pageContext(c)} />))
    .post("/logout", async (c) => {
      await logout(deps, c.get("sessionToken"));
      clearSessionCookie(c, deps.config);
      return redirectDone(c, "/", "logged-out");
    })
    .get("/setup/:token", async (c) => {
      const token = c.req.param("token");
      const usable = await checkSetupToken(deps, token);
      if (!usable.ok) return errorPage(c, usable.error);
      return c.html(<SetupPage page={pageContext(c)} token={token} />);
    })
    .post("/setup/:token", async (c) => {
      const token = c.req.param("token");
      const form = await readForm(c);
      const input = form.username?.trim() ? credentials(form) : { password: form.password ?? "" };
      const result = await setupAdmin(deps, token, input, c.get("sessionToken"));
      if (!result.ok) {
        if (result.error.code === "setup-link-invalid") return errorPage(c, result.error);
        return c.html(
          <SetupPage
            page={pageContext(c)}
            token={token}
            username={form.username}
            {...formErrors(result.error)}
          />,
          status(result.error),
        );
      }
      setSessionCookie(c, result.value, deps.config);
      return redirectDone(c, "/admin", "admin-ready");
    });
