import { expect, test, type Page } from "@playwright/test";
import { pagesOfProject } from "../../support/sitePages.ts";

/** Content wider than the window forces sideways scrolling, which WCAG 1.4.10 (reflow) rules out. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("every page fits a 320 pixel wide phone screen with no sideways scrolling", async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  const failures: string[] = [];
  for (const url of await pagesOfProject(testInfo)) {
    await page.goto(url);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) failures.push(`${url}: ${overflow}px too wide`);
  }
  await page.close();
  expect(failures).toEqual([]);
});

test("every page works at 200% zoom on a laptop screen, with the quick exit in reach", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  // 200% zoom on a 1280 pixel screen lays the page out in 640 CSS pixels at twice the size.
  const page = await browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const failures: string[] = [];
  for (const url of await pagesOfProject(testInfo)) {
    await page.goto(url);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) failures.push(`${url}: ${overflow}px too wide`);
    if (!(await page.getByRole("link", { name: "Emergency Exit this page" }).isVisible()))
      failures.push(`${url}: quick exit not visible`);
  }
  await page.close();
  expect(failures).toEqual([]);
});
