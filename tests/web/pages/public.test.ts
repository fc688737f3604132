import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quizScript, stylesheet } from "../../../src/web/static/assets";
import { createSite } from "./harness";

let site: Awaited<ReturnType<typeof createSite>>;
beforeAll(async () => {
  site = await createSite();
});
afterAll(() => site.close());

describe("public pages", () => {
  it.each([
    ["/", "Latest quiz"],
    ["/categories", "Quizzes by category"],
    ["/categories/defence", "Defence"],
    ["/archive/2026-11", "November 2026"],
    ["/articles/1", "Take the quiz"],
    ["/login", "Log in"],
    ["/register", "Create an account"],
  ])("%s renders", async (path, text) => {
    const page = await site.browser().get(path);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.html).toContain(text);
    expect(page.html).not.toMatch(/\sstyle="|\son[a-z]+="/);
  });

  it.each([
    ["/nowhere", 404, "Page not found"],
    ["/articles/999", 404, "Page not found"],
    ["/articles/abc", 404, "Page not found"],
    ["/categories/astrology", 404, "Page not found"],
    ["/archive/2026-13", 404, "Page not found"],
    ["/attempts/nope", 303, ""],
    ["/setup/not-a-token", 404, "setup link"],
  ])("%s answers %i as a page", async (path, status, text) => {
    const page = await site.browser().get(path);
    expect(page.status).toBe(status);
    if (status !== 303) {
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(page.html).toContain(text);
    }
  });

  it("offers the article's text, folded away, after the quiz form", async () => {
    const page = await site.browser().get("/articles/2");
    expect(page.html).toMatch(
      /<details class="card article-text"><summary>[^<]+<\/summary><p>The Indian Navy commissioned/,
    );
    expect(page.html.indexOf("<details")).toBeGreaterThan(page.html.indexOf('action="/attempts"'));
  });

  it("links the article's source safely", async () => {
    const page = await site.browser().get("/articles/1");
    for (const link of page.html.match(/<a [^>]*target="_blank"[^>]*>/g) ?? []) {
      expect(link).toContain('rel="noopener noreferrer"');
    }
  });

  it.each([
    ["/", true],
    ["/articles/1", true],
  ])("%s offers a start form that needs no token for visitors", async (path) => {
    const page = await site.browser().get(path);
    expect(page.html).toMatch(/<form method="post" action="\/attempts"/);
    expect(page.html).not.toContain('name="_csrf"');
  });
});

describe("static assets", () => {
  it.each([
    [stylesheet.href, "text/css"],
    [quizScript.href, "text/javascript"],
  ])("%s is served with a year of caching and an ETag", async (href, type) => {
    const browser = site.browser();
    const first = await browser.get(href);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toContain(type);
    expect(first.headers.get("cache-control")).toContain("max-age=31536000");
    const etag = first.headers.get("etag") ?? "";
    const again = await browser.request("GET", href, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const stale = await browser.request("GET", href, { headers: { "if-none-match": '"old"' } });
    expect(stale.status).toBe(200);
  });

  it("keeps the quiz page with its CSS and JS under 30 KB gzipped", async () => {
    const browser = site.browser();
    const start = await browser.post("/attempts", { articleId: "1", count: "20" });
    const quiz = await browser.follow(start);
    expect(quiz.html).toContain('id="quiz"');
    const bytes =
      gzipSync(quiz.html).length +
      gzipSync(stylesheet.body).length +
      gzipSync(quizScript.body).length;
    expect(bytes).toBeLessThan(30 * 1024);
  });
});
