// Bad input on every endpoint: 400 with the field and the reason (415 for a body that is not
// JSON at all), 413 over the body limits, 404 for ids that cannot exist, never a 500; an article
// with no usable text or in a language the rules do not handle is stored with a note, not a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addArticle,
  asAdmin,
  asGuest,
  type Client,
  createSecurityApp,
  demoBody,
  integrity,
  type SecurityApp,
  startAttempt,
} from "./harness";

let app: SecurityApp;
let admin: Client;
let guest: Client;
let articleId: number;
/** A second article for the admin calls that change it (archive, regenerate, reject, edit). */
let editedId: number;
let attemptId: string;

beforeAll(async () => {
  app = await createSecurityApp();
  admin = await asAdmin(app);
  guest = await asGuest(app);
  articleId = (await addArticle(admin, demoBody(2))).article.id;
  editedId = (await addArticle(admin, demoBody(1))).article.id;
  attemptId = (await startAttempt(guest, { articleId, count: 3 })).attempt.id;
});
afterAll(() => app.close());

/** A live question of the edited article (regenerating replaces them). */
const liveQuestion = (): number =>
  (
    app.store.sqlite
      .prepare("select id from questions where article_id = ? and status = 'live' order by id")
      .get(editedId) as { id: number }
  ).id;

type Who = "anonymous" | "guest" | "fresh guest" | "admin";
interface Endpoint {
  method: string;
  path: () => string;
  who: Who;
  /** A body the route accepts; `{}` for routes that take no fields. */
  valid: () => Record<string, unknown>;
  /** Whether the route reads fields at all. */
  fields: boolean;
}

const none = () => ({});
const ENDPOINTS: Record<string, Endpoint> = {
  "POST /api/auth/register": {
    method: "POST",
    path: () => "/api/auth/register",
    who: "anonymous",
    valid: () => ({ username: "valid-name", password: "valid-password" }),
    fields: true,
  },
  "POST /api/auth/login": {
    method: "POST",
    path: () => "/api/auth/login",
    who: "anonymous",
    valid: () => ({ username: "valid-name", password: "valid-password" }),
    fields: true,
  },
  "POST /api/auth/guest": {
    method: "POST",
    path: () => "/api/auth/guest",
    who: "anonymous",
    valid: none,
    fields: false,
  },
  "POST /api/auth/logout": {
    method: "POST",
    path: () => "/api/auth/logout",
    who: "fresh guest",
    valid: none,
    fields: false,
  },
  "POST /api/articles": {
    method: "POST",
    path: () => "/api/articles",
    who: "admin",
    valid: () => ({ title: "A title", body: "A body." }),
    fields: true,
  },
  "POST /api/articles/:id/regenerate": {
    method: "POST",
    path: () => `/api/articles/${editedId}/regenerate`,
    who: "admin",
    valid: none,
    fields: false,
  },
  "POST /api/articles/:id/archive": {
    method: "POST",
    path: () => `/api/articles/${editedId}/archive`,
    who: "admin",
    valid: none,
    fields: false,
  },
  "PATCH /api/questions/:id": {
    method: "PATCH",
    path: () => `/api/questions/${liveQuestion()}`,
    who: "admin",
    valid: () => ({ stem: "A stem?" }),
    fields: true,
  },
  "POST /api/questions/:id/reject": {
    method: "POST",
    path: () => `/api/questions/${liveQuestion()}/reject`,
    who: "admin",
    valid: none,
    fields: false,
  },
  "POST /api/attempts": {
    method: "POST",
    path: () => "/api/attempts",
    who: "guest",
    valid: () => ({ articleId, count: 2 }),
    fields: true,
  },
  "POST /api/attempts/:id/submit": {
    method: "POST",
    path: () => `/api/attempts/${attemptId}/submit`,
    who: "guest",
    valid: () => ({ answers: [] }),
    fields: true,
  },
};

const clientFor = async (who: Who): Promise<Client> =>
  who === "admin"
    ? admin
    : who === "guest"
      ? guest
      : who === "fresh guest"
        ? asGuest(app)
        : app.client();

const send = async (name: string, body: string, contentType = "application/json") => {
  const endpoint = ENDPOINTS[name];
  if (endpoint === undefined) throw new Error(name);
  return (await clientFor(endpoint.who)).request(endpoint.method, endpoint.path(), {
    body,
    headers: { "content-type": contentType },
  });
};

const names = Object.keys(ENDPOINTS);

