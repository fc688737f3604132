// What every page route needs: the viewer and CSRF token as view props, rendering with a status,
// reading form bodies, and turning service errors into pages.
import type { Context } from "hono";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ServiceError } from "../../service/result";
import type { SessionUser } from "../../service/views";
import type { AppEnv } from "../context";
import { ErrorPage } from "../views/error-page";
import type { Flash, PageContext, Viewer } from "../views/models";

export type PageCtx = Context<AppEnv>;

export const toViewer = (user: SessionUser | null): Viewer | null =>
  user === null
    ? null
    : {
        username: user.username ?? "Guest",
        role: user.isAdmin ? "admin" : user.isGuest ? "guest" : "aspirant",
      };

/** Fixed messages shown after a redirect (`?done=<key>`): never text taken from the URL. */
const DONE: Record<string, Flash> = {
  "logged-in": { kind: "success", message: "You are logged in." },
  registered: { kind: "success", message: "Welcome! Your account is ready." },
  guest: {
    kind: "info",
    message: "You are browsing as a guest. Register any time to keep your history.",
  },
  "logged-out": { kind: "info", message: "You are logged out." },
  added: { kind: "success", message: "Article added. Review its questions below." },
  regenerated: {
    kind: "success",
    message: "Questions regenerated. Past attempts keep their questions.",
  },
  archived: { kind: "info", message: "Article archived. Past attempts still show it." },
  edited: { kind: "success", message: "Question saved." },
  rejected: { kind: "info", message: "Question rejected: it will not appear in new quizzes." },
  "admin-ready": { kind: "success", message: "Admin account created. You are logged in." },
};

export const pageContext = (c: PageCtx, flash?: Flash): PageContext => {
  const done = c.req.query("done");
  const fromQuery = done === undefined ? undefined : DONE[done];
  const chosen = flash ?? fromQuery;
  return {
    viewer: toViewer(c.get("user")),
    csrfToken: c.get("csrfToken"),
    path: c.req.path,
    ...(chosen ? { flash: chosen } : {}),
  };
};

export const renderPage = (c: PageCtx, page: JSX.Element, status: ContentfulStatusCode = 200) =>
  c.html(page, status);

/** A service error as a readable page with its status (401 on a GET sends to the log-in page). */
export const errorPage = (c: PageCtx, error: ServiceError) => {
  if (error.status === 401 && c.req.method === "GET") {
    return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
  }
  if (error.retryAfterSeconds !== undefined)
    c.header("Retry-After", String(error.retryAfterSeconds));
  return c.html(
    <ErrorPage page={pageContext(c)} status={error.status} message={error.message} />,
    error.status as ContentfulStatusCode,
  );
};

/** Form fields as strings (files and repeated fields are ignored). */
export const readForm = async (c: PageCtx): Promise<Record<string, string>> => {
  const contentType = c.req.header("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType)) return {};
  const body = await c.req.parseBody();
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === "string") fields[name] = value;
  }
  return fields;
};

/** A local path to return to after logging in; anything else (other sites, "//x") is "/". */
export const safeNext = (next: string | undefined): string =>
  next !== undefined && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : "/";

export const redirectDone = (c: PageCtx, path: string, done: keyof typeof DONE & string) =>
  c.redirect(`${path}${path.includes("?") ? "&" : "?"}done=${done}`, 303);
