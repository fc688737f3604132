// Property-based fuzzing of the HTTP API and the page forms (fast-check, fixed seed): random JSON
// values, random text, random field combinations and content types, sent to every route as every
// role. Afterwards: no 5xx was seen, SQLite's integrity check passes, and no earlier row changed
// (the rows a fuzzing actor may legitimately change, its own, are set aside).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSession } from "../../src/service";
import {
  addArticle,
  asAdmin,
  asAspirant,
  asGuest,
  type Client,
  createSecurityApp,
  demoBody,
  integrity,
  rowsOf,
  type SecurityApp,
  startAttempt,
} from "./harness";

const SEED = 20_261_128;
const PAYLOADS = 700;
const ROLES = ["anonymous", "guest", "aspirant", "other", "admin"] as const;
type Role = (typeof ROLES)[number];

let app: SecurityApp;
const userIds: Partial<Record<Role, number>> = {};
let known: {
  bystanderArticle: number;
  bystanderQuestion: number;
  bystanderAttempt: string;
  bystanderOpen: string;
  sandboxArticle: number;
  sandboxQuestions: number[];
  ownAttempt: string;
};
let before: Map<string, string>;

/** Each row keyed by its table and primary key, as JSON: what must not change. */
const protectedRows = (): Map<string, string> => {
  const fuzzUsers = new Set(Object.values(userIds));
  const fuzzAttempts = new Set(
    rowsOf(app.store, "attempts")
      .filter((a) => fuzzUsers.has(a.user_id as number))
      .map((a) => a.id as string),
  );
  const rows = new Map<string, string>();
  const keep = (
    table: string,
    key: (r: Record<string, unknown>) => string,
    skip = (_r: Record<string, unknown>) => false,
  ) => {
    for (const row of rowsOf(app.store, table))
      if (!skip(row)) rows.set(`${table}:${key(row)}`, JSON.stringify(row));
  };
  keep(
    "users",
    (r) => String(r.id),
    (r) => fuzzUsers.has(r.id as number),
  );
  keep(
    "articles",
    (r) => String(r.id),
    (r) => r.id === known.sandboxArticle,
  );
  keep(
    "questions",
    (r) => String(r.id),
    (r) => r.article_id === known.sandboxArticle,
  );
  keep(
    "attempts",
    (r) => String(r.id),
    (r) => fuzzAttempts.has(r.id as string),
  );
  keep(
    "attempt_questions",
    (r) => `${r.attempt_id}/${r.position}`,
    (r) => fuzzAttempts.has(r.attempt_id as string),
  );
  keep(
    "mistakes",
    (r) => `${r.user_id}/${r.question_id}`,
    (r) => fuzzUsers.has(r.user_id as number),
  );
  return rows;
};

beforeAll(async () => {
  app = await createSecurityApp({}, 99);
  const admin = await asAdmin(app);
  const bystanderArticle = await addArticle(admin, demoBody(2));
  const sandbox = await addArticle(admin, demoBody(1));
  const bystander = await asAspirant(app, "bystander");
  const done = await startAttempt(bystander, { articleId: bystanderArticle.article.id, count: 5 });
  await bystander.post(`/api/attempts/${done.attempt.id}/submit`, {
    answers: done.questions.map((q, i) => ({ questionId: q.id, choice: i % 4 })),
  });
  const stillOpen = await startAttempt(bystander, {
    articleId: bystanderArticle.article.id,
    count: 3,
  });
  const aspirant = await asAspirant(app, "fuzzer");
  const other = await asAspirant(app, "fuzzer-2");
  const guest = await asGuest(app);
  for (const [role, client] of [
    ["aspirant", aspirant],
    ["other", other],
    ["guest", guest],
    ["admin", admin],
  ] as const)
    userIds[role] = (await client.get("/api/me")).body.user.id;
  const own = await startAttempt(aspirant, { articleId: bystanderArticle.article.id, count: 4 });
  known = {
    bystanderArticle: bystanderArticle.article.id,
    bystanderQuestion: bystanderArticle.questions[0]?.id ?? 0,
    bystanderAttempt: done.attempt.id,
    bystanderOpen: stillOpen.attempt.id,
    sandboxArticle: sandbox.article.id,
    sandboxQuestions: sandbox.questions.map((q) => q.id),
    ownAttempt: own.attempt.id,
  };
  before = protectedRows();
});
afterAll(() => app.close());

