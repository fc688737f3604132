import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSite, loggedInAdmin, registered } from "./harness";

let site: Awaited<ReturnType<typeof createSite>>;
beforeEach(async () => {
  site = await createSite();
});
afterEach(() => site.close());

// Written for this test: a short news-style report.
const NEW_ARTICLE = {
  title: "Chennai metro opens its first driverless corridor",
  body: [
    "Chennai Metro Rail Limited opened a 10-kilometre driverless corridor between Poonamallee and Porur on Friday, the first fully automated line in Tamil Nadu.",
    "Chief Minister M.K. Stalin flagged off the first train at Poonamallee station and said the line would carry about 80,000 passengers a day.",
    "The trains were built by Alstom at its factory in Sri City, Andhra Pradesh.",
  ].join("\n\n"),
  publishedAt: "2026-11-27",
  sourceUrl: "https://news.example.org/metro/driverless",
  category: "",
};

describe("admin pages", () => {
  it("lists articles with question counts and actions", async () => {
    const admin = await loggedInAdmin(site);
    const page = await admin.get("/admin");
    expect(page.status).toBe(200);
    expect(page.html).toContain("Vizhinjam port berths its largest container ship yet");
    expect(page.html).toMatch(/<td class="num col-wide">4<\/td>/);
    expect(page.html).toContain('action="/admin/articles/1/regenerate"');
    expect(page.html).toContain('action="/admin/articles/1/archive"');
  });

  it("adds an article and lands on its review page at once", async () => {
    const admin = await loggedInAdmin(site);
    const form = await admin.get("/admin/articles/new");
    expect(form.html).toContain('name="body"');
    const reply = await admin.post("/admin/articles", NEW_ARTICLE);
    expect(reply.status).toBe(303);
    expect(reply.location).toMatch(/^\/admin\/articles\/3\?done=added$/);
    const review = await admin.follow(reply);
    expect(review.html).toContain("Article added.");
    expect(review.html).toContain(NEW_ARTICLE.title);
    // Whatever the rules produced is shown with its answer, rule id and source sentence, or the
    // page says no safe question was found.
    const shown = review.html.match(/class="card admin-question"/g)?.length ?? 0;
    if (shown > 0) {
      expect(review.html.match(/class="rule-id"/g)?.length).toBe(shown);
      expect(review.html.match(/review-option is-key/g)?.length).toBe(shown);
      expect(review.html).toContain('class="explanation"');
    } else {
      expect(review.html).toContain("no safe question");
    }
  });

  it.each([
    ["a missing title", { title: "" }, "f-title-error"],
    ["a bad source URL", { sourceUrl: "ftp://files.example" }, "f-sourceUrl-error"],
    ["a bad date", { publishedAt: "2026-02-31" }, "f-publishedAt-error"],
  ])("refuses %s with 400, keeping the input", async (_, change, errorId) => {
    const admin = await loggedInAdmin(site);
    const page = await admin.post("/admin/articles", { ...NEW_ARTICLE, ...change });
    expect(page.status).toBe(400);
    expect(page.html).toContain(errorId);
    expect(page.html).toContain("Chennai Metro Rail Limited opened");
    expect(page.html).toMatch(/<option value="[^"]+" selected="">/);
  });

  it("edits and rejects questions; the review page shows the change", async () => {
    const admin = await loggedInAdmin(site);
    const review = await admin.get("/admin/articles/2");
    const [first, second] = [...review.html.matchAll(/questions\/(\d+)\/edit/g)].map((m) => m[1]);
    const edit = await admin.get(`/admin/articles/2/questions/${first}/edit`);
    expect(edit.html).toContain('name="option3"');
    const saved = await admin.post(`/admin/articles/2/questions/${first}`, {
      stem: "In which port city was INS Androth commissioned?",
      option0: "Visakhapatnam",
      option1: "Kochi",
      option2: "Mumbai",
      option3: "Port Blair",
      answerIndex: "0",
    });
    expect(saved.status).toBe(303);
    const after = await admin.follow(saved);
    expect(after.html).toContain("Question saved.");
    expect(after.html).toContain("In which port city was INS Androth commissioned?");
    expect(after.html).toContain("Port Blair");

    const rejected = await admin.follow(
      await admin.post(`/admin/articles/2/questions/${second}/reject`, {}),
    );
    expect(rejected.html).toContain("Question rejected");
    expect(rejected.html).toContain('badge-wrong">Rejected');
    expect((await admin.get("/admin")).html).toContain("1 rejected");
  });

  it("an invalid edit keeps the admin's text and says what to fix", async () => {
    const admin = await loggedInAdmin(site);
    const review = await admin.get("/admin/articles/2");
    const first = /questions\/(\d+)\/edit/.exec(review.html)?.[1];
    const page = await admin.post(`/admin/articles/2/questions/${first}`, {
      stem: "Where was the ship commissioned?",
      option0: "Kochi",
      option1: "Kochi",
      option2: "Mumbai",
      option3: "Karwar",
      answerIndex: "0",
    });
    expect(page.status).toBe(400);
    expect(page.html).toContain("distinct");
    expect(page.html).toContain("Where was the ship commissioned?");
  });

  it("archives an article: gone from the home page, kept in the admin list", async () => {
    const admin = await loggedInAdmin(site);
    const reply = await admin.post("/admin/articles/2/archive", {});
    expect(reply.location).toBe("/admin?done=archived");
    expect((await admin.follow(reply)).html).toContain("Archived");
    expect((await site.browser().get("/")).html).not.toContain("INS Androth");
  });

  it.each([
    ["/admin"],
    ["/admin/articles/new"],
    ["/admin/articles/1"],
    ["/admin/articles/1/questions/1/edit"],
  ])("%s: 403 page for an aspirant, log-in redirect for a visitor", async (path) => {
    const aspirant = await registered(site, `asp_${path.length}`);
    const refused = await aspirant.get(path);
    expect(refused.status).toBe(403);
    expect(refused.html).toContain("do not have access");
    const visitor = await site.browser().get(path);
    expect(visitor.status).toBe(303);
    expect(visitor.location).toBe(`/login?next=${encodeURIComponent(path)}`);
  });

  it.each([
    ["/admin/articles", {}],
    ["/admin/articles/1/archive", {}],
    ["/admin/articles/1/questions/1/reject", {}],
  ])("POST %s is refused for an aspirant", async (path, fields) => {
    const aspirant = await registered(site, "not_admin");
    const page = await aspirant.post(path, fields);
    expect(page.status).toBe(403);
  });
});
