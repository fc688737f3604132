// One error path for the whole app: JSON `{error: {code, message, field?}}` under /api, a readable
// HTML page elsewhere. Handlers return service errors with `errorResponse`, or throw `HttpError`.
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ServiceError } from "../service/result";
import type { AppEnv, PageErrorRenderer } from "./context";

export class HttpError extends HTTPException {
  readonly error: ServiceError;
  constructor(error: ServiceError) {
    super(error.status, { message: error.message });
    this.error = error;
  }
}

export const isApiPath = (path: string): boolean => path === "/api" || path.startsWith("/api/");

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Used until the pages provide their own renderer. */
export const plainErrorPage: PageErrorRenderer = (error) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${error.status} · Newsdrill</title></head>` +
  `<body><h1>${escapeHtml(error.message)}</h1><p><a href="/">Back to the home page</a></p></body></html>`;

/** The response for a service error: JSON for the API, a page otherwise. */
export const errorResponse = async (
  c: Context<AppEnv>,
  error: ServiceError,
  renderPage: PageErrorRenderer = plainErrorPage,
): Promise<Response> => {
  if (error.retryAfterSeconds !== undefined)
    c.header("Retry-After", String(error.retryAfterSeconds));
  const status = error.status as ContentfulStatusCode;
  if (isApiPath(c.req.path)) {
    const body =
      error.field === undefined
        ? { code: error.code, message: error.message }
        : { code: error.code, message: error.message, field: error.field };
    return c.json({ error: body }, status);
  }
  // Errors raised before the session middleware ran (body limit) have no user yet.
  const user = c.get("user") ?? null;
  return c.html(await renderPage(error, user, c.get("csrfToken") ?? ""), status);
};

const fromHttpException = (exception: HTTPException): ServiceError => {
  const status = exception.status;
  const known: Record<number, [string, string]> = {
    400: ["bad-request", "The request could not be read."],
    401: ["unauthenticated", "Log in or start as a guest first."],
    403: ["forbidden", "You do not have the rights to do this."],
    404: ["not-found", "Not found."],
    413: ["too-large", "The request body is too large."],
    415: ["unsupported-media-type", "Send JSON with Content-Type: application/json."],
    429: ["rate-limited", "Too many requests. Wait a little and try again."],
  };
  const [code, message] = known[status] ?? ["http-error", "The request failed."];
  return { code, status: status as ServiceError["status"], message: exception.message || message };
};

export const createErrorHandler =
  (renderPage: PageErrorRenderer = plainErrorPage): ErrorHandler<AppEnv> =>
  async (err, c) => {
    if (err instanceof HttpError) return errorResponse(c, err.error, renderPage);
    if (err instanceof HTTPException && err.status < 500) {
      return errorResponse(c, fromHttpException(err), renderPage);
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, err);
    const failure = {
      code: "internal",
      message: "Something went wrong on our side. Please try again.",
    };
    if (isApiPath(c.req.path)) return c.json({ error: failure }, 500);
    return c.html(
      await renderPage({ ...failure, status: 500 as ServiceError["status"] }, null),
      500,
    );
  };

export const createNotFoundHandler =
  (renderPage: PageErrorRenderer = plainErrorPage): NotFoundHandler<AppEnv> =>
  (c) =>
    errorResponse(c, { code: "not-found", status: 404, message: "Not found." }, renderPage);