describe("every JSON endpoint", () => {
  it.each(names)("%s: malformed JSON → 400 malformed-json", async (name) => {
    const reply = await send(name, '{"title": "unterminated');
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe("malformed-json");
    expect(reply.body.error.message).toMatch(/JSON/);
  });

  it.each(names)("%s: JSON sent as text/plain → 415 saying what to send", async (name) => {
    const reply = await send(name, "{}", "text/plain");
    expect(reply.status).toBe(415);
    expect(reply.body.error.message).toMatch(/application\/json/);
  });

  it.each(names)("%s: form-encoded body → 415", async (name) => {
    const reply = await send(name, "a=1", "application/x-www-form-urlencoded");
    expect([403, 415]).toContain(reply.status); // signed-in form posts meet the CSRF check first
  });

  it.each(names)("%s: an unknown field → 400 naming it", async (name) => {
    const reply = await send(name, JSON.stringify({ ...ENDPOINTS[name]?.valid(), sneaky: 1 }));
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe("sneaky");
  });

  it.each(names)("%s: a JSON value that is not an object → 400", async (name) => {
    for (const body of ["[]", '"text"', "null", "42", "true"]) {
      const reply = await send(name, body);
      expect(reply.status, body).toBe(400);
      expect(reply.body.error.message.length, body).toBeGreaterThan(3);
    }
  });

  it.each(names)("%s: a __proto__ key is an unknown field → 400", async (name) => {
    const rest = JSON.stringify(ENDPOINTS[name]?.valid()).slice(1, -1);
    const reply = await send(name, `{"__proto__": {"isAdmin": true}${rest ? `,${rest}` : ""}}`);
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe("__proto__");
  });

  it.each(names)("%s: 10,000 nested arrays → 400, not a crash", async (name) => {
    const reply = await send(name, `${"[".repeat(5000)}${"]".repeat(5000)}`);
    expect(reply.status).toBeLessThan(500);
    expect([400, 413]).toContain(reply.status);
  });
});

describe("fields: the field at fault is named", () => {
  const cases: [string, string, () => unknown, string][] = [
    ["POST /api/attempts", "huge count", () => ({ articleId, count: 1e308 }), "count"],
    ["POST /api/attempts", "negative count", () => ({ articleId, count: -3 }), "count"],
    ["POST /api/attempts", "zero count", () => ({ articleId, count: 0 }), "count"],
    ["POST /api/attempts", "fractional count", () => ({ articleId, count: 2.5 }), "count"],
    ["POST /api/attempts", "count as text", () => ({ articleId, count: "5" }), "count"],
    ["POST /api/attempts", "huge articleId", () => ({ articleId: 2 ** 53 + 1 }), "articleId"],
    ["POST /api/attempts", "negative articleId", () => ({ articleId: -1 }), "articleId"],
    ["POST /api/attempts", "unknown scheme", () => ({ articleId, scheme: "jee" }), "scheme"],
    ["POST /api/attempts", "unknown mode", () => ({ mode: "everything" }), "mode"],
    ["POST /api/attempts", "unknown category", () => ({ category: "Astrology" }), "category"],
    ["POST /api/attempts", "two sources at once", () => ({ articleId, mode: "mistakes" }), "mode"],
    ["POST /api/attempts/:id/submit", "answers missing", () => ({}), "answers"],
    ["POST /api/attempts/:id/submit", "answers not a list", () => ({ answers: {} }), "answers"],
    [
      "POST /api/attempts/:id/submit",
      "huge questionId",
      () => ({ answers: [{ questionId: 1e20, choice: 0 }] }),
      "answers.0.questionId",
    ],
    [
      "POST /api/attempts/:id/submit",
      "huge choice",
      () => ({ answers: [{ questionId: liveQuestion(), choice: 1e10 }] }),
      "answers.0.choice",
    ],
    [
      "POST /api/attempts/:id/submit",
      "two hundred answers",
      () => ({
        answers: Array.from({ length: 200 }, (_, i) => ({ questionId: i + 1, choice: 0 })),
      }),
      "answers",
    ],
    ["POST /api/articles", "title missing", () => ({ body: "Text." }), "title"],
    ["POST /api/articles", "title a number", () => ({ title: 42, body: "Text." }), "title"],
    ["POST /api/articles", "blank title", () => ({ title: "   ", body: "Text." }), "title"],
    ["POST /api/articles", "body null", () => ({ title: "T", body: null }), "body"],
    [
      "POST /api/articles",
      "date not a date",
      () => ({ title: "T", body: "B", publishedAt: "2026-02-30" }),
      "publishedAt",
    ],
    [
      "POST /api/articles",
      "date in another form",
      () => ({ title: "T", body: "B", publishedAt: "30/11/2026" }),
      "publishedAt",
    ],
    [
      "POST /api/articles",
      "gopher URL",
      () => ({ title: "T", body: "B", sourceUrl: "gopher://x.example" }),
      "sourceUrl",
    ],
    [
      "POST /api/articles",
      "unknown category",
      () => ({ title: "T", body: "B", category: "Gossip" }),
      "category",
    ],
    ["PATCH /api/questions/:id", "empty edit", () => ({}), ""],
    ["PATCH /api/questions/:id", "three options", () => ({ options: ["a", "b", "c"] }), "options"],
    [
      "PATCH /api/questions/:id",
      "duplicate options",
      () => ({ options: ["a", "A", "c", "d"] }),
      "options",
    ],
    ["PATCH /api/questions/:id", "answerIndex 4", () => ({ answerIndex: 4 }), "answerIndex"],
    ["PATCH /api/questions/:id", "blank stem", () => ({ stem: "  " }), "stem"],
    [
      "POST /api/auth/register",
      "short password",
      () => ({ username: "shorty", password: "short" }),
      "password",
    ],
    [
      "POST /api/auth/register",
      "username with spaces",
      () => ({ username: "a b c", password: "long-enough" }),
      "username",
    ],
    [
      "POST /api/auth/register",
      "username of 5 KB",
      () => ({ username: "a".repeat(5000), password: "long-enough" }),
      "username",
    ],
    [
      "POST /api/auth/register",
      "isAdmin smuggled in",
      () => ({ username: "climber", password: "long-enough", isAdmin: true }),
      "isAdmin",
    ],
    ["POST /api/auth/login", "password missing", () => ({ username: "x" }), "password"],
  ];

  it.each(cases)("%s with %s → 400 naming the field", async (name, _what, body, field) => {
    const reply = await send(name, JSON.stringify(body()));
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe("invalid-input");
    expect(reply.body.error.field ?? "").toBe(field);
    expect(reply.body.error.message.length).toBeGreaterThan(5);
  });
});

