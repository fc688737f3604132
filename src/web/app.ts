// The Hono application: middleware, the JSON API (one sub-app per resource) and the pages.
import { Hono } from "hono";
import { healthOf } from "../storage";
import { articlesApi } from "./api/articles";
import { attemptsApi } from "./api/attempts";
import { authApi } from "./api/auth";
import { meApi } from "./api/me";
import { questionsApi } from "./api/questions";
import type { AppDeps, AppEnv } from "./context";
import { createErrorHandler, createNotFoundHandler } from "./errors";
import { arrival } from "./middleware/arrival";
import { requireAdmin, requireUser } from "./middleware/auth";
import { bodyLimits } from "./middleware/body-limit";
import { csrf } from "./middleware/csrf";
import { formBody } from "./middleware/form-body";
import { secureHeaders } from "./middleware/secure-headers";
import { session } from "./middleware/session";
import { createPages, renderErrorPage } from "./pages/index";

export const createApp = (deps: AppDeps): Hono<AppEnv> => {
  const app = new Hono<AppEnv>();
  app.onError(createErrorHandler(renderErrorPage));
  app.notFound(createNotFoundHandler(renderErrorPage));
  app.use("*", arrival(deps));

  app.get("/healthz", async (c) => {
    const health = await healthOf(deps.store).catch(() => "unreachable");
    return health === "ok" ? c.json({ ok: true }) : c.json({ ok: false }, 503);
  });

  app.use("*", secureHeaders({ hsts: deps.config.secureCookies }));
  app.use("*", bodyLimits(deps));
  app.use("*", formBody());
  app.use("*", session(deps));
  app.use("*", csrf(deps));

  app.use("/api/me/*", requireUser());
  app.use("/api/attempts/*", requireUser());
  app.on(["POST", "PATCH", "PUT", "DELETE"], ["/api/articles", "/api/articles/*"], requireAdmin());
  app.use("/api/questions/*", requireAdmin());

  app.route("/api/auth", authApi(deps));
  app.route("/api/me", meApi(deps));
  app.route("/api/articles", articlesApi(deps));
  app.route("/api/questions", questionsApi(deps));
  app.route("/api/attempts", attemptsApi(deps));
  app.route("/", createPages(deps));
  return app;
};
