import { describe, expect, it } from "vitest";
import { AdminArticleFormPage } from "../../../src/web/views/admin-article-form-page";
import { AdminArticlesPage } from "../../../src/web/views/admin-articles-page";
import { AdminQuestionEditPage } from "../../../src/web/views/admin-question-edit-page";
import { AdminReviewPage } from "../../../src/web/views/admin-review-page";
import { ArticlePage } from "../../../src/web/views/article-page";
import { LoginPage, RegisterPage, SetupPage } from "../../../src/web/views/auth-pages";
import { ErrorPage } from "../../../src/web/views/error-page";
import { HistoryPage } from "../../../src/web/views/history-page";
import { HomePage } from "../../../src/web/views/home";
import { CategoriesPage, ListingPage } from "../../../src/web/views/listing-page";
import { MistakesPage } from "../../../src/web/views/mistakes-page";
import { QuizPage } from "../../../src/web/views/quiz-page";
import { ResultPage } from "../../../src/web/views/result-page";
import {
  admin,
  adminQuestions,
  anonymous,
  article,
  aspirant,
  attemptResult,
  HOSTILE,
  liveQuestion,
  quizAttempt,
  quizQuestions,
  resultQuestions,
  schemes,
  skippedResult,
  wrongResult,
} from "./fixtures";
import { cspViolations, postForms, render } from "./render";

const adminRow = { ...article, archived: false, addedAt: "2026-11-21T09:00:00.000Z" };

const pages = {
  home: () => (
    <HomePage
      page={aspirant}
      latest={{ ...article, title: HOSTILE }}
      recent={[article]}
      categories={[{ name: "Economy", articleCount: 1 }]}
      months={[{ month: "2026-11", articleCount: 1 }]}
      schemes={schemes}
      defaultScheme="cds"
    />
  ),
  article: () => (
    <ArticlePage page={aspirant} article={article} schemes={schemes} defaultScheme="cds" />
  ),
  quiz: () => <QuizPage page={aspirant} attempt={quizAttempt} questions={quizQuestions} />,
  result: () => <ResultPage page={aspirant} result={attemptResult} questions={resultQuestions} />,
  mistakes: () => (
    <MistakesPage
      page={aspirant}
      mistakes={[
        { ...wrongResult, answeredAt: "2026-11-28T15:01:35.000Z", cleared: false },
        { ...skippedResult, answeredAt: "2026-11-27T10:00:00.000Z", cleared: true },
      ]}
    />
  ),
  history: () => (
    <HistoryPage
      page={aspirant}
      attempts={[
        {
          id: "att_9f2c",
          title: article.title,
          schemeLabel: "CDS style",
          score: attemptResult.score,
          maxScore: attemptResult.maxScore,
          correct: 1,
          wrong: 1,
          skipped: 1,
          startedAt: "2026-11-28T15:00:00.000Z",
          submitted: true,
        },
      ]}
      byCategory={[{ label: "Economy", correct: 1, answered: 2, skipped: 1 }]}
      byType={[{ label: "Where", correct: 1, answered: 1, skipped: 0 }]}
    />
  ),
  login: () => <LoginPage page={aspirant} username={HOSTILE} message="Wrong password." />,
  register: () => <RegisterPage page={aspirant} errors={{ username: "Taken." }} />,
  setup: () => <SetupPage page={aspirant} token="tok" />,
  adminArticles: () => <AdminArticlesPage page={admin} articles={[adminRow]} />,
  adminNew: () => (
    <AdminArticleFormPage
      page={admin}
      categories={["Economy", "Defence"]}
      values={{ title: HOSTILE, body: "Body text" }}
      errors={{ sourceUrl: "Give an http:// or https:// address." }}
      message="Give an http:// or https:// address."
    />
  ),
  adminReview: () => (
    <AdminReviewPage
      page={admin}
      article={{ ...adminRow, sourceUrl: null }}
      questions={adminQuestions}
    />
  ),
  adminEdit: () => <AdminQuestionEditPage page={admin} question={liveQuestion} articleId={7} />,
  categories: () => (
    <CategoriesPage page={aspirant} categories={[{ name: "Economy", articleCount: 2 }]} />
  ),
  listing: () => (
    <ListingPage
      page={aspirant}
      title="Economy"
      articles={[article]}
      category="Economy"
      schemes={schemes}
      defaultScheme="cds"
    />
  ),
  error404: () => <ErrorPage page={aspirant} status={404} message={HOSTILE} />,
};

