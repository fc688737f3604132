// A simple fixed-window, in-memory rate limiter. One process only; enough for a single server.
import type { RateLimitRule } from "../../config";

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
