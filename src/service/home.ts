import { MONTH_NAMES as MONTHS } from "../../questions/calendar";
import { SCHEME_IDS, SCHEMES } from "../quiz";
import { listArticles as listArticleRows } from "../storage";
import { monthOf } from "./articles";
import type { ServiceDeps } from "./deps";
import { summaryOf } from "./mappers";
import { ok, type Result } from "./result";
import type { ArticleSummary, HomeView, MonthGroup } from "./views";

const monthLabel = (month: string): string => {
  const [year, number] = month.split("-");
  return `${MONTHS[Number(number) - 1] ?? month} ${year}`;
};

const groupBy = <T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
};

/** What the home page shows: the latest quiz, quizzes by category and by month. */
export const home = async (deps: ServiceDeps): Promise<Result<HomeView>> => {
  const articles: ArticleSummary[] = (await listArticleRows(deps.store)).map(summaryOf);
  const withQuestions = articles.filter((a) => a.questionCount > 0);
  const byCategory = groupBy(withQuestions, (a) => a.category);
  const categories = [
    ...deps.generator.categories,
    ...[...byCategory.keys()].filter((c) => !deps.generator.categories.includes(c)),
  ];
  const byMonth: MonthGroup[] = [...groupBy(withQuestions, monthOf).entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, list]) => ({ month, label: monthLabel(month), articles: list }));
  return ok({
    latest: withQuestions[0] ?? null,
    byCategory: categories
      .filter((category) => byCategory.has(category))
      .map((category) => ({ category, articles: byCategory.get(category) ?? [] })),
    byMonth,
    categories: deps.generator.categories,
    schemes: SCHEME_IDS.map((id) => ({ id, label: SCHEMES[id].label })),
  });
};
