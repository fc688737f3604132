import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppDeps, AppEnv } from "../context";
import { HttpError } from "../errors";

/** Paths where an admin posts a whole article: the larger limit applies. */
const ARTICLE_PATHS = /^\/(api\/articles|admin\/articles)(\/new)?\/?$/;

const tooLarge = (limit: number) =>
  new HttpError({
    code: "too-large",
    status: 413,
    message: `The request body is larger than ${Math.round(limit / 1024)} KB.`,
  });

/** 256 KB for posting an article, 16 KB for everything else (sizes from the config). */
export const bodyLimits = (deps: AppDeps): MiddlewareHandler<AppEnv> => {
  const article = bodyLimit({
    maxSize: deps.config.articleBodyLimit,
    onError: () => {
      throw tooLarge(deps.config.articleBodyLimit);
    },
  });
  const other = bodyLimit({
    maxSize: deps.config.bodyLimit,
    onError: () => {
      throw tooLarge(deps.config.bodyLimit);
    },
  });
  return (c, next) => (ARTICLE_PATHS.test(c.req.path) ? article(c, next) : other(c, next));
};
