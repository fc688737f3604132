// Editing, rejecting, regenerating or archiving never changes what a past attempt shows: its
// questions, options, key, choices and score stay as they were given and marked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AddedArticle,
  addArticle,
  asAdmin,
  asAspirant,
  type Client,
  createSecurityApp,
  demoBody,
  type SecurityApp,
  startAttempt,
} from "./harness";

let app: SecurityApp;
let admin: Client;
let taker: Client;
let article: AddedArticle;
let attemptId: string;
let before: { api: unknown; page: string };

const pageText = (html: string) =>
  html.replace(/name="_csrf" value="[^"]+"/g, "").replace(/\?done=\w+/g, "");

beforeAll(async () => {
  app = await createSecurityApp();
  admin = await asAdmin(app);
  taker = await asAspirant(app, "historian");
  article = await addArticle(admin, demoBody(2));
  const started = await startAttempt(taker, { articleId: article.article.id, count: 6 });
  attemptId = started.attempt.id;
  const submitted = await taker.post(`/api/attempts/${attemptId}/submit`, {
    answers: started.questions.map((q, i) => ({ questionId: q.id, choice: i % 4 })),
  });
  expect(submitted.status).toBe(200);
  before = {
    api: (await taker.get(`/api/attempts/${attemptId}`)).body,
    page: pageText((await taker.get(`/attempts/${attemptId}`)).text),
  };
});
afterAll(() => app.close());

describe("a submitted attempt after admin changes", () => {
  it.each([
    [
      "every question edited (stem, options, key)",
      async () => {
        for (const q of article.questions) {
          const reply = await admin.patch(`/api/questions/${q.id}`, {
            stem: `Rewritten ${q.id}?`,
            options: ["W", "X", "Y", "Z"],
            answerIndex: 3,
          });
          expect(reply.status).toBe(200);
        }
      },
    ],
    [
      "every question rejected",
      async () => {
        for (const q of article.questions)
          expect((await admin.post(`/api/questions/${q.id}/reject`)).status).toBe(200);
      },
    ],
    [
      "the article regenerated",
      async () => {
        expect((await admin.post(`/api/articles/${article.article.id}/regenerate`)).status).toBe(
          200,
        );
      },
    ],
    [
      "the article archived",
      async () => {
        expect((await admin.post(`/api/articles/${article.article.id}/archive`)).status).toBe(200);
      },
    ],
  ])("%s: the API view and the result page are unchanged", async (_name, change) => {
    await change();
    expect((await taker.get(`/api/attempts/${attemptId}`)).body).toEqual(before.api);
    expect(pageText((await taker.get(`/attempts/${attemptId}`)).text)).toBe(before.page);
    const history = (await taker.get("/api/me/history")).body.attempts as { id: string }[];
    expect(history.map((a) => a.id)).toContain(attemptId);
  });
});