describe("query strings and path ids", () => {
  it.each([
    ["/api/articles?month=2026-13", 400],
    ["/api/articles?month=November", 400],
    ["/api/articles?sneaky=1", 400],
    ["/api/articles?category=Economy", 200],
    ["/api/articles/abc", 404],
    ["/api/articles/0", 404],
    ["/api/articles/-1", 404],
    ["/api/articles/99999999999999999999", 404],
    ["/api/articles/1e3", 404],
    [`/api/attempts/${"x".repeat(300)}`, 404],
    ["/api/attempts/..%2F..%2Fetc%2Fpasswd", 404],
    ["/articles/abc", 404],
    ["/archive/2026-13", 404],
    ["/categories/%3Cscript%3E", 404],
  ])("GET %s → %i", async (path, status) => {
    const reply = await guest.get(path);
    expect(reply.status).toBe(status);
  });
});

describe("body size limits", () => {
  const big = (bytes: number) => "x".repeat(bytes);

  it.each([
    ["POST /api/articles over 256 KB", "POST /api/articles", 300 * 1024, 413],
    ["POST /api/attempts over 16 KB", "POST /api/attempts", 17 * 1024, 413],
    ["POST /api/auth/login over 16 KB", "POST /api/auth/login", 17 * 1024, 413],
    ["POST /api/attempts/:id/submit over 16 KB", "POST /api/attempts/:id/submit", 17 * 1024, 413],
    ["PATCH /api/questions/:id over 16 KB", "PATCH /api/questions/:id", 17 * 1024, 413],
  ])("%s → %i", async (_label, name, bytes, status) => {
    const reply = await send(name, JSON.stringify({ title: "T", body: big(bytes) }));
    expect(reply.status).toBe(status);
    expect(reply.body.error.code).toBe("too-large");
  });

  it("an article of 200 KB (under the article limit) is accepted", async () => {
    const body = demoBody(0).body;
    const long = Array.from({ length: Math.ceil(190_000 / body.length) }, () => body)
      .join("\n\n")
      .slice(0, 190_000);
    const reply = await admin.post("/api/articles", { title: "Long read", body: long });
    expect(reply.status).toBe(201);
  });

  it("a streamed body without Content-Length is cut off at the limit too", async () => {
    const chunk = new TextEncoder().encode(`{"answers": "${big(1024)}`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 40) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await app.app.request(`/api/attempts/${attemptId}/submit`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: guest.cookie ?? "",
        "x-csrf-token": guest.csrf ?? "",
      },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it.each([
    ["/admin/articles", 300 * 1024],
    ["/login", 17 * 1024],
    ["/register", 17 * 1024],
  ])("form POST %s of %i bytes → 413 page", async (path, bytes) => {
    const reply = await admin.form(path, { title: "T", body: big(bytes) });
    expect(reply.status).toBe(413);
    expect(reply.text).toMatch(/<html/);
  });
});

describe("articles the rules cannot use are stored with a note, never a 500", () => {
  it.each([
    ["only whitespace", "   \n\n\t  \n"],
    ["only punctuation", "... --- !!! ??? ,,,"],
    [
      "only boilerplate",
      "Advertisement\n\nShare this article\n\nRead more\n\nSubscribe to our newsletter",
    ],
    [
      "Hindi",
      "भारत और यूरोपीय संघ ने सोमवार को नई दिल्ली में एक मुक्त व्यापार समझौते पर हस्ताक्षर किए। यह समझौता दो दशकों की बातचीत के बाद हुआ।",
    ],
    ["Tamil", "இந்திய விமானப்படை திங்கள்கிழமை புதிய போர் விமானங்களை இணைத்தது. இது ஒரு முக்கிய நிகழ்வு."],
    ["Chinese", "中国和印度的外交部长星期一在北京会面，讨论边境问题和贸易关系。双方同意继续对话。"],
    [
      "Arabic",
      "وقعت الهند والاتحاد الأوروبي اتفاقية للتجارة الحرة يوم الاثنين في نيودلهي بعد مفاوضات طويلة.",
    ],
    ["emoji", "🚀🚀🚀 🇮🇳 🎉🎉 🔥🔥🔥\n\n😀😀😀"],
    ["zero-width and control characters", "\u200b\u200c\u200d\ufeff\u0000\u0007\u001b[31m"],
    ["one enormous word", "a".repeat(150_000)],
    ["numbers only", "12 34 56 78 90 1,000 2.5% Rs 3 crore"],
    [
      "lorem ipsum",
      "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
    ],
  ])("%s → 201 with no questions and a note", async (_name, body) => {
    const reply = await admin.post("/api/articles", { title: "Unusable text", body });
    expect(reply.status).toBe(201);
    expect(reply.body.questions).toEqual([]);
    expect(reply.body.article.note).toMatch(/no (usable text|questions)/i);
    const row = app.store.sqlite
      .prepare("select generation_note as note from articles where id = ?")
      .get(reply.body.article.id) as { note: string | null };
    expect(row.note).toBe(reply.body.article.note);
  });

  it("the database is still sound after all of it", () => {
    expect(integrity(app.store)).toBe("ok");
  });
});

describe("forms answer bad input with a page naming the problem", () => {
  it.each([
    ["/admin/articles", { title: "T", body: "B", sourceUrl: "javascript:alert(1)" }, 400, /http/],
    ["/admin/articles", { title: "", body: "B" }, 400, /title/i],
    ["/attempts", { articleId: "1", count: "-5" }, 400, /.+/],
    ["/attempts", { articleId: "99999", count: "5" }, 404, /.+/],
    ["/register", { username: "<b>", password: "long-enough-1" }, 400, /letters, digits/],
  ])("POST %s %j → %i", async (path, fields, status, message) => {
    const reply = await admin.form(path, fields);
    expect(reply.status).toBe(status);
    expect(reply.text).toMatch(message);
  });

  it.each(["/login", "/register", "/guest", "/attempts", "/logout", "/admin/articles"])(
    "POST %s with a malformed multipart body → 4xx page, not a 500",
    async (path) => {
      for (const client of [app.client(), admin]) {
        const reply = await client.request("POST", path, {
          body: "--x\r\nnot really multipart",
          headers: { "content-type": "multipart/form-data; boundary=x" },
        });
        expect(reply.status, path).toBeGreaterThanOrEqual(400);
        expect(reply.status, path).toBeLessThan(500);
      }
    },
  );

  it("a submit form with an out-of-range answer → 400 and the attempt stays open", async () => {
    const started = await startAttempt(guest, { articleId, count: 2 });
    await guest.get(`/attempts/${started.attempt.id}`);
    const first = started.questions[0]?.id ?? 0;
    const reply = await guest.form(`/attempts/${started.attempt.id}/submit`, {
      [`answer-${first}`]: "9",
    });
    expect(reply.status).toBe(400);
    const view = await guest.get(`/api/attempts/${started.attempt.id}`);
    expect(view.body.attempt.status).toBe("open");
  });
});
