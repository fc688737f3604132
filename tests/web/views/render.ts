// Helpers for view tests: render JSX to a string and inspect it with plain regexes.
import type { JSX } from "hono/jsx/jsx-runtime";

export const render = async (element: JSX.Element): Promise<string> =>
  String(await element.toString());

/** Every <form method="post">…</form> in the page. */
export const postForms = (html: string): string[] =>
  [...html.matchAll(/<form[^>]*method="post"[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]);

/** Things a strict CSP (script-src 'self', style-src 'self') would block. */
export const cspViolations = (html: string): string[] => [
  ...[...html.matchAll(/\sstyle="/g)].map(() => "inline style attribute"),
  ...[...html.matchAll(/\son[a-z]+="/g)].map((m) => `inline handler ${m[0].trim()}`),
  ...[...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>/g)].map(() => "inline script"),
  ...[...html.matchAll(/<style[\s>]/g)].map(() => "style element"),
];
