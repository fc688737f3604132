import { Hono } from "hono";
import { getAttempt, startAttempt, submitAttempt } from "../../service";
import type { AttemptView } from "../../service/views";
import type { AppDeps, AppEnv } from "../context";
import { rateLimit } from "../middleware/rate-limit";
import { readJson, respond } from "./json";

const questionBody = ({
  id,
  position,
  type,
  stem,
  options,
  articleId,
  category,
  asOf,
}: AttemptView["questions"][number]) => ({
  id,
  position,
  type,
  stem,
  options,
  articleId,
  category,
  asOf,
});

/** The open attempt as the taker sees it: no answer key anywhere. */
const startBody = (view: AttemptView) => ({
  attempt: view.attempt,
  questions: view.questions.map(questionBody),
});

const viewBody = (view: AttemptView) => ({ ...view, questions: view.questions.map(questionBody) });

export const attemptsApi = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .post("/", rateLimit(deps, "start"), async (c) =>
      respond(
        c,
        await startAttempt(deps, c.get("user"), await readJson(c, { optional: true })),
        201,
        startBody,
      ),
    )
    .get("/:id", async (c) =>
      respond(c, await getAttempt(deps, c.get("user"), c.req.param("id")), 200, viewBody),
    )
    .post("/:id/submit", rateLimit(deps, "submit"), async (c) =>
      respond(
        c,
        await submitAttempt(
          deps,
          c.get("user"),
          c.req.param("id"),
          await readJson(c),
          c.get("receivedAt"),
        ),
      ),
    );
