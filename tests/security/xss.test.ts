// Stored XSS: classic payloads in article titles, bodies (and so in generated stems and
// explanations), source URLs, usernames and admin-edited questions are shown as text on every
// page, under a CSP the pages actually satisfy (no inline script, no inline style or handler).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categorySlug } from "../../src/web/views/format";
import {
  addArticle,
  asAdmin,
  asAspirant,
  type Client,
  createSecurityApp,
  demoBody,
  type Reply,
  type SecurityApp,
  startAttempt,
} from "./harness";

const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg onload=alert(1)>",
  "javascript:alert(1)",
  "' onmouseover='alert(1)",
  '" autofocus onfocus="alert(1)',
  "</textarea><script>alert(2)</script>",
  "</title><script>alert(3)</script>",
  "<iframe src=javascript:alert(4)></iframe>",
  "{{7*7}} $" + "{7*7} <%= 7*7 %>",
  '<a href="javascript:alert(5)">click</a>',
  "<style>body{display:none}</style>",
];

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] ?? "&#39;",
  );

const FORBIDDEN_TAGS = new Set([
  "img",
  "svg",
  "iframe",
  "object",
  "embed",
  "style",
  "base",
  "meta",
]);
const OUR_SCRIPT = /^\/static\/[\w.-]+\?v=[0-9a-f]+$/;

/** Markup an attacker would need (tags and attributes, never escaped text); none may appear. */
const injected = (html: string): string[] => {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const name = /^<([a-zA-Z0-9-]+)/.exec(tag)?.[1]?.toLowerCase() ?? "";
    const attributes = [
      ...tag.slice(name.length + 1).matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g),
    ].map((m) => ({
      name: (m[1] ?? "").toLowerCase(),
      value: (m[2] ?? "").replace(/^["']|["']$/g, ""),
    }));
    const src = attributes.find((a) => a.name === "src")?.value ?? "";
    if (name === "script" && !OUR_SCRIPT.test(src)) found.push(tag);
    if (FORBIDDEN_TAGS.has(name) && !(name === "meta" && !tag.includes("http-equiv")))
      found.push(tag);
    for (const attribute of attributes) {
      if (attribute.name.startsWith("on") || attribute.name === "style") found.push(tag);
      if (
        ["href", "src", "action", "formaction"].includes(attribute.name) &&
        /^\s*(javascript|data|vbscript):/i.test(attribute.value) &&
        attribute.value !== "data:," // the empty favicon
      )
        found.push(tag);
    }
  }
  return found;
};

let app: SecurityApp;
let admin: Client;
let aspirant: Client;
const pages: { name: string; path: string; who: () => Client }[] = [];
const quizPages: { name: string; reply: Reply }[] = [];
const reached = new Map<string, number>();

beforeAll(async () => {
  app = await createSecurityApp();
  admin = await asAdmin(app);
  aspirant = await asAspirant(app, "reader");
  const base = demoBody(2);
  for (const [i, payload] of PAYLOADS.entries()) {
    const added = await addArticle(admin, {
      ...base,
      title: `Quiz ${i} ${payload}`,
      body: `${base.body}\n\nMaharashtra said ${payload} was the note filed in Mumbai on Monday.`,
      sourceUrl: `https://example.org/news?q=${encodeURIComponent(payload)}&raw="${payload}`,
    });
    const question = added.questions[0];
    if (question === undefined) throw new Error("the demo article gave no question");
    const edited = await admin.patch(`/api/questions/${question.id}`, {
      stem: `Which of these is ${payload}?`,
      options: [`${payload} one`, "Beta", "Gamma", "Delta"],
      answerIndex: 0,
    });
    expect(edited.status).toBe(200);
    const started = await startAttempt(aspirant, { articleId: added.article.id, count: 50 });
    const open = `/attempts/${started.attempt.id}`;
    // Wrong everywhere: every question lands in "my mistakes".
    const wrong = started.questions.map((q) => ({ questionId: q.id, choice: 0 }));
    const stored = app.store.sqlite
      .prepare("select question_id, correct_index from attempt_questions where attempt_id = ?")
      .all(started.attempt.id) as { question_id: number; correct_index: number }[];
    for (const answer of wrong) {
      const key = stored.find((s) => s.question_id === answer.questionId)?.correct_index ?? 0;
      answer.choice = (key + 1) % 4;
    }
    // The quiz page is fetched (and checked) before the submit turns it into a result page.
    quizPages.push({ name: `quiz page ${i}`, reply: await aspirant.get(open) });
    const submitted = await aspirant.post(`${open.replace("/attempts", "/api/attempts")}/submit`, {
      answers: wrong,
    });
    expect(submitted.status).toBe(200);
    pages.push(
      { name: `result page ${i}`, path: open, who: () => aspirant },
      { name: `article page ${i}`, path: `/articles/${added.article.id}`, who: () => aspirant },
      { name: `admin review ${i}`, path: `/admin/articles/${added.article.id}`, who: () => admin },
      {
        name: `admin edit ${i}`,
        path: `/admin/articles/${added.article.id}/questions/${question.id}/edit`,
        who: () => admin,
      },
    );
  }
  const category = (await admin.get("/api/articles")).body.articles[0].category as string;
  pages.push(
    { name: "home", path: "/", who: () => aspirant },
    { name: "category", path: `/categories/${categorySlug(category)}`, who: () => aspirant },
    { name: "month archive", path: "/archive/2026-11", who: () => aspirant },
    { name: "mistakes", path: "/mistakes", who: () => aspirant },
    { name: "history", path: "/history", who: () => aspirant },
    { name: "admin list", path: "/admin", who: () => admin },
  );
});
afterAll(() => app.close());

