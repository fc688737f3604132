// A generator fault must never lose the admin's article or surface as a 500: the article is kept
// with a note. The faults are injected around the real generator.
import { afterEach, describe, expect, it } from "vitest";
import { testConfig } from "../../src/config";
import { demoArticles } from "../../src/demo/articles";
import { addArticle } from "../../src/service";
import { realGenerator } from "../../src/service/real-generator";
import { SYSTEM_ACTOR } from "../../src/service/rights";
import { openStore, type Store } from "../../src/storage";
import { createDeps } from "../../src/web/deps";

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});
const explode = () => {
  throw new Error("injected fault");
};
const article = demoArticles[2];

describe("addArticle with a failing generator stage", () => {
  it.each([
    ["generate", { ...realGenerator, generate: explode }, /generator failed/],
    ["clean", { ...realGenerator, clean: explode }, /./],
  ])("keeps the article when %s throws", async (_stage, generator, note) => {
    const store = openStore(":memory:");
    stores.push(store);
    const deps = createDeps({ store, config: testConfig(), generator });
    const result = await addArticle(deps, SYSTEM_ACTOR, {
      title: article?.title,
      body: article?.body,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.article.rawBody).toBe(article?.body);
    expect(result.value.article.paragraphs.length).toBeGreaterThan(0);
    if (result.value.questions.length === 0) expect(result.value.article.note).toMatch(note);
  });

  it("with the real generator stores questions and no note", async () => {
    const store = openStore(":memory:");
    stores.push(store);
    const result = await addArticle(createDeps({ store, config: testConfig() }), SYSTEM_ACTOR, {
      title: article?.title,
      body: article?.body,
      publishedAt: article?.publishedAt,
    });
    expect(result.ok && result.value.questions.length).toBeGreaterThan(0);
    expect(result.ok && result.value.article.note).toBeNull();
  });
});
