// Taking a quiz: start (a guest identity is made on the spot for anonymous visitors), the timed
// form, submission, and the result.
import { Hono } from "hono";
import { getArticle, getAttempt, startAttempt, startGuest, submitAttempt } from "../../service";
import type { AttemptView } from "../../service/views";
import type { AppDeps, AppEnv } from "../context";
import { HttpError } from "../errors";
import { checkRateLimit, rateLimit } from "../middleware/rate-limit";
import { setSessionCookie } from "../session-cookie";
import { QuizPage } from "../views/quiz-page";
import { ResultPage } from "../views/result-page";
import { errorPage, type PageCtx, pageContext, readForm } from "./page-context";
import { attemptTitle, exact, schemeMarks, toResultQuestion } from "./view-models";

/** The start form's fields as the service's input: only what was sent, numbers as numbers. */
export const startInput = (form: Record<string, string>): Record<string, unknown> => {
  const input: Record<string, unknown> = {};
  const number = (text: string) => (/^\d{1,9}$/.test(text) ? Number(text) : text);
  if (form.articleId) input.articleId = number(form.articleId);
  if (form.category) input.category = form.category;
  if (form.mode) input.mode = form.mode;
  if (form.count) input.count = number(form.count);
  if (form.scheme) input.scheme = form.scheme;
  return input;
};

/** `answer-<questionId>=<0..3>` fields as the service's answers; other fields are ignored. */
export const submitInput = (form: Record<string, string>) => ({
  answers: Object.entries(form)
    .filter(([name]) => /^answer-\d{1,10}$/.test(name))
    .map(([name, value]) => ({
      questionId: Number(name.slice("answer-".length)),
      choice: /^[0-3]$/.test(value) ? Number(value) : value === "" ? null : -1,
    })),
});

const titleFor = async (deps: AppDeps, view: AttemptView): Promise<string> => {
  const { attempt } = view;
  if (attempt.mode !== "article" || attempt.articleId === null) return attemptTitle(attempt, null);
  // Each question carries its article's title: no need to fetch the article for it.
  const shown = view.questions.find((q) => q.articleId === attempt.articleId);
  if (shown !== undefined) return attemptTitle(attempt, shown.articleTitle);
  const article = await getArticle(deps, attempt.articleId);
  return attemptTitle(attempt, article.ok ? article.value.title : null);
};

const showAttempt = async (c: PageCtx, deps: AppDeps, view: AttemptView) => {
  const title = await titleFor(deps, view);
  const { attempt, result } = view;
  if (result === null) {
    return c.html(
      <QuizPage
        page={pageContext(c)}
        attempt={{
          id: attempt.id,
          title,
          schemeLabel: attempt.schemeLabel,
          deadline: attempt.deadline,
          remainingSeconds: attempt.secondsLeft,
        }}
        questions={view.questions.map((q) => ({ id: q.id, stem: q.stem, options: q.options }))}
      />,
    );
  }
  return c.html(
    <ResultPage
      page={pageContext(c)}
      result={{
        id: attempt.id,
        title,
        schemeLabel: attempt.schemeLabel,
        schemeMarks: schemeMarks(attempt.scheme),
        score: exact(result.scoreExact),
        maxScore: exact(result.maxScoreExact),
        correct: result.correct,
        wrong: result.wrong,
        skipped: result.skipped,
        timeTakenSeconds: result.timeTakenSeconds,
        submittedAt: result.submittedAt,
        late: result.late,
        mode: attempt.mode === "latest" ? "article" : attempt.mode,
        // In practice, every correct answer clears that mistake.
        cleared: attempt.mode === "mistakes" && !result.late ? result.correct : 0,
      }}
      questions={result.results.map(toResultQuestion)}
    />,
  );
};

export const quizPages = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .post("/attempts", async (c) => {
      const form = await readForm(c);
      // Before any guest is created: a refused start leaves nothing behind (per IP, and per user
      // when signed in; a new guest's own count starts with its next quiz).
      const startLimited = checkRateLimit(c, deps, "start");
      if (startLimited !== null) throw new HttpError(startLimited);
      let user = c.get("user");
      if (user === null) {
        const limited = checkRateLimit(c, deps, "guest");
        if (limited !== null) throw new HttpError(limited);
        const guest = await startGuest(deps, c.get("sessionToken"));
        if (!guest.ok) return errorPage(c, guest.error);
        setSessionCookie(c, guest.value, deps.config);
        user = guest.value.user;
      }
      const result = await startAttempt(deps, user, startInput(form));
      if (!result.ok) return errorPage(c, result.error);
      return c.redirect(`/attempts/${encodeURIComponent(result.value.attempt.id)}`, 303);
    })
    .get("/attempts/:id", async (c) => {
      const result = await getAttempt(deps, c.get("user"), c.req.param("id"));
      if (!result.ok) return errorPage(c, result.error);
      return showAttempt(c, deps, result.value);
    })
    .post("/attempts/:id/submit", rateLimit(deps, "submit"), async (c) => {
      const id = c.req.param("id");
      const input = submitInput(await readForm(c));
      const result = await submitAttempt(deps, c.get("user"), id, input, c.get("receivedAt"));
      if (!result.ok) return errorPage(c, result.error);
      return c.redirect(`/attempts/${encodeURIComponent(id)}`, 303);
    });