describe("every view", () => {
  it.each(Object.entries(pages))("%s renders a complete page CSP allows", async (_, page) => {
    const html = await render(page());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<main id="main"');
    expect(html).toMatch(/<link rel="stylesheet" href="\/static\/app\.css\?v=[0-9a-f]{12}"/);
    expect(cspViolations(html)).toEqual([]);
  });

  it.each(Object.entries(pages))("%s puts the CSRF token in every POST form", async (_, page) => {
    const html = await render(page());
    const forms = postForms(html);
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms)
      expect(form).toMatch(/name="_csrf" value="csrf-(aspirant|admin)-token"/);
  });

  it.each(Object.entries(pages))("%s escapes user text", async (_, page) => {
    const html = await render(page());
    expect(html).not.toContain("<img src=x");
  });
});

describe("quiz page", () => {
  it("is one plain form with radios and no answer key", async () => {
    const html = await render(pages.quiz());
    expect(html.match(/<form/g)?.length).toBe(2); // the quiz and the nav's log-out form
    expect(html).toContain('action="/attempts/att_9f2c/submit"');
    expect(html.match(/type="radio"/g)?.length).toBe(8);
    expect(html).toContain('name="answer-101" value="0"');
    expect(html).not.toMatch(/correct|answerIndex|data-answer|<!--/i);
    expect(html).toContain('data-remaining="118"');
    expect(html).toContain('<script src="/static/quiz.js?v=');
  });

  it("shows the server's time left", async () => {
    const html = await render(pages.quiz());
    expect(html).toContain(">01:59<");
  });
});

describe("result page", () => {
  it.each([
    ["exact score", "2/3"],
    ["maximum", "/ 3"],
    ["decimal", "(0.67)"],
    ["time taken", "1 min 35 s"],
    ["as-of date", "As of 20 November 2026"],
    ["article link", 'href="/articles/7"'],
    ["correct verdict", "badge-correct"],
    ["wrong verdict", "badge-wrong"],
    ["skipped verdict", "badge-skipped"],
    ["practise button", 'value="mistakes"'],
  ])("shows the %s", async (_, text) => {
    expect(await render(pages.result())).toContain(text);
  });

  it("marks the key and the wrong choice", async () => {
    const html = await render(pages.result());
    expect(html.match(/is-key/g)?.length).toBe(3);
    expect(html.match(/is-chosen-wrong/g)?.length).toBe(1);
  });
});

describe("nav", () => {
  it.each([
    [
      "anonymous",
      anonymous,
      ['href="/login"', 'href="/register"'],
      ['href="/admin"', 'href="/mistakes"', 'action="/logout"'],
    ],
    [
      "aspirant",
      aspirant,
      ['href="/mistakes"', 'href="/history"', 'action="/logout"'],
      ['href="/admin"', 'href="/login"'],
    ],
    ["admin", admin, ['href="/admin"', 'action="/logout"'], ['href="/login"']],
  ])("for %s", async (_, page, present, absent) => {
    const html = await render(<ErrorPage page={page} status={404} />);
    const header = html.slice(html.indexOf("<header"), html.indexOf("</header>"));
    for (const text of present) expect(header).toContain(text);
    for (const text of absent) expect(header).not.toContain(text);
  });
});

describe("error page", () => {
  it.each([
    [400, "needs fixing", false],
    [401, "Please log in", true],
    [403, "do not have access", true],
    [404, "not found", false],
    [413, "too large", false],
    [429, "Too many requests", false],
    [500, "went wrong", false],
  ])("%i says what happened", async (status, text, login) => {
    const html = await render(<ErrorPage page={aspirant} status={status} />);
    expect(html).toContain(text);
    expect(html.includes('href="/login?next=')).toBe(login);
  });
});

describe("forms keep the user's input", () => {
  it("add-article form refills values and marks the field at fault", async () => {
    const html = await render(pages.adminNew());
    expect(html).toContain("Body text</textarea>");
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain("f-sourceUrl-error");
  });

  it.each([
    [undefined, "Economy", 'value="Economy" selected'],
    ["Defence", "Economy", 'value="Defence" selected'],
    [undefined, undefined, 'value="" selected'],
  ])("category %s with suggestion %s pre-selects it", async (category, suggested, expected) => {
    const html = await render(
      <AdminArticleFormPage
        page={admin}
        categories={["Economy", "Defence"]}
        values={category ? { category } : {}}
        suggestedCategory={suggested}
      />,
    );
    expect(html).toContain(expected);
  });
});
