// Property: random payloads on every API route never cause a 5xx, never corrupt the database and
// never change data that existed before.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrityCheck } from "../../../src/storage";
import { addDemo, asAdmin, asAspirant, type Client, createHarness, type Harness } from "./harness";

let h: Harness;
let admin: Client;
let aspirant: Client;
let articleId: number;
let attemptId: string;
let snapshot: string;

const dump = () =>
  JSON.stringify(
    ["articles", "questions", "attempt_questions"].map((table) =>
      h.store.sqlite.prepare(`select * from ${table} order by rowid`).all(),
    ),
  );

beforeAll(async () => {
  h = await createHarness();
  admin = await asAdmin(h);
  articleId = (await addDemo(admin, 2)).article.id;
  aspirant = await asAspirant(h, "asha");
  attemptId = (await aspirant.post("/api/attempts", { articleId, count: 3 })).body.attempt.id;
  snapshot = dump();
});
afterAll(() => h.close());

const json = fc.jsonValue({ maxDepth: 3 });
const payload = fc.oneof(
  json.map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 300 }),
  fc
    .record({
      title: fc.string(),
      body: fc.string(),
      publishedAt: fc.string(),
      sourceUrl: fc.string(),
    })
    .map((v) => JSON.stringify(v)),
  fc
    .record({
      answers: fc.array(
        fc.record({ questionId: fc.integer(), choice: fc.oneof(fc.integer(), fc.constant(null)) }),
      ),
    })
    .map((v) => JSON.stringify(v)),
  fc
    .record(
      { articleId: fc.integer(), count: fc.integer(), scheme: fc.string(), mode: fc.string() },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);
const routes = () =>
  fc.constantFrom(
    ["POST", "/api/auth/register"],
    ["POST", "/api/auth/login"],
    ["POST", "/api/auth/guest"],
    ["POST", "/api/articles"],
    ["GET", "/api/articles"],
    ["POST", "/api/attempts"],
    ["POST", `/api/attempts/${attemptId}/submit`],
    ["POST", "/api/attempts/no-such-attempt/submit"],
    ["PATCH", "/api/questions/1"],
    ["POST", "/api/questions/1/reject"],
    ["POST", `/api/articles/${articleId}/archive`],
  );
const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/json") },
  { weight: 1, arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "") },
);

describe("random payloads", () => {
  it("never answer 5xx, keep the database intact, and change no earlier data", async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        routes(),
        payload,
        contentType,
        fc.constantFrom("anonymous", "guest", "other"),
        async ([method, path], body, type, who) => {
          // Nobody here owns the attempt or is an admin: every change must be refused or harmless.
          const client = who === "anonymous" ? h.client() : await signedIn(who);
          const reply = await client.request(
            method ?? "POST",
            path ?? "/",
            method === "GET" ? undefined : body,
            {
              "content-type": type,
            },
          );
          seen.set(reply.status, (seen.get(reply.status) ?? 0) + 1);
          expect(reply.status).toBeLessThan(500);
          if (reply.status >= 400) expect(reply.body?.error?.code).toEqual(expect.any(String));
        },
      ),
      { numRuns: 400, seed: 20261128 },
    );
    expect(await integrityCheck(h.store)).toBe("ok");
    // Articles, questions and the earlier snapshot rows are unchanged; new attempt rows may follow.
    expect(dump().startsWith(snapshot.slice(0, -2))).toBe(true);
    // The payloads reached validation, not only the rights checks.
    expect(seen.get(400) ?? 0).toBeGreaterThan(50);
  });
});

const clients = new Map<string, Client>();
const signedIn = async (who: "guest" | "other"): Promise<Client> => {
  const known = clients.get(who);
  if (known !== undefined) return known;
  const client = who === "guest" ? h.client() : await asAspirant(h, "other");
  if (who === "guest") await client.post("/api/auth/guest");
  clients.set(who, client);
  return client;
};
