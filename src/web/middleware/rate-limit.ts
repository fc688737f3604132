// A simple fixed-window, in-memory rate limiter. One process only; enough for a single server.
import type { Context, MiddlewareHandler } from "hono";
import type { RateLimitRule, RateLimits } from "../../config";
import type { ServiceError } from "../../service/result";
import type { AppDeps, AppEnv } from "../context";
import { HttpError } from "../errors";

export type LimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one hit on `key` under `rule`; refuses once the window's limit is reached. */
  hit(key: string, rule: RateLimitRule, now: number): LimitOutcome;
  reset(): void;
}

interface Window {
  startedAt: number;
  count: number;
}

export const createRateLimiter = (maxKeys = 100_000): RateLimiter => {
  const windows = new Map<string, Window>();
  return {
    hit(key, rule, now) {
      const current = windows.get(key);
      if (current === undefined || now - current.startedAt >= rule.windowMs) {
        if (windows.size >= maxKeys) windows.clear(); // bounded memory under a flood of keys
        windows.set(key, { startedAt: now, count: 1 });
        return { ok: true };
      }
      if (current.count >= rule.limit) {
        const retryAfterMs = current.startedAt + rule.windowMs - now;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
      }
      current.count += 1;
      return { ok: true };
    },
    reset: () => windows.clear(),
  };
};

/**
 * The client's address: the socket's peer ("unknown" under app.request in tests), or, behind a
 * reverse proxy the operator trusts, the last address it appended to X-Forwarded-For.
 */
export const clientIp = (c: Context, trustProxy = false): string => {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
};

/**
 * Counts a hit per IP, per signed-in user and per extra key (e.g. the username tried at login);
 * the 429 error to return when any of them is over its limit, else null.
 */
export const checkRateLimit = (
  c: Context<AppEnv>,
  deps: AppDeps,
  bucket: keyof RateLimits,
  extraKeys: readonly string[] = [],
): ServiceError | null => {
  const rule = deps.config.rateLimits?.[bucket];
  if (rule === undefined) return null;
  const user = c.get("user");
  const ipRule =
    rule.perIpLimit === undefined ? rule : { limit: rule.perIpLimit, windowMs: rule.windowMs };
  const keys: [string, RateLimitRule][] = [
    [`ip:${clientIp(c, deps.config.trustProxy)}`, ipRule],
    ...(user ? [[`user:${user.id}`, rule] as [string, RateLimitRule]] : []),
    ...extraKeys.map((key): [string, RateLimitRule] => [key, rule]),
  ];
  const now = deps.clock().getTime();
  let retryAfterSeconds = 0;
  for (const [key, keyRule] of keys) {
    const outcome = deps.limiter.hit(`${bucket}|${key}`, keyRule, now);
    if (!outcome.ok) retryAfterSeconds = Math.max(retryAfterSeconds, outcome.retryAfterSeconds);
  }
  if (retryAfterSeconds === 0) return null;
  return {
    code: "rate-limited",
    status: 429,
    message: `Too many attempts. Try again in ${retryAfterSeconds} s.`,
    retryAfterSeconds,
  };
};

/** Middleware form of checkRateLimit, per IP and per user. */
export const rateLimit =
  (deps: AppDeps, bucket: keyof RateLimits): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const limited = checkRateLimit(c, deps, bucket);
    if (limited !== null) throw new HttpError(limited);
    await next();
  };
