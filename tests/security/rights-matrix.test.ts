// Rights matrix: every route of the app (API and pages, enumerated from the router itself) x
// {anonymous, guest, aspirant (the owner of the attempt under test), other aspirant, admin}.
// A refused call (4xx) must also leave articles, questions, attempts and mistakes untouched.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession } from "../../src/service";
import { findUserByUsername } from "../../src/storage";
import { categorySlug } from "../../src/web/views/format";
import { richestDemo } from "../support/demo-ranking";
import {
  ADMIN,
  addArticle,
  asAspirant,
  type Client,
  createSecurityApp,
  demoBody,
  type Reply,
  rowsOf,
  type SecurityApp,
  startAttempt,
} from "./harness";

type Actor = "anonymous" | "guest" | "aspirant" | "other" | "admin";
const ACTORS: Actor[] = ["anonymous", "guest", "other", "admin", "aspirant"];

interface Targets {
  articleId: number;
  questionId: number;
  category: string;
  /** A fresh open attempt owned by "aspirant" (made by `prepare`). */
  attempt(): Promise<{ id: string; answers: { questionId: number; choice: number }[] }>;
  /** A fresh article with questions, for calls that change it (made by `prepare`). */
  article(): Promise<{ id: number; questionId: number }>;
  /** Makes the fresh targets before the call, so the stored-data snapshot excludes them. */
  prepare(needs: { article: boolean }): Promise<void>;
}

type Call = (client: Client, t: Targets, actor: Actor) => Promise<Reply>;
type Expected = Record<Actor, number>;

const all = (status: number): Expected => ({
  anonymous: status,
  guest: status,
  aspirant: status,
  other: status,
  admin: status,
});
const signedIn = (status: number, anonymous = 401): Expected => ({ ...all(status), anonymous });
const adminOnly = (status: number, anonymous = 401): Expected => ({
  anonymous,
  guest: 403,
  aspirant: 403,
  other: 403,
  admin: status,
});
const ownerOnly = (status: number, anonymous = 401): Expected => ({
  anonymous,
  guest: 404,
  aspirant: status,
  other: 404,
  admin: 404,
});

