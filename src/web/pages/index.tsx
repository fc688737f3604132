import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../context";
import { staticRoutes } from "./static-routes";

/** All server-rendered pages and their assets; createApp mounts this at "/". */
export const createPages = (deps: AppDeps): Hono<AppEnv> => {
  const pages = new Hono<AppEnv>();
  pages.route("/static", staticRoutes());
  void deps;
  return pages;
};
