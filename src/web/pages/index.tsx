import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context";
import { adminPages } from "./admin-pages";
import { authPages } from "./auth-pages";
import { mePages } from "./me-pages";
import { publicPages } from "./public-pages";
import { quizPages } from "./quiz-pages";
import { staticRoutes } from "./static-routes";

export { renderErrorPage } from "./error-renderer";

/** All server-rendered pages and their assets; createApp mounts this at "/". */
export const createPages = (deps: AppDeps): Hono<AppEnv> =>
  new Hono<AppEnv>()
    .route("/static", staticRoutes())
    .route("/", publicPages(deps))
    .route("/", quizPages(deps))
    .route("/", mePages(deps))
    .route("/", authPages(deps))
    .route("/", adminPages(deps));
