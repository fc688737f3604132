import { describe, expect, it } from "vitest";
import { articleInput } from "../../../src/web/pages/admin-pages";
import { questionField, questionInput } from "../../../src/web/pages/admin-question-pages";
import { formErrors } from "../../../src/web/pages/auth-pages";
import { safeNext } from "../../../src/web/pages/page-context";
import { startInput, submitInput } from "../../../src/web/pages/quiz-pages";

describe("startInput", () => {
  it.each([
    [
      { articleId: "7", scheme: "cds", count: "10", _csrf: "t" },
      { articleId: 7, scheme: "cds", count: 10 },
    ],
    [{ category: "Defence" }, { category: "Defence" }],
    [
      { mode: "mistakes", scheme: "practice" },
      { mode: "mistakes", scheme: "practice" },
    ],
    // Malformed numbers pass through as text so the service's schema names the field.
    [{ articleId: "7x", count: "" }, { articleId: "7x" }],
    [{}, {}],
  ])("%o → %o", (form, expected) => {
    expect(startInput(form)).toEqual(expected);
  });
});

describe("submitInput", () => {
  it.each([
    [
      { "answer-12": "0", "answer-13": "3", _csrf: "t" },
      [
        { questionId: 12, choice: 0 },
        { questionId: 13, choice: 3 },
      ],
    ],
    [{ "review-12": "1", "answer-12": "2" }, [{ questionId: 12, choice: 2 }]],
    [{ "answer-12": "" }, [{ questionId: 12, choice: null }]],
    // Out-of-range choices are kept invalid so the service refuses them.
    [{ "answer-12": "4" }, [{ questionId: 12, choice: -1 }]],
    [{ "answer-x": "1", answer: "1" }, []],
  ])("%o → %o", (form, answers) => {
    expect(submitInput(form)).toEqual({ answers });
  });
});

describe("articleInput", () => {
  it.each([
    [
      {
        title: "T",
        body: "B",
        publishedAt: "2026-11-01",
        sourceUrl: " https://a.example ",
        category: "Economy",
      },
      {
        title: "T",
        body: "B",
        publishedAt: "2026-11-01",
        sourceUrl: "https://a.example",
        category: "Economy",
      },
    ],
    [
      { title: "T", body: "B", publishedAt: "", sourceUrl: "  ", category: "" },
      { title: "T", body: "B" },
    ],
    [{ _csrf: "t" }, { title: "", body: "" }],
  ])("%o → %o", (form, expected) => {
    expect(articleInput(form)).toEqual(expected);
  });
});

describe("questionInput and questionField", () => {
  it.each([
    [{ stem: "S", option0: "a", option1: "b", option2: "c", option3: "d", answerIndex: "2" }, 2],
    [{ stem: "S", answerIndex: "9" }, -1],
    [{ stem: "S" }, -1],
  ])("%o → answerIndex %i", (form, answerIndex) => {
    expect(questionInput(form)).toMatchObject({ answerIndex, options: expect.any(Array) });
  });

  it.each([
    ["options.2", "option2"],
    ["options", "option0"],
    ["stem", "stem"],
    ["answerIndex", "answerIndex"],
    [undefined, undefined],
  ])("%s → %s", (field, expected) => {
    expect(questionField(field)).toBe(expected);
  });
});

describe("safeNext", () => {
  it.each([
    ["/history", "/history"],
    ["/articles/7?x=1", "/articles/7?x=1"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ['/a"><script>', "/"],
    [undefined, "/"],
  ])("%s → %s", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});

describe("formErrors", () => {
  it.each([
    [{ field: "username" }, { username: "m" }],
    [{ field: "answers.2.choice" }, { answers: "m" }],
    [{}, {}],
  ])("%o → %o", (extra, errors) => {
    expect(formErrors({ code: "c", status: 400, message: "m", ...extra })).toEqual({
      errors,
      message: "m",
    });
  });
});