/** A fresh session for the role, so a fuzzed logout or login does not carry over. */
const clientFor = async (role: Role): Promise<Client> => {
  const client = app.client(`10.0.${ROLES.indexOf(role)}.1`);
  const id = userIds[role];
  if (id === undefined) return client;
  const user = await app.store.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, id) });
  if (user === undefined) return client;
  const session = await openSession(app.deps, user, null);
  client.cookie = `newsdrill_session=${session.sessionToken}`;
  client.csrf = session.csrfToken;
  return client;
};

const junkId = fc.oneof(
  fc.integer({ min: 1000, max: 2 ** 31 }),
  fc.integer({ min: -5, max: 0 }),
  fc.constantFrom(
    "abc",
    "1e3",
    "%00",
    "..%2F..",
    "99999999999999999999",
    "1;drop table users",
    "null",
  ),
  fc
    .string({ maxLength: 12 })
    .filter((s) => !s.includes("/") && !s.includes("?") && !s.includes("#")),
);

/** Path parameter values: admins only get the sandbox and junk; others also the bystander's. */
const paramFor = (param: string, role: Role): fc.Arbitrary<string> => {
  const ids = (values: (number | string)[]) =>
    fc.oneof(fc.constantFrom(...values.map(String)), junkId.map(String)).map(encodeURIComponent);
  switch (param) {
    case "articleId":
    case "id:article":
      return role === "admin"
        ? ids([known.sandboxArticle])
        : ids([known.sandboxArticle, known.bystanderArticle]);
    case "questionId":
    case "id:question":
      return role === "admin"
        ? ids(known.sandboxQuestions)
        : ids([...known.sandboxQuestions, known.bystanderQuestion]);
    case "id:attempt":
      return ids([known.ownAttempt, known.bystanderAttempt, known.bystanderOpen]);
    case "month":
      return fc
        .oneof(fc.constantFrom("2026-11", "2026-13", "0000-00"), fc.string({ maxLength: 8 }))
        .map(encodeURIComponent);
    default:
      return fc.string({ maxLength: 50 }).map(encodeURIComponent);
  }
};

const ROUTES = () =>
  [
    ...new Map(
      app.app.routes
        .filter(
          (r) =>
            r.method !== "ALL" &&
            !r.path.includes("*") &&
            r.path !== "/static/app.css" &&
            r.path !== "/static/quiz.js",
        )
        .map((r) => [`${r.method} ${r.path}`, r]),
    ).values(),
  ].map((r) => ({ method: r.method, path: r.path }));

const fillPath = (path: string, role: Role): fc.Arbitrary<string> => {
  const params = [...path.matchAll(/:(\w+)/g)].map((m) => {
    const name = m[1] ?? "";
    if (name !== "id") return name;
    if (path.includes("attempts")) return "id:attempt";
    if (path.includes("questions")) return "id:question";
    return "id:article";
  });
  if (params.length === 0) return fc.constant(path);
  return fc.tuple(...params.map((p) => paramFor(p, role))).map((values) => {
    let i = 0;
    return path.replace(/:(\w+)/g, () => values[i++] ?? "");
  });
};

const FIELDS = [
  "username",
  "password",
  "title",
  "body",
  "publishedAt",
  "sourceUrl",
  "category",
  "articleId",
  "count",
  "scheme",
  "mode",
  "answers",
  "stem",
  "options",
  "answerIndex",
  "questionId",
  "choice",
  "next",
  "_csrf",
  "__proto__",
  "constructor",
];
const fieldValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    "cds",
    "afcat",
    "mistakes",
    "latest",
    "Economy",
    "2026-11-02",
    "https://example.org/x",
    "javascript:alert(1)",
    "<script>alert(1)</script>",
    "valid-user",
    "valid-password-1",
  ),
  fc.array(
    fc.record(
      {
        questionId: fc.oneof(fc.integer(), fc.string()),
        choice: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.constant(null)),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 6 },
  ),
);
const fieldRecord = fc.dictionary(
  fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })),
  fieldValue,
  { maxKeys: 6 },
);

