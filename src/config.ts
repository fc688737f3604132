// The only reader of process.env. Everything else receives an AppConfig.

export interface RateLimitRule {
  limit: number;
  windowMs: number;
  /** Limit for the per-IP key when it differs (many aspirants may share one NAT address). */
  perIpLimit?: number;
}

export interface RateLimits {
  /** Login attempts per IP and per username. */
  login: RateLimitRule;
  /** Registrations per IP. */
  register: RateLimitRule;
  /** Guest identities created per IP. */
  guest: RateLimitRule;
  /** Attempt submissions per user and per IP. */
  submit: RateLimitRule;
  /** Attempts started per user and per IP: each one is a row set in the database. */
  start: RateLimitRule;
}

export interface AppConfig {
  port: number;
  databasePath: string;
  adminUsername: string;
  adminPassword: string | undefined;
  env: "production" | "development" | "test";
  /** Public base URL, used for setup links and the Origin check. */
  baseUrl: string;
  /** Marks the session cookie Secure: set when served over HTTPS. */
  secureCookies: boolean;
  sessionDays: number;
  secondsPerQuestion: number;
  graceSeconds: number;
  /** How long a submission may wait between arriving and being processed and still be judged at arrival. */
  maxQueueSeconds: number;
  /** Questions per quiz when the aspirant does not choose. */
  defaultQuestionCount: number;
  maxQuestionCount: number;
  /** Body size limits in bytes. */
  articleBodyLimit: number;
  bodyLimit: number;
  /** Take the client address from X-Forwarded-For (set only behind a trusted reverse proxy). */
  trustProxy: boolean;
  /** null disables rate limiting (load tests). */
  rateLimits: RateLimits | null;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  login: { limit: 10, windowMs: 60_000 },
  register: { limit: 10, windowMs: 60_000 },
  guest: { limit: 30, windowMs: 60_000 },
  submit: { limit: 30, windowMs: 60_000 },
  // Generous: a real aspirant takes a few quizzes a day; a classroom may share one address.
  start: { limit: 30, windowMs: 10 * 60_000, perIpLimit: 300 },
};

type Env = Record<string, string | undefined>;

const integer = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  }
  return parsed;
};

export const loadConfig = (env: Env = process.env): AppConfig => {
  const port = integer(env.PORT, 3000, "PORT");
  const nodeEnv =
    env.NODE_ENV === "production" || env.NODE_ENV === "test" ? env.NODE_ENV : "development";
  const baseUrl = (env.BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
  return {
    port,
    databasePath: env.DATABASE_PATH || "db/newsdrill.sqlite",
    adminUsername: env.ADMIN_USERNAME || "admin",
    adminPassword: env.ADMIN_PASSWORD || undefined,
    env: nodeEnv,
    baseUrl,
    secureCookies:
      env.SECURE_COOKIES === undefined
        ? baseUrl.startsWith("https://")
        : env.SECURE_COOKIES === "true" || env.SECURE_COOKIES === "1",
    sessionDays: integer(env.SESSION_DAYS, 30, "SESSION_DAYS"),
    secondsPerQuestion: integer(env.SECONDS_PER_QUESTION, 72, "SECONDS_PER_QUESTION"),
    graceSeconds: integer(env.GRACE_SECONDS, 10, "GRACE_SECONDS"),
    maxQueueSeconds: integer(env.MAX_QUEUE_SECONDS, 30, "MAX_QUEUE_SECONDS"),
    defaultQuestionCount: 10,
    maxQuestionCount: 50,
    articleBodyLimit: 256 * 1024,
    bodyLimit: 16 * 1024,
    trustProxy: env.TRUST_PROXY === "true" || env.TRUST_PROXY === "1",
    rateLimits: env.RATE_LIMITS === "off" ? null : DEFAULT_RATE_LIMITS,
  };
};

/** Settings for tests: in-memory database, no Secure cookie, rate limits as given. */
export const testConfig = (overrides: Partial<AppConfig> = {}): AppConfig => ({
  ...loadConfig({ NODE_ENV: "test" }),
  databasePath: ":memory:",
  ...overrides,
});
