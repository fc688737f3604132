import { gzipSync } from "node:zlib";
import { Hono } from "hono";
import { assets } from "../static/assets";

const YEAR = 365 * 24 * 60 * 60;

/** True when the client lists gzip in Accept-Encoding without refusing it (q=0). */
export const acceptsGzip = (acceptEncoding: string | undefined): boolean =>
  (acceptEncoding ?? "").split(",").some((entry) => {
    const [coding, ...params] = entry.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });

/**
 * /static/app.css and /static/quiz.js: hashed URLs, cached for a year, revalidated by ETag.
 * Each is gzipped once here, at start-up, and sent gzipped to clients that accept it.
 */
export const staticRoutes = (): Hono => {
  const routes = new Hono();
  for (const asset of assets) {
    const gzipped = new Uint8Array(gzipSync(asset.body, { level: 9 }));
    // One ETag per representation; either revalidates, the file is the same.
    const gzipEtag = `${asset.etag.slice(0, -1)}-gzip"`;
    routes.get(asset.path, (c) => {
      const gzip = acceptsGzip(c.req.header("Accept-Encoding"));
      c.header("Cache-Control", `public, max-age=${YEAR}, immutable`);
      c.header("ETag", gzip ? gzipEtag : asset.etag);
      c.header("Vary", "Accept-Encoding");
      c.header("X-Content-Type-Options", "nosniff");
      const known = c.req.header("If-None-Match");
      if (known === asset.etag || known === gzipEtag) return c.body(null, 304);
      c.header("Content-Type", asset.contentType);
      if (!gzip) return c.body(asset.body);
      c.header("Content-Encoding", "gzip");
      return c.body(gzipped);
    });
  }
  return routes;
};
