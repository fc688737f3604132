import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export interface Asset {
  /** URL with a content hash, so a long cache never serves a stale file. */
  href: string;
  path: string;
  body: string;
  contentType: string;
  etag: string;
}

const load = (file: string, contentType: string): Asset => {
  const body = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return {
    href: `/static/${file}?v=${hash}`,
    path: `/${file}`,
    body,
    contentType,
    etag: `"${hash}"`,
  };
};

// Read once at start-up: the files never change while the server runs.
export const stylesheet = load("app.css", "text/css; charset=utf-8");
export const quizScript = load("quiz.js", "text/javascript; charset=utf-8");
export const assets: readonly Asset[] = [stylesheet, quizScript];
