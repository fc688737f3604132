// Rights matrix: every API route x {anonymous, guest, aspirant, other aspirant, admin}.
// "aspirant" owns the attempt under test; "other" is a second registered aspirant.
import { describe, expect, it } from "vitest";
import { addDemo, asAdmin, asAspirant, asGuest, type Client, createHarness, demo } from "./harness";

type Actor = "anonymous" | "guest" | "aspirant" | "other" | "admin";
const ACTORS: Actor[] = ["anonymous", "guest", "other", "aspirant", "admin"];

interface World {
  articleId: number;
  questionId: number;
  attemptId: string;
  answers: { questionId: number; choice: number }[];
}

interface Route {
  name: string;
  call: (client: Client, world: World, actor: Actor) => Promise<{ status: number }>;
  expected: Record<Actor, number>;
}

const everyone = (status: number): Record<Actor, number> => ({
  anonymous: status,
  guest: status,
  aspirant: status,
  other: status,
  admin: status,
});
const signedIn = (status: number) => ({ ...everyone(status), anonymous: 401 });
const adminOnly = (status: number) => ({
  anonymous: 401,
  guest: 403,
  aspirant: 403,
  other: 403,
  admin: status,
});
const ownerOnly = { anonymous: 401, guest: 404, aspirant: 200, other: 404, admin: 404 };

const ROUTES: Route[] = [
  { name: "GET /healthz", call: (c) => c.get("/healthz"), expected: everyone(200) },
  {
    name: "POST /api/auth/register",
    call: (c, _w, actor) =>
      c.post("/api/auth/register", { username: `new-${actor}`, password: "a-long-secret" }),
    expected: everyone(201),
  },
  {
    name: "POST /api/auth/login",
    call: (c) => c.post("/api/auth/login", { username: "other", password: "other-secret" }),
    expected: everyone(200),
  },
  {
    name: "POST /api/auth/logout",
    call: (c) => c.post("/api/auth/logout"),
    expected: everyone(200),
  },
  { name: "POST /api/auth/guest", call: (c) => c.post("/api/auth/guest"), expected: everyone(201) },
  { name: "GET /api/me", call: (c) => c.get("/api/me"), expected: signedIn(200) },
  { name: "GET /api/me/mistakes", call: (c) => c.get("/api/me/mistakes"), expected: signedIn(200) },
  { name: "GET /api/me/history", call: (c) => c.get("/api/me/history"), expected: signedIn(200) },
  { name: "GET /api/articles", call: (c) => c.get("/api/articles"), expected: everyone(200) },
  {
    name: "GET /api/articles/:id",
    call: (c, w) => c.get(`/api/articles/${w.articleId}`),
    expected: everyone(200),
  },
  {
    name: "POST /api/articles",
    call: (c) => c.post("/api/articles", demo(0)),
    expected: adminOnly(201),
  },
  {
    name: "POST /api/articles/:id/regenerate",
    call: (c, w) => c.post(`/api/articles/${w.articleId}/regenerate`),
    expected: adminOnly(200),
  },
  {
    name: "PATCH /api/questions/:id",
    call: (c, w) =>
      c.patch(`/api/questions/${w.questionId}`, { stem: "Which state led collections?" }),
    expected: adminOnly(200),
  },
  {
    name: "POST /api/questions/:id/reject",
    call: (c, w) => c.post(`/api/questions/${w.questionId}/reject`),
    expected: adminOnly(200),
  },
  {
    name: "POST /api/articles/:id/archive",
    call: (c, w) => c.post(`/api/articles/${w.articleId}/archive`),
    expected: adminOnly(200),
  },
  {
    name: "POST /api/attempts",
    call: (c, w) => c.post("/api/attempts", { articleId: w.articleId, count: 2 }),
    expected: signedIn(201),
  },
  {
    name: "GET /api/attempts/:id",
    call: (c, w) => c.get(`/api/attempts/${w.attemptId}`),
    expected: ownerOnly,
  },
  {
    name: "POST /api/attempts/:id/submit",
    call: (c, w) => c.post(`/api/attempts/${w.attemptId}/submit`, { answers: w.answers }),
    expected: ownerOnly,
  },
];

describe.each(ROUTES)("$name", (route) => {
  it(`answers ${ACTORS.map((a) => `${a} ${route.expected[a]}`).join(", ")}`, async () => {
    const h = await createHarness();
    const admin = await asAdmin(h);
    const added = await addDemo(admin, 2);
    const aspirant = await asAspirant(h, "aspirant");
    const started = await aspirant.post("/api/attempts", { articleId: added.article.id, count: 3 });
    const world: World = {
      articleId: added.article.id,
      questionId: added.questions[0]?.id ?? 0,
      attemptId: started.body.attempt.id,
      answers: started.body.questions.map((q: { id: number }) => ({ questionId: q.id, choice: 0 })),
    };
    const clients: Record<Actor, Client> = {
      anonymous: h.client(),
      guest: await asGuest(h),
      aspirant,
      other: await asAspirant(h, "other"),
      admin,
    };
    const seen: Record<string, number> = {};
    for (const actor of ACTORS)
      seen[actor] = (await route.call(clients[actor], world, actor)).status;
    expect(seen).toEqual(route.expected);
    h.close();
  });
});