// Page GETs send anonymous visitors to the log-in page (303); page POSTs answer 401.
const MATRIX: Record<string, [Call, Expected]> = {
  "GET /healthz": [(c) => c.get("/healthz"), all(200)],
  "GET /static/app.css": [(c) => c.get("/static/app.css"), all(200)],
  "GET /static/quiz.js": [(c) => c.get("/static/quiz.js"), all(200)],

  "POST /api/auth/register": [
    (c, _t, a) => c.post("/api/auth/register", { username: `new-${a}`, password: "long-secret-1" }),
    all(201),
  ],
  "POST /api/auth/login": [
    (c) => c.post("/api/auth/login", { username: "other", password: "other-password" }),
    all(200),
  ],
  "POST /api/auth/logout": [(c) => c.post("/api/auth/logout"), all(200)],
  "POST /api/auth/guest": [(c) => c.post("/api/auth/guest"), all(201)],
  "GET /api/me": [(c) => c.get("/api/me"), signedIn(200)],
  "GET /api/me/mistakes": [(c) => c.get("/api/me/mistakes"), signedIn(200)],
  "GET /api/me/history": [(c) => c.get("/api/me/history"), signedIn(200)],
  "GET /api/articles": [(c) => c.get("/api/articles"), all(200)],
  "GET /api/articles/:id": [(c, t) => c.get(`/api/articles/${t.articleId}`), all(200)],
  "POST /api/articles": [(c) => c.post("/api/articles", demoBody(3)), adminOnly(201)],
  // Methods nobody serves on the collection: guarded first, then 404 for the admin.
  "PATCH /api/articles": [(c) => c.patch("/api/articles", {}), adminOnly(404)],
  "PUT /api/articles": [(c) => c.request("PUT", "/api/articles", { body: {} }), adminOnly(404)],
  "DELETE /api/articles": [(c) => c.request("DELETE", "/api/articles"), adminOnly(404)],
  "POST /api/articles/:id/regenerate": [
    async (c, t) => c.post(`/api/articles/${(await t.article()).id}/regenerate`),
    adminOnly(200),
  ],
  "POST /api/articles/:id/archive": [
    async (c, t) => c.post(`/api/articles/${(await t.article()).id}/archive`),
    adminOnly(200),
  ],
  "PATCH /api/questions/:id": [
    async (c, t) =>
      c.patch(`/api/questions/${(await t.article()).questionId}`, { stem: "Edited stem?" }),
    adminOnly(200),
  ],
  "POST /api/questions/:id/reject": [
    async (c, t) => c.post(`/api/questions/${(await t.article()).questionId}/reject`),
    adminOnly(200),
  ],
  "POST /api/attempts": [
    (c, t) => c.post("/api/attempts", { articleId: t.articleId, count: 2 }),
    signedIn(201),
  ],
  "GET /api/attempts/:id": [
    async (c, t) => c.get(`/api/attempts/${(await t.attempt()).id}`),
    ownerOnly(200),
  ],
  "POST /api/attempts/:id/submit": [
    async (c, t) => {
      const attempt = await t.attempt();
      return c.post(`/api/attempts/${attempt.id}/submit`, { answers: attempt.answers });
    },
    ownerOnly(200),
  ],

  "GET /": [(c) => c.get("/"), all(200)],
  "GET /categories": [(c) => c.get("/categories"), all(200)],
  "GET /categories/:slug": [(c, t) => c.get(`/categories/${categorySlug(t.category)}`), all(200)],
  "GET /archive/:month": [(c) => c.get("/archive/2026-11"), all(200)],
  "GET /articles/:id": [(c, t) => c.get(`/articles/${t.articleId}`), all(200)],
  // Anonymous visitors become guests on the spot.
  "POST /attempts": [(c, t) => c.form("/attempts", { articleId: String(t.articleId) }), all(303)],
  "GET /attempts/:id": [
    async (c, t) => c.get(`/attempts/${(await t.attempt()).id}`),
    ownerOnly(200, 303),
  ],
  "POST /attempts/:id/submit": [
    async (c, t) => {
      const attempt = await t.attempt();
      const fields = Object.fromEntries(
        attempt.answers.map((a) => [`answer-${a.questionId}`, String(a.choice)]),
      );
      return c.form(`/attempts/${attempt.id}/submit`, fields);
    },
    ownerOnly(303),
  ],
  "GET /mistakes": [(c) => c.get("/mistakes"), signedIn(200, 303)],
  "GET /history": [(c) => c.get("/history"), signedIn(200, 303)],
  "GET /login": [(c) => c.get("/login"), all(200)],
  "POST /login": [
    (c) => c.form("/login", { username: "other", password: "other-password" }),
    all(303),
  ],
  "GET /register": [(c) => c.get("/register"), all(200)],
  "POST /register": [
    (c, _t, a) => c.form("/register", { username: `page-${a}`, password: "long-secret-2" }),
    all(303),
  ],
  "POST /guest": [(c) => c.form("/guest"), all(303)],
  "GET /logout": [(c) => c.get("/logout"), all(200)],
  "POST /logout": [(c) => c.form("/logout"), all(303)],
  // An admin exists, so no set-up link is valid: nobody can claim the admin account this way.
  "GET /setup/:token": [(c) => c.get(`/setup/${"a".repeat(43)}`), all(404)],
  "POST /setup/:token": [
    (c) => c.form(`/setup/${"a".repeat(43)}`, { username: "intruder", password: "long-secret-3" }),
    all(404),
  ],
  "GET /admin": [(c) => c.get("/admin"), adminOnly(200, 303)],
  "GET /admin/articles/new": [(c) => c.get("/admin/articles/new"), adminOnly(200, 303)],
  "POST /admin/articles": [
    (c) => {
      const body = demoBody(4);
      return c.form("/admin/articles", { title: body.title, body: body.body });
    },
    adminOnly(303),
  ],
  "GET /admin/articles/:articleId": [
    (c, t) => c.get(`/admin/articles/${t.articleId}`),
    adminOnly(200, 303),
  ],
  "POST /admin/articles/:articleId/regenerate": [
    async (c, t) => c.form(`/admin/articles/${(await t.article()).id}/regenerate`),
    adminOnly(303),
  ],
  "POST /admin/articles/:articleId/archive": [
    async (c, t) => c.form(`/admin/articles/${(await t.article()).id}/archive`),
    adminOnly(303),
  ],
  "GET /admin/articles/:articleId/questions/:questionId/edit": [
    (c, t) => c.get(`/admin/articles/${t.articleId}/questions/${t.questionId}/edit`),
    adminOnly(200, 303),
  ],
  "POST /admin/articles/:articleId/questions/:questionId": [
    async (c, t) => {
      const { id, questionId } = await t.article();
      return c.form(`/admin/articles/${id}/questions/${questionId}`, {
        stem: "Which body was named?",
        option0: "Alpha",
        option1: "Beta",
        option2: "Gamma",
        option3: "Delta",
        answerIndex: "1",
      });
    },
    adminOnly(303),
  ],
  "POST /admin/articles/:articleId/questions/:questionId/reject": [
    async (c, t) => {
      const { id, questionId } = await t.article();
      return c.form(`/admin/articles/${id}/questions/${questionId}/reject`);
    },
    adminOnly(303),
  ],
};

let app: SecurityApp;
let targets: Targets;
const users: Partial<Record<Actor, number>> = {};
/** Question id -> correct option text of the shared article, from the admin view. */
const sharedKey = new Map<number, string>();

