import { Hono } from "hono";
import {
  addArticle,
  archiveArticle,
  getArticle,
  listArticles,
  regenerateArticle,
} from "../../service";
import type { AppDeps, AppEnv } from "../context";
import { idParam, readJson, readNothing, respond } from "./json";

export const articlesApi = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .post("/", async (c) =>
      respond(c, await addArticle(deps, c.get("user"), await readJson(c)), 201),
    )
    .get("/", async (c) =>
      respond(c, await listArticles(deps, c.req.query()), 200, (articles) => ({ articles })),
    )
    .get("/:id", async (c) =>
      respond(c, await getArticle(deps, idParam(c)), 200, (article) => ({ article })),
    )
    .post("/:id/regenerate", async (c) => {
      await readNothing(c);
      return respond(c, await regenerateArticle(deps, c.get("user"), idParam(c)));
    })
    .post("/:id/archive", async (c) => {
      await readNothing(c);
      return respond(c, await archiveArticle(deps, c.get("user"), idParam(c)), 200, (article) => ({
        article,
      }));
    });
