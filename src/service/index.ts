// Use cases shared by the JSON API and the pages. Each takes the deps, the acting user (or null)
// and unvalidated input, and returns a Result: { ok: true, value } | { ok: false, error }.
export {
  addArticle,
  archiveArticle,
  getAdminArticle,
  getArticle,
  listAdminArticles,
  listArticles,
  monthOf,
  regenerateArticle,
} from "./articles";
export { LATE_MESSAGE } from "./attempt-view";
export { getAttempt, startAttempt, submitAttempt } from "./attempts";
export { login, logout, openSession, register, resolveSession, startGuest } from "./auth";
export type { ArticleGenerator, Clock, ServiceDeps } from "./deps";
export { history } from "./history";
export { home } from "./home";
export { listMistakes } from "./mistakes";
export { editQuestion, rejectQuestion } from "./questions";
export { type ErrorStatus, fail, ok, type Result, type ServiceError } from "./result";
export * from "./schemas";
export { type AdminStatus, checkSetupToken, ensureAdmin, setupAdmin } from "./setup";
export { csrfTokenFor } from "./tokens";
export type * from "./views";

/** "12" -> 12; anything else (including "12abc", "0", huge numbers) -> null. */
export const parseId = (text: string | undefined): number | null => {
  if (text === undefined || !/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= 2_147_483_647 ? id : null;
};
