import { Hono } from "hono";
import { editQuestion, rejectQuestion } from "../../service";
import type { AppDeps, AppEnv } from "../context";
import { idParam, readJson, readNothing, respond } from "./json";

export const questionsApi = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .patch("/:id", async (c) =>
      respond(
        c,
        await editQuestion(deps, c.get("user"), idParam(c), await readJson(c)),
        200,
        (question) => ({ question }),
      ),
    )
    .post("/:id/reject", async (c) => {
      await readNothing(c);
      return respond(c, await rejectQuestion(deps, c.get("user"), idParam(c)), 200, (question) => ({
        question,
      }));
    });
