import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testConfig } from "../../src/config";
import { demoArticles } from "../../src/demo/articles";
import { archiveArticle, home, listArticles } from "../../src/service";
import { SYSTEM_ACTOR } from "../../src/service/rights";
import { seedArticles } from "../../src/service/seed";
import { openStore, type Store } from "../../src/storage";
import type { AppDeps } from "../../src/web/context";
import { createDeps } from "../../src/web/deps";

let store: Store;
let deps: AppDeps;
beforeEach(() => {
  store = openStore(":memory:");
  deps = createDeps({ store, config: testConfig(), clock: () => new Date("2026-11-28T09:00:00Z") });
});
afterEach(() => store.close());

describe("seedArticles", () => {
  it("adds the demo articles with questions on first run only", async () => {
    expect(await seedArticles(deps, demoArticles)).toBe(demoArticles.length);
    expect(await seedArticles(deps, demoArticles)).toBe(0);
    const listed = await listArticles(deps);
    if (!listed.ok) throw new Error("list failed");
    expect(listed.value).toHaveLength(demoArticles.length);
    expect(listed.value.filter((a) => a.questionCount > 0).length).toBeGreaterThanOrEqual(
      demoArticles.length - 1,
    );
    expect(listed.value.map((a) => a.category).sort()).toEqual(
      demoArticles.map((a) => a.category).sort(),
    );
  });
});

describe("home", () => {
  it("answers with nothing on an empty database", async () => {
    const view = await home(deps);
    expect(view.ok && view.value).toMatchObject({ latest: null, byCategory: [], byMonth: [] });
  });

  it("groups quizzes by category and by month, newest first, without archived ones", async () => {
    await seedArticles(deps, demoArticles);
    const view = await home(deps);
    if (!view.ok) throw new Error("home failed");
    const newest = [...demoArticles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0];
    expect(view.value.latest?.title).toBe(newest?.title);
    const months = view.value.byMonth.map((m) => m.month);
    expect(months).toEqual([...months].sort().reverse());
    expect(view.value.byMonth[0]?.label).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    expect(view.value.schemes.map((s) => s.id)).toEqual([
      "cds",
      "afcat",
      "nda",
      "upsc",
      "ssc",
      "practice",
    ]);
    const latestId = view.value.latest?.id ?? 0;
    await archiveArticle(deps, SYSTEM_ACTOR, latestId);
    const after = await home(deps);
    if (!after.ok) throw new Error("home failed");
    expect(after.value.latest?.id).not.toBe(latestId);
    const ids = after.value.byCategory.flatMap((group) => group.articles.map((a) => a.id));
    expect(ids).not.toContain(latestId);
  });
});
