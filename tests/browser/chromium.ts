// Debian's Chromium driven by playwright-core. No browser download is possible here: the test
// uses /usr/bin/chromium, fails under CI=true when it is missing, and is skipped loudly elsewhere.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);
export const inCi = process.env.CI === "true";

if (!hasChromium && !inCi) {
  console.warn(
    `\n${"!".repeat(72)}\n!! BROWSER TESTS SKIPPED: ${CHROMIUM_PATH} not found.\n` +
      "!! Install it with: apt-get install -y --no-install-recommends chromium\n" +
      `${"!".repeat(72)}\n`,
  );
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
