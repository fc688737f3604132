// First-run content: the demo articles, added (with their questions) only into an empty database.
import { countArticles } from "../storage";
import { addArticle } from "./articles";
import type { ServiceDeps } from "./deps";
import { SYSTEM_ACTOR } from "./rights";

export interface SeedArticle {
  title: string;
  body: string;
  publishedAt?: string;
  sourceUrl?: string;
  category?: string;
}

/** Adds the articles when no article exists yet; returns how many were added. */
export const seedArticles = async (
  deps: ServiceDeps,
  articles: readonly SeedArticle[],
): Promise<number> => {
  if ((await countArticles(deps.store)) > 0) return 0;
  let added = 0;
  for (const article of articles) {
    const category = deps.generator.categories.includes(article.category ?? "")
      ? article.category
      : undefined;
    const result = await addArticle(deps, SYSTEM_ACTOR, { ...article, category });
    if (result.ok) added += 1;
    else console.warn(`demo article "${article.title}" not added: ${result.error.message}`);
  }
  return added;
};
