// What every use case needs, injected: storage, the generator, the clock and settings.
import type { AppConfig } from "../config";
import type {
  ArticleInput,
  CleanArticle,
  GenerateOptions,
  GenerationResult,
} from "../generator/types";
import type { RandomInt } from "../quiz/shuffle";
import type { Store } from "../storage/db";

export type GenerateFn = (article: ArticleInput, options?: GenerateOptions) => GenerationResult;
export type CleanFn = (article: { title: string; body: string }) => CleanArticle;
export type SuggestCategoryFn = (article: ArticleInput) => string;
export type Clock = () => Date;

/** The generator's entry points, injected so the service layer can be built and tested alone. */
export interface ArticleGenerator {
  generate: GenerateFn;
  clean: CleanFn;
  suggestCategory: SuggestCategoryFn;
  categories: readonly string[];
}

export interface ServiceDeps {
  store: Store;
  generator: ArticleGenerator;
  clock: Clock;
  config: AppConfig;
  /** Random integers in [0, max) for option shuffling; crypto-backed in production. */
  randomInt: RandomInt;
}
