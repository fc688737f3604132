// Admin pages for one question: edit its stem, options and answer, or reject it.
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { editQuestion, getAdminArticle, parseId, rejectQuestion } from "../../service";
import type { AppDeps, AppEnv } from "../context";
import { AdminQuestionEditPage } from "../views/admin-question-edit-page";
import type { AdminQuestion } from "../views/models";
import { adminOf, adminOnly } from "./admin-guard";
import { errorPage, type PageCtx, pageContext, readForm, redirectDone } from "./page-context";
import { toAdminQuestion } from "./view-models";

const notFound = { code: "not-found", status: 404, message: "Not found." } as const;
const PATH = "/admin/articles/:articleId/questions/:questionId";

export const questionInput = (form: Record<string, string>): Record<string, unknown> => ({
  stem: form.stem ?? "",
  options: [0, 1, 2, 3].map((i) => form[`option${i}`] ?? ""),
  answerIndex: /^[0-3]$/.test(form.answerIndex ?? "") ? Number(form.answerIndex) : -1,
});

/** "options.2" → "option2", "options" → "option0": the edit form's field names. */
export const questionField = (field: string | undefined): string | undefined => {
  if (field === undefined) return undefined;
  const option = /^options(?:\.(\d))?/.exec(field);
  return option ? `option${option[1] ?? "0"}` : field.split(".")[0];
};

const ids = (c: PageCtx) => ({
  articleId: parseId(c.req.param("articleId")),
  questionId: parseId(c.req.param("questionId")),
});

/** The question as stored, found through its article (the service reads questions that way). */
const findQuestion = async (
  deps: AppDeps,
  c: PageCtx,
  articleId: number,
  questionId: number,
): Promise<AdminQuestion | null> => {
  const article = await getAdminArticle(deps, adminOf(c), articleId);
  const question = article.ok
    ? article.value.questions.find((q) => q.id === questionId)
    : undefined;
  return question === undefined ? null : toAdminQuestion(question);
};

/** The admin's own input over the stored question, to show it again after a refusal. */
const withInput = (question: AdminQuestion, form: Record<string, string>): AdminQuestion => ({
  ...question,
  stem: form.stem ?? question.stem,
  options: [0, 1, 2, 3].map((i) => form[`option${i}`] ?? question.options[i] ?? ""),
  answerIndex: /^[0-3]$/.test(form.answerIndex ?? "")
    ? Number(form.answerIndex)
    : question.answerIndex,
});

export const adminQuestionPages = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .use("/admin/*", adminOnly)
    .get(`${PATH}/edit`, async (c) => {
      const { articleId, questionId } = ids(c);
      if (articleId === null || questionId === null) return errorPage(c, notFound);
      const question = await findQuestion(deps, c, articleId, questionId);
      if (question === null) return errorPage(c, notFound);
      return c.html(
        <AdminQuestionEditPage page={pageContext(c)} question={question} articleId={articleId} />,
      );
    })
    .post(PATH, async (c) => {
      const { articleId, questionId } = ids(c);
      if (articleId === null || questionId === null) return errorPage(c, notFound);
      const form = await readForm(c);
      const result = await editQuestion(deps, adminOf(c), questionId, questionInput(form));
      if (result.ok) return redirectDone(c, `/admin/articles/${articleId}`, "edited");
      const question = await findQuestion(deps, c, articleId, questionId);
      if (question === null) return errorPage(c, result.error);
      const field = questionField(result.error.field);
      return c.html(
        <AdminQuestionEditPage
          page={pageContext(c)}
          question={withInput(question, form)}
          articleId={articleId}
          errors={field ? { [field]: result.error.message } : {}}
          message={result.error.message}
        />,
        result.error.status as ContentfulStatusCode,
      );
    })
    .post(`${PATH}/reject`, async (c) => {
      const { articleId, questionId } = ids(c);
      if (articleId === null || questionId === null) return errorPage(c, notFound);
      const result = await rejectQuestion(deps, adminOf(c), questionId);
      if (!result.ok) return errorPage(c, result.error);
      return redirectDone(c, `/admin/articles/${articleId}`, "rejected");
    });
