// Builds AppDeps from an open store with the real generator, a real clock and crypto randomness.
import type { AppConfig } from "../config";
import { testConfig } from "../config";
import type { RandomInt } from "../quiz/shuffle";
import type { ArticleGenerator, Clock } from "../service/deps";
import { realGenerator } from "../service/real-generator";
import { secureRandomInt } from "../service/tokens";
import type { Store } from "../storage";
import type { AppDeps } from "./context";
import { createRateLimiter, type RateLimiter } from "./middleware/rate-limit";

export interface DepsOptions {
  store: Store;
  config?: AppConfig;
  clock?: Clock;
  generator?: ArticleGenerator;
  randomInt?: RandomInt;
  limiter?: RateLimiter;
}

export const createDeps = (options: DepsOptions): AppDeps => ({
  store: options.store,
  config: options.config ?? testConfig(),
  clock: options.clock ?? (() => new Date()),
  generator: options.generator ?? realGenerator,
  randomInt: options.randomInt ?? secureRandomInt,
  limiter: options.limiter ?? createRateLimiter(),
});