const assertSafe = (name: string, reply: Reply) => {
  expect(reply.status, name).toBe(200);
  expect(injected(reply.text), name).toEqual([]);
  for (const payload of PAYLOADS) {
    if (/[<>"']/.test(payload)) expect(reply.text, `${name}: ${payload}`).not.toContain(payload);
    if (reply.text.includes(escapeHtml(payload))) reached.set(name, (reached.get(name) ?? 0) + 1);
  }
  const csp = reply.headers.get("content-security-policy") ?? "";
  expect(csp, name).toMatch(/default-src 'self'/);
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc, name).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(csp, name).toMatch(/object-src 'none'/);
  expect(csp, name).toMatch(/frame-ancestors 'none'/);
  expect(csp, name).toMatch(/base-uri 'none'/);
  expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
};

describe("payloads are text on every page", () => {
  it("the quiz pages (open attempts) escape every payload", () => {
    expect(quizPages.length).toBe(PAYLOADS.length);
    for (const { name, reply } of quizPages) assertSafe(name, reply);
    expect(quizPages.every(({ name }) => (reached.get(name) ?? 0) > 0)).toBe(true);
  });

  it("every other page escapes every payload, and each page shows its payload as text", async () => {
    expect(pages.length).toBeGreaterThan(PAYLOADS.length * 4);
    for (const page of pages) assertSafe(page.name, await page.who().get(page.path));
    const missing = pages.filter((p) => (reached.get(p.name) ?? 0) === 0).map((p) => p.name);
    // The month archive and category listings show only articles with questions: all of ours.
    expect(missing).toEqual([]);
  });

  it("a payload in a source URL stays inside its href, percent- or entity-encoded", async () => {
    const page = await aspirant.get(pages.find((p) => p.name === "article page 0")?.path ?? "/");
    const href = /<a href="(https:\/\/example\.org\/news[^"]*)"/.exec(page.text)?.[1] ?? "";
    expect(href).toContain("&quot;");
    expect(href).not.toMatch(/[<>"]/);
  });
});

describe("reflected input: paths, queries and redirects", () => {
  it.each([
    `/articles/${encodeURIComponent(PAYLOADS[0] ?? "")}`,
    `/attempts/${encodeURIComponent(PAYLOADS[1] ?? "")}`,
    `/categories/${encodeURIComponent(PAYLOADS[2] ?? "")}`,
    `/archive/${encodeURIComponent(PAYLOADS[5] ?? "")}`,
    `/no-such-page/${encodeURIComponent(PAYLOADS[6] ?? "")}`,
    `/?done=${encodeURIComponent(PAYLOADS[0] ?? "")}`,
    `/login?next=${encodeURIComponent(`/"><script>alert(1)</script>`)}`,
    `/register?next=${encodeURIComponent("javascript:alert(1)")}`,
  ])("GET %s reflects nothing executable", async (path) => {
    const reply = await aspirant.get(path);
    expect(reply.status).toBeLessThan(500);
    expect(injected(reply.text)).toEqual([]);
    for (const payload of PAYLOADS)
      if (/[<>"']/.test(payload)) expect(reply.text).not.toContain(payload);
  });

  it.each([
    "//evil.example/",
    "https://evil.example/",
    "/\\evil.example",
    "javascript:alert(1)",
    "/%0d%0aSet-Cookie:x=1",
  ])("logging in with next=%j stays on this site", async (next) => {
    const visitor = app.client();
    await visitor.get("/login");
    const reply = await visitor.form("/login", {
      username: "reader",
      password: "reader-password",
      next,
    });
    expect(reply.status).toBe(303);
    const location = reply.headers.get("location") ?? "";
    expect(location).toMatch(/^\/(?![/\\])/);
    expect(location).not.toMatch(/[\r\n]/);
  });

  it("pages with a user's data are not stored by caches", async () => {
    for (const path of ["/history", "/mistakes", "/"])
      expect((await aspirant.get(path)).headers.get("cache-control"), path).toMatch(/no-store/);
  });
});

describe("dangerous values are refused at the door", () => {
  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org/x",
    "//evil.example/x",
    "/relative/path",
    "https//missing-colon",
  ])("source URL %j → 400 naming sourceUrl", async (sourceUrl) => {
    const reply = await admin.post("/api/articles", { ...demoBody(1), sourceUrl });
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe("sourceUrl");
  });

  it.each(PAYLOADS)("username %j → 400 naming username", async (username) => {
    const reply = await app.client().post("/api/auth/register", {
      username,
      password: "long-enough-pw",
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe("username");
  });

  it("a payload username on the register page is echoed as text", async () => {
    const visitor = app.client();
    await visitor.get("/register");
    const reply = await visitor.form("/register", {
      username: PAYLOADS[1] ?? "",
      password: "long-enough-pw",
    });
    expect(reply.status).toBe(400);
    expect(injected(reply.text)).toEqual([]);
    expect(reply.text).toContain(escapeHtml(PAYLOADS[1] ?? ""));
  });

  it.each(PAYLOADS)("category %j → 400 naming category", async (category) => {
    const reply = await admin.post("/api/articles", { ...demoBody(1), category });
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe("category");
  });
});
