import { Hono } from "hono";
import { history, listMistakes } from "../../service";
import type { AppDeps, AppEnv } from "../context";
import { HttpError } from "../errors";
import { respond } from "./json";

export const meApi = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .get("/", (c) => {
      const user = c.get("user");
      if (user === null) {
        throw new HttpError({ code: "unauthenticated", status: 401, message: "Not signed in." });
      }
      return c.json({ user, csrfToken: c.get("csrfToken") });
    })
    .get("/mistakes", async (c) =>
      respond(
        c,
        await listMistakes(deps, c.get("user"), { includeCleared: c.req.query("all") === "1" }),
        200,
        (mistakes) => ({ mistakes }),
      ),
    )
    .get("/history", async (c) => respond(c, await history(deps, c.get("user"))));
