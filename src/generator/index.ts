// The generator's public API.
import { knowledge } from "../../questions/knowledge";
import { generateWith } from "./generate";
import type {
  AnalysedArticle,
  ArticleInput,
  EntityPool,
  GenerateOptions,
  GenerationResult,
  OrganisationEntity,
  PersonEntity,
  PlaceEntity,
} from "./types";

export { analyseArticle } from "./analyse";
export { DEFAULT_MAX_QUESTIONS, defaultSeed, generateFromAnalysis, generateWith } from "./generate";
export { createRandom, hashString, shuffle } from "./random";
export { defaultRules } from "./rules/index";
export type * from "./types";
export { REJECT_REASONS } from "./types";

/** Pools of several articles joined into one. */
export const mergePools = (pools: readonly EntityPool[]): EntityPool => ({
  people: pools.flatMap((p) => p.people),
  places: pools.flatMap((p) => p.places),
  organisations: pools.flatMap((p) => p.organisations),
});

/** An analysed article's entities, for other articles' distractors. */
export const entityPoolOf = (article: AnalysedArticle): EntityPool => ({
  people: article.entities.filter((e): e is PersonEntity => e.kind === "person"),
  places: article.entities.filter((e): e is PlaceEntity => e.kind === "place"),
  organisations: article.entities.filter((e): e is OrganisationEntity => e.kind === "organisation"),
});

/**
 * Questions for one article. Defaults: the knowledge in questions/, the default rules, 12
 * questions, a seed derived from the article text; the reference date is the article's own
 * published date, else options.referenceDate.
 */
export { knowledge as defaultKnowledge };

export const generateQuestions = (
  article: ArticleInput,
  options: GenerateOptions = {},
): GenerationResult =>
  generateWith(article, { ...options, knowledge: options.knowledge ?? knowledge });
