import { Hono } from "hono";
import { assets } from "../static/assets";

const YEAR = 365 * 24 * 60 * 60;

/** /static/app.css and /static/quiz.js: hashed URLs, cached for a year, revalidated by ETag. */
export const staticRoutes = (): Hono => {
  const routes = new Hono();
  for (const asset of assets) {
    routes.get(asset.path, (c) => {
      c.header("Cache-Control", `public, max-age=${YEAR}, immutable`);
      c.header("ETag", asset.etag);
      c.header("X-Content-Type-Options", "nosniff");
      if (c.req.header("If-None-Match") === asset.etag) return c.body(null, 304);
      c.header("Content-Type", asset.contentType);
      return c.body(asset.body);
    });
  }
  return routes;
};
