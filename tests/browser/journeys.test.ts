// The three user journeys in real headless Chromium against the real server.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerFor, PORT_ARTICLE } from "../web/pages/desk-articles";
import { hasChromium, inCi, launchChromium } from "./chromium";
import { ADMIN, startServer, type TestServer } from "./server";
import { overflowsHorizontally, PHONE, shoot } from "./shots";

/** expect.poll with room for a slow CI machine (the default gives up after 1 s). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

// Written for this test: a short news-style report in our own words.
const ARTICLE = {
  title: "Tata Steel starts a green hydrogen unit at its Jamshedpur plant",
  body: [
    "Tata Steel commissioned a green hydrogen unit at its Jamshedpur plant in Jharkhand on Wednesday, its first step towards replacing coal in part of its steelmaking.",
    "Chief Executive T.V. Narendran said the 5-megawatt electrolyser would feed hydrogen to one blast furnace from January.",
    "Union Steel Minister H.D. Kumaraswamy, who attended the launch, said India wanted to produce 300 million tonnes of steel a year by 2030.",
    "The electrolyser was supplied by Ohmium, a company based in Bengaluru.",
  ].join("\n\n"),
  publishedAt: "2026-11-25",
  sourceUrl: "https://news.example.org/industry/green-hydrogen",
};

describe.runIf(inCi && !hasChromium)("browser", () => {
  it("needs /usr/bin/chromium under CI=true", () => {
    expect(hasChromium, "install Debian's chromium package").toBe(true);
  });
});

describe.runIf(hasChromium)("journeys in headless Chromium", { timeout: 90_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const newPage = async (): Promise<Page> => {
    errors.length = 0;
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    // Any CSP violation or script error fails the journey at its end.
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    return page;
  };

  const expectFits = async (page: Page) => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await overflowsHorizontally(page), `overflow at ${width}px on ${page.url()}`).toBe(
        false,
      );
    }
    await page.setViewportSize(PHONE);
  };

  it("1. an admin logs in, adds an article and sees its questions", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await shoot(page, "j1-01-home");
    await page.getByRole("link", { name: "Log in" }).first().click();
    await page.getByLabel("Username").fill(ADMIN.username);
    await page.getByLabel("Password").fill(ADMIN.password);
    await shoot(page, "j1-02-login");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("link", { name: "Admin" }).click();
    await poll(() => page.url()).toContain("/admin");
    await shoot(page, "j1-03-admin-articles");
    await expectFits(page);

    await page.getByRole("link", { name: "Add article" }).click();
    await page.getByLabel("Title").fill(ARTICLE.title);
    await page.getByLabel("Body").fill(ARTICLE.body);
    await page.getByLabel("Published date").fill(ARTICLE.publishedAt);
    await page.getByLabel("Source URL").fill(ARTICLE.sourceUrl);
    await shoot(page, "j1-04-add-article");
    await page.getByRole("button", { name: "Add and generate questions" }).click();

    await poll(() => page.url()).toMatch(/\/admin\/articles\/\d+\?done=added$/);
    await poll(() => page.getByText("Article added.").isVisible()).toBe(true);
    await page.getByRole("heading", { name: ARTICLE.title }).waitFor();
    const cards = await page.locator(".admin-question").count();
    if (cards > 0) {
      expect(await page.locator(".admin-question .rule-id").count()).toBe(cards);
      expect(await page.locator(".admin-question .is-key").count()).toBe(cards);
      expect(await page.locator(".admin-question .explanation").count()).toBe(cards);
    } else {
      await page.getByText("no safe question").waitFor();
    }
    await shoot(page, "j1-05-review-questions");
    await expectFits(page);
    expect(errors).toEqual([]);
  });

  it("2. an aspirant registers, takes a quiz with the keyboard, submits and sees the score", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/register`);
    await page.getByLabel("Username").fill("kavya_s");
    await page.getByLabel("Password").fill("kavya-s-password");
    await shoot(page, "j2-01-register");
    await page.getByRole("button", { name: "Register" }).click();
    await page.getByText("Welcome!").waitFor();

    await page.getByRole("link", { name: PORT_ARTICLE.title }).first().click();
    await page.getByRole("heading", { name: PORT_ARTICLE.title }).waitFor();
    await shoot(page, "j2-02-article");
    await expectFits(page);
    await page.getByLabel("Marking scheme").selectOption("cds");
    await page.getByRole("button", { name: "Start quiz" }).click();

    await page.locator("#quiz").waitFor();
    const timer = page.locator("#timer-value");
    const firstReading = await timer.textContent();
    expect(firstReading).toMatch(/^0[0-4]:\d\d$/);
    const count = await page.locator(".question").count();
    expect(count).toBe(PORT_ARTICLE.questions.length);

    // Key map: answer each question right except the first (answered wrongly), skip none.
    const stems = await page.locator(".question .stem").allTextContents();
    for (let i = 0; i < count; i += 1) {
      const options = await page
        .locator(".question")
        .nth(i)
        .locator(".option-text")
        .allTextContents();
      const right = options.indexOf(answerFor(stems[i] ?? ""));
      expect(right).toBeGreaterThanOrEqual(0);
      const choice = i === 0 ? (right + 1) % 4 : right;
      // Alternate between digit keys and letter keys.
      await page.keyboard.press(i % 2 === 0 ? String(choice + 1) : ("ABCD"[choice] ?? "A"));
      await expect
        .poll(() => page.locator(".pal").nth(i).getAttribute("class"))
        .toContain("is-answered");
      if (i === 1) await page.keyboard.press("m");
      if (i < count - 1) await page.keyboard.press("n");
    }
    await poll(() => page.locator(".pal").nth(1).getAttribute("class")).toContain("is-review");
    await poll(() => page.locator("#progress-text").textContent()).toBe(
      `Answered ${count} of ${count} · 1 for review`,
    );
    // P goes back; the current question is highlighted in the palette.
    await page.keyboard.press("p");
    await poll(() =>
      page
        .locator(".pal")
        .nth(count - 2)
        .getAttribute("aria-current"),
    ).toBe("step");
    await shoot(page, "j2-03-quiz-answered");

    // A refresh keeps the answers and does not reset the clock.
    await page.waitForTimeout(1100);
    await page.reload();
    await page.locator("#quiz").waitFor();
    expect(await page.locator(".option input:checked").count()).toBe(count);
    expect((await timer.textContent()) ?? "").not.toBe(firstReading);
    await expectFits(page);

    const submit = page.locator(".quiz-foot .submit-quiz");
    await submit.focus();
    await page.keyboard.press("Enter");
    await page.locator(".result-summary").waitFor();
    await poll(() => page.locator(".score-value").first().textContent()).toBe("2 2/3");
    expect(await page.locator(".stat-correct dd").textContent()).toBe("3");
    expect(await page.locator(".stat-wrong dd").textContent()).toBe("1");
    expect(await page.locator(".review-item .explanation").count()).toBe(count);
    expect(await page.getByText("As of 24 November 2026").count()).toBe(count);
    await shoot(page, "j2-04-result");
    await expectFits(page);
    expect(errors).toEqual([]);
  });

  it("3. the aspirant reviews mistakes and practises them until cleared", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel("Username").fill("kavya_s");
    await page.getByLabel("Password").fill("kavya-s-password");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("link", { name: "My mistakes" }).click();
    await page.getByRole("heading", { name: "My mistakes" }).waitFor();
    expect(await page.locator(".review-item").count()).toBe(1);
    const stem = (await page.locator(".review-item .stem").textContent()) ?? "";
    expect(await page.locator(".review-item .explanation").count()).toBe(1);
    await shoot(page, "j3-01-mistakes");
    await expectFits(page);

    await page.getByRole("button", { name: "Practise my mistakes" }).first().click();
    await page.locator("#quiz").waitFor();
    expect(await page.locator(".question .stem").textContent()).toBe(stem);
    const options = await page.locator(".option-text").allTextContents();
    const right = options.indexOf(answerFor(stem));
    await page.keyboard.press("ABCD"[right] ?? "A");
    await shoot(page, "j3-02-practice");
    // A double click submits once; the result is recorded once.
    await page.locator(".quiz-foot .submit-quiz").dblclick();
    await page.locator(".result-summary").waitFor();
    await page.getByText("1 mistake cleared.").waitFor();
    await shoot(page, "j3-03-practice-result");

    await page.getByRole("link", { name: "My mistakes" }).first().click();
    await page.locator(".badge-cleared").waitFor();
    expect(await page.getByRole("button", { name: "Practise my mistakes" }).count()).toBe(0);
    await shoot(page, "j3-04-mistakes-cleared");

    await page.getByRole("link", { name: "History" }).click();
    await page.getByRole("heading", { name: "History" }).waitFor();
    expect(await page.locator("table.attempts tbody tr").count()).toBe(2);
    await shoot(page, "j3-05-history");
    await expectFits(page);
    expect(errors).toEqual([]);
  });

  it("the quiz works with the mouse before (and without) JavaScript", async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/2`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.locator("#quiz").waitFor();
    const stems = await page.locator(".question .stem").allTextContents();
    for (let i = 0; i < stems.length; i += 1) {
      await page
        .locator(".question")
        .nth(i)
        .getByText(answerFor(stems[i] ?? ""), { exact: true })
        .click();
    }
    expect(await page.locator(".option input:checked").count()).toBe(stems.length);
    expect(await page.locator(".clear-answer").first().isVisible()).toBe(false);
    await page.locator(".quiz-foot .submit-quiz").click();
    await page.locator(".result-summary").waitFor();
    expect(await page.locator(".stat-correct dd").textContent()).toBe(String(stems.length));
    await context.close();
  });

  it("auto-submits at the server's deadline", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/articles/2`);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.locator("#quiz").waitFor();
    await page.keyboard.press("1");
    // Arrow keys move between questions; a chosen answer can be cleared again.
    await page.keyboard.press("ArrowRight");
    await poll(() => page.locator(".pal").nth(1).getAttribute("aria-current")).toBe("step");
    await page.keyboard.press("b");
    await poll(() => page.locator(".pal").nth(1).getAttribute("class")).toContain("is-answered");
    await page.locator(".question").nth(1).getByRole("button", { name: "Clear answer" }).click();
    await poll(() => page.locator(".pal").nth(1).getAttribute("class")).not.toContain(
      "is-answered",
    );
    await page.keyboard.press("ArrowLeft");
    await poll(() => page.locator(".pal").nth(0).getAttribute("aria-current")).toBe("step");
    const remaining = Number(await page.locator("#quiz").getAttribute("data-remaining"));
    server.advance(remaining - 3);
    await page.reload();
    await page.locator("#quiz").waitFor();
    expect(Number(await page.locator("#quiz").getAttribute("data-remaining"))).toBeLessThanOrEqual(
      3,
    );
    await poll(() => page.locator(".timer").getAttribute("class")).toContain("is-low");
    await page.locator(".result-summary").waitFor({ timeout: 10_000 });
    expect(await page.locator(".stat-skipped dd").textContent()).toBe("1");
    expect(errors).toEqual([]);
  });
});
