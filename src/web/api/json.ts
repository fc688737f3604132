// Reading JSON bodies and answering with service results, the same way on every API route.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { emptySchema, parseId } from "../../service";
import type { Result } from "../../service/result";
import { validate } from "../../service/validate";
import type { AppEnv } from "../context";
import { HttpError } from "../errors";

/** The parsed JSON body: 415 for another content type, 400 for malformed JSON. */
export const readJson = async (c: Context<AppEnv>, options: { optional?: boolean } = {}) => {
  const text = await c.req.text();
  if (options.optional && text.trim() === "") return {};
  const contentType = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    throw new HttpError({
      code: "unsupported-media-type",
      status: 415,
      message: "Send JSON with Content-Type: application/json.",
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError({
      code: "malformed-json",
      status: 400,
      message: "The body is not valid JSON.",
    });
  }
};

/** For routes without input: no body, or an empty JSON object; anything else is a 400. */
export const readNothing = async (c: Context<AppEnv>): Promise<void> => {
  const valid = validate(emptySchema, await readJson(c, { optional: true }));
  if (!valid.ok) throw new HttpError(valid.error);
};

/** JSON of the value with `status`, or the error as `{error: {code, message, field?}}`. */
export const respond = <T>(
  c: Context<AppEnv>,
  result: Result<T>,
  status: ContentfulStatusCode = 200,
  shape: (value: T) => unknown = (value) => value,
): Response => {
  if (!result.ok) throw new HttpError(result.error);
  return c.json(shape(result.value) as object, status);
};

/** A numeric path id, or a 404 (an id that cannot exist names nothing). */
export const idParam = (c: Context<AppEnv>, name = "id"): number => {
  const id = parseId(c.req.param(name));
  if (id === null) throw new HttpError({ code: "not-found", status: 404, message: "Not found." });
  return id;
};
