// The aspirant's own pages: mistakes and history.
import { Hono } from "hono";
import { history, listMistakes } from "../../service";
import type { AppDeps, AppEnv } from "../context";
import { HistoryPage } from "../views/history-page";
import { MistakesPage } from "../views/mistakes-page";
import { errorPage, pageContext } from "./page-context";
import { toAccuracyRow, toAttemptSummary, toMistake, typeLabel } from "./view-models";

export const mePages = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .get("/mistakes", async (c) => {
      const result = await listMistakes(deps, c.get("user"), { includeCleared: true });
      if (!result.ok) return errorPage(c, result.error);
      return c.html(<MistakesPage page={pageContext(c)} mistakes={result.value.map(toMistake)} />);
    })
    .get("/history", async (c) => {
      const result = await history(deps, c.get("user"));
      if (!result.ok) return errorPage(c, result.error);
      const view = result.value;
      return c.html(
        <HistoryPage
          page={pageContext(c)}
          attempts={view.attempts.map(toAttemptSummary)}
          byCategory={view.byCategory.map((a) => toAccuracyRow(a))}
          byType={view.byType.map((a) => toAccuracyRow(a, typeLabel(a.key)))}
        />,
      );
    });
