// Screenshots of each journey step at phone and laptop widths, into screenshots/ (git-ignored).
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";

export const PHONE = { width: 360, height: 740 };
export const LAPTOP = { width: 1280, height: 800 };
const DIR = "screenshots";

/** Full-page PNGs of the current page at both widths; leaves the page at the width it had. */
export const shoot = async (page: Page, name: string): Promise<void> => {
  mkdirSync(DIR, { recursive: true });
  const before = page.viewportSize() ?? PHONE;
  for (const [label, size] of [
    ["360", PHONE],
    ["1280", LAPTOP],
  ] as const) {
    await page.setViewportSize(size);
    // Scrolled pages distort sticky bars in full-page shots: shoot from the top.
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: `${DIR}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(before);
};

/** Horizontal overflow at the current width: a page wider than the screen looks broken. */
export const overflowsHorizontally = (page: Page): Promise<boolean> =>
  page.evaluate<boolean>("document.documentElement.scrollWidth > window.innerWidth + 1");
