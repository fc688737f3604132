// Page weight: the quiz page's HTML and the CSS and JS it links, raw and gzipped (zlib, level 6)
// as served, plus what the server itself sends when the request accepts compression.
import { gzipSync } from "node:zlib";
import type { PageFigures, PageResource } from "./figures";
import { header, httpRequest } from "./http";

/** Same-origin stylesheet and script URLs the HTML links. */
export const linkedAssets = (html: string): { kind: "css" | "js"; path: string }[] => {
  const found: { kind: "css" | "js"; path: string }[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel=["']?stylesheet/i.test(tag)) continue;
    const href = attribute(tag, "href");
    if (href && isLocal(href)) found.push({ kind: "css", path: href });
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attribute(tag, "src");
    if (src && isLocal(src)) found.push({ kind: "js", path: src });
  }
  return found;
};

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.replaceAll("&amp;", "&");
};

const isLocal = (url: string): boolean => url.startsWith("/") && !url.startsWith("//");

export const measurePage = async (
  baseUrl: string,
  pagePath: string,
  headers: Record<string, string>,
): Promise<PageFigures> => {
  const html = await measureResource(baseUrl, "html", pagePath, headers);
  const resources: PageResource[] = [html.resource];
  for (const asset of linkedAssets(html.body.toString("utf8"))) {
    resources.push((await measureResource(baseUrl, asset.kind, asset.path, headers)).resource);
  }
  const total = (pick: (r: PageResource) => number): number =>
    resources.reduce((n, r) => n + pick(r), 0);
  return {
    quizBytes: total((r) => r.bytes),
    quizBytesGzip: total((r) => r.bytesGzip),
    quizBytesServed: total((r) => r.servedBytes),
    serverCompresses: resources.some((r) => r.servedEncoding !== ""),
    resources,
  };
};

const measureResource = async (
  baseUrl: string,
  kind: PageResource["kind"],
  path: string,
  headers: Record<string, string>,
): Promise<{ resource: PageResource; body: Buffer }> => {
  const plain = await httpRequest(baseUrl + path, {
    headers: { ...headers, "accept-encoding": "identity" },
  });
  if (plain.status !== 200) throw new Error(`GET ${path} answered ${plain.status}`);
  const served = await httpRequest(baseUrl + path, {
    headers: { ...headers, "accept-encoding": "gzip, deflate, br" },
  });
  const resource: PageResource = {
    kind,
    path,
    bytes: plain.body.length,
    bytesGzip: gzipSync(plain.body).length,
    servedEncoding: header(served, "content-encoding"),
    servedBytes: served.body.length,
  };
  return { resource, body: plain.body };
};