interface Payload {
  body: string | undefined;
  contentType: string | undefined;
  csrf: boolean;
}
const payload: fc.Arbitrary<Payload> = fc.record({
  body: fc.oneof(
    fieldRecord.map((r) => JSON.stringify(r)),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 200 }),
    fieldRecord.map((r) =>
      new URLSearchParams(
        Object.entries(r).map(([k, v]): [string, string] => [
          k,
          typeof v === "string" ? v : String(JSON.stringify(v)),
        ]),
      ).toString(),
    ),
    fc.constant(undefined),
  ),
  contentType: fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    undefined,
    "garbage/\u0000",
  ),
  csrf: fc.constantFrom(true, true, true, false),
});

describe("random requests to every route as every role", () => {
  it("never answer 5xx, keep the database sound and leave earlier rows as they were", async () => {
    const routes = ROUTES();
    expect(routes.length).toBeGreaterThan(40);
    const seen = { payloads: 0, requests: 0, byStatus: new Map<number, number>() };
    const failures: string[] = [];
    const scenario = fc.integer({ min: 0, max: routes.length - 1 }).chain((index) => {
      const route = routes[index] ?? { method: "GET", path: "/" };
      return fc.record({
        route: fc.constant(route),
        paths: fc.tuple(...ROLES.map((role) => fillPath(route.path, role))),
        payload,
      });
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ route, paths, payload: sent }) => {
        seen.payloads += 1;
        for (const [i, role] of ROLES.entries()) {
          const client = await clientFor(role);
          const headers: Record<string, string> = {};
          if (sent.contentType !== undefined) headers["content-type"] = sent.contentType;
          if (!sent.csrf) headers["x-csrf-token"] = "";
          const hasBody = route.method !== "GET" && route.method !== "HEAD";
          let reply: { status: number; text: string };
          try {
            reply = await client.request(route.method, paths[i] ?? "/", {
              body: hasBody ? sent.body : undefined,
              headers,
            });
          } catch (error) {
            // A request the Fetch API itself refuses to build never reached the app.
            if (error instanceof TypeError) continue;
            throw error;
          }
          seen.requests += 1;
          seen.byStatus.set(reply.status, (seen.byStatus.get(reply.status) ?? 0) + 1);
          if (reply.status >= 500)
            failures.push(
              `${role} ${route.method} ${paths[i]} ${JSON.stringify(sent)} → ${reply.status} ${reply.text.slice(0, 200)}`,
            );
        }
      }),
      { seed: SEED, numRuns: PAYLOADS, endOnFailure: true },
    );
    console.log(
      `fuzz: ${seen.payloads} payloads, ${seen.requests} requests over ${routes.length} routes x ${ROLES.length} roles (seed ${SEED}); statuses ${JSON.stringify(Object.fromEntries([...seen.byStatus].sort((a, b) => a[0] - b[0])))}`,
    );
    expect(failures).toEqual([]);
    expect(seen.requests).toBeGreaterThan(PAYLOADS * 4);
    expect(integrity(app.store)).toBe("ok");
    expect(app.store.sqlite.pragma("foreign_key_check")).toEqual([]);
    const after = protectedRows();
    const changed = [...before].filter(([key, row]) => after.get(key) !== row).map(([key]) => key);
    expect(changed).toEqual([]);
    // The fuzz did reach the handlers: some requests succeeded and some were refused as invalid.
    expect(seen.byStatus.get(200) ?? 0).toBeGreaterThan(0);
    expect(seen.byStatus.get(400) ?? 0).toBeGreaterThan(0);
  }, 120_000);
});