/** A client with a fresh session for the actor (no password hashing per call). */
const clientFor = async (actor: Actor): Promise<Client> => {
  const client = app.client();
  const userId = users[actor];
  if (userId === undefined) return client;
  const user = await app.store.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, userId) });
  if (user === undefined) throw new Error(`no user ${userId}`);
  const session = await openSession(app.deps, user, null);
  client.cookie = `newsdrill_session=${session.sessionToken}`;
  client.csrf = session.csrfToken;
  return client;
};

const guarded = ["articles", "questions", "attempts", "attempt_questions", "mistakes"];
const snapshot = () =>
  Object.fromEntries(
    guarded.map((table) => [
      table,
      createHash("sha256")
        .update(JSON.stringify(rowsOf(app.store, table)))
        .digest("hex"),
    ]),
  );

beforeAll(async () => {
  app = await createSecurityApp();
  const admin = app.client();
  await admin.post("/api/auth/login", ADMIN);
  const owner = await asAspirant(app, "aspirant");
  await asAspirant(app, "other");
  const guest = app.client();
  await guest.post("/api/auth/guest");
  for (const [actor, name] of [
    ["aspirant", "aspirant"],
    ["other", "other"],
    ["admin", ADMIN.username],
  ] as const) {
    users[actor] = (await findUserByUsername(app.store, name))?.id;
  }
  users.guest = (await guest.get("/api/me")).body.user.id;
  const shared = await addArticle(admin, demoBody(richestDemo(4)));
  for (const q of shared.questions) sharedKey.set(q.id, q.options[q.answerIndex] ?? "");
  let attempt: Awaited<ReturnType<Targets["attempt"]>> | null = null;
  let article: Awaited<ReturnType<Targets["article"]>> | null = null;
  const used = <T>(value: T | null, what: string): Promise<T> => {
    if (value === null) throw new Error(`no prepared ${what}`);
    return Promise.resolve(value);
  };
  targets = {
    articleId: shared.article.id,
    questionId: shared.questions[0]?.id ?? 0,
    category: (await admin.get(`/api/articles/${shared.article.id}`)).body.article.category,
    attempt: () => used(attempt, "attempt"),
    article: () => used(article, "article"),
    prepare: async (needs) => {
      const started = await startAttempt(owner, { articleId: shared.article.id, count: 3 });
      attempt = {
        id: started.attempt.id,
        answers: started.questions.map((q) => ({ questionId: q.id, choice: 0 })),
      };
      if (needs.article) {
        const added = await addArticle(admin, demoBody(1));
        article = { id: added.article.id, questionId: added.questions[0]?.id ?? 0 };
      }
    },
  };
});
afterAll(() => app.close());

describe("the matrix", () => {
  it("covers every route the app serves, and no route it does not serve", () => {
    const served = new Set(
      app.app.routes
        .filter((r) => r.method !== "ALL" && !r.path.includes("*"))
        .map((r) => `${r.method} ${r.path}`),
    );
    expect([...served].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(Object.entries(MATRIX))("%s", async (_name, [call, expected]) => {
    const seen: Partial<Expected> = {};
    const needs = { article: /regenerate|archive|questions/.test(_name) };
    for (const actor of ACTORS) {
      const client = await clientFor(actor);
      await targets.prepare(needs);
      const before = expected[actor] >= 400 ? snapshot() : null;
      seen[actor] = (await call(client, targets, actor)).status;
      if (before !== null && seen[actor] === expected[actor]) {
        expect(snapshot(), `${actor}: refused call changed stored data`).toEqual(before);
      }
    }
    expect(seen).toEqual(expected);
  });
});

describe("nobody sees another aspirant's attempts or mistakes", () => {
  it("other aspirant, guest and admin get nothing of the owner's history or mistakes", async () => {
    const owner = await clientFor("aspirant");
    const started = await startAttempt(owner, { articleId: targets.articleId, count: 4 });
    // Answer everything wrong, by the answer key the admin saw when the article was added.
    const submitted = await owner.post(`/api/attempts/${started.attempt.id}/submit`, {
      answers: started.questions.map((q) => ({
        questionId: q.id,
        choice: (q.options.indexOf(sharedKey.get(q.id) ?? "") + 1) % 4,
      })),
    });
    expect(submitted.status).toBe(200);
    const ownerMistakes = (await owner.get("/api/me/mistakes")).body.mistakes as unknown[];
    expect(ownerMistakes.length).toBeGreaterThan(0);
    for (const actor of ["other", "guest", "admin"] as const) {
      const client = await clientFor(actor);
      const pages = [
        (await client.get("/api/me/mistakes")).text,
        (await client.get("/api/me/history")).text,
        (await client.get("/mistakes")).text,
        (await client.get("/history")).text,
      ].join("\n");
      expect(pages, actor).not.toContain(started.attempt.id);
      const attempt = await client.get(`/api/attempts/${started.attempt.id}`);
      expect(attempt.status, actor).toBe(404);
      expect(attempt.text).not.toContain(started.questions[0]?.stem ?? "?");
      const page = await client.get(`/attempts/${started.attempt.id}`);
      expect(page.status, actor).toBe(404);
    }
  });
});
