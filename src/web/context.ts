// Types shared by every Hono sub-app (API and pages).
import type { ServiceDeps } from "../service/deps";
import type { ServiceError } from "../service/result";
import type { SessionUser } from "../service/views";
import type { RateLimiter } from "./middleware/rate-limit";

/** Everything createApp needs; build the production one with `createDeps` (src/web/deps.ts). */
export interface AppDeps extends ServiceDeps {
  limiter: RateLimiter;
}

export type AppEnv = {
  Variables: {
    /** The signed-in user (guest, aspirant or admin), or null. Set by the session middleware. */
    user: SessionUser | null;
    /** Raw session cookie value; pass it to service.login/register/logout. Never render it. */
    sessionToken: string | null;
    /**
     * Token to echo in state-changing requests: hidden form field `_csrf` or header
     * `x-csrf-token`. Empty string when there is no session (anonymous forms need none).
     */
    csrfToken: string;
    /** When the request reached the server (injected clock), set by the first middleware. */
    receivedAt?: Date;
    /** Per-response CSP nonce, should a page ever need an inline script. */
    nonce?: string;
  };
};

/** How pages render an error (404, 403, 413, 429, ...) as a readable HTML page. */
export type PageErrorRenderer = (
  error: ServiceError,
  user: SessionUser | null,
  /** The request's CSRF token ("" when unknown), so the page's nav forms keep working. */
  csrfToken?: string,
) => string | Promise<string>;
