// What every page of a site must do for its visitors, checked in one visit to each page: a page
// is loaded once and then looked at in each way, since loading it is most of a check's time.
import { expect, test, type Page } from "@playwright/test";
import { accessibilityFailures, loadAxe } from "../../support/axe.ts";
import { cspViolations, recordCspViolations, watchPage } from "../../support/pageWatch.ts";
import { shownDespiteHidden } from "../../support/searchMore.ts";
import { pagesOfProject } from "../../support/sitePages.ts";

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 320, height: 640 };
// 200% zoom on a 1280 pixel laptop screen lays the page out in 640 by 400 CSS pixels. The page's
// layout depends on CSS pixels alone, so the same window at 1x shows what zoom does to it.
const ZOOMED = { width: 640, height: 400 };

/** Content wider than the window forces sideways scrolling, which WCAG 1.4.10 (reflow) rules out. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The parts every page has: the skip link, header, quick exit, footer, feeds, breadcrumbs below home. */
async function missingParts(page: Page, url: string): Promise<string[]> {
  const feed = (type: string) => page.locator(`link[rel="alternate"][type="${type}"]`).getAttribute("href");
  const [skipLink, banner, footer, exit, atom, json, breadcrumbs] = await Promise.all([
    page.locator("a.skip-link").first().getAttribute("href"),
    page.getByRole("banner").isVisible(),
    page.getByRole("contentinfo").isVisible(),
    page.getByRole("link", { name: "Emergency Exit this page" }).isVisible(),
    feed("application/atom+xml"),
    feed("application/feed+json"),
    page.getByRole("navigation", { name: "Breadcrumb" }).isVisible(),
  ]);
  return [
    skipLink === "#main-content" ? "" : `the skip link goes to ${skipLink}, not #main-content`,
    banner ? "" : "no header",
    footer ? "" : "no footer",
    exit ? "" : "no Exit this page button",
    atom === "/feed.xml" ? "" : `the Atom feed link is ${atom}`,
    json === "/feed.json" ? "" : `the JSON feed link is ${json}`,
    breadcrumbs || url === "/" ? "" : "no breadcrumbs",
  ].filter(Boolean);
}

/** What goes wrong when the page is seen on a phone, and at 200% zoom. */
async function layoutProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize(PHONE);
  const onPhone = await horizontalOverflow(page);
  if (onPhone > 0) problems.push(`${onPhone}px too wide for a 320 pixel phone screen`);
  await page.setViewportSize(ZOOMED);
  const zoomed = await horizontalOverflow(page);
  if (zoomed > 0) problems.push(`${zoomed}px too wide at 200% zoom`);
  if (!(await page.getByRole("link", { name: "Emergency Exit this page" }).isVisible()))
    problems.push("the quick exit is out of reach at 200% zoom");
  await page.setViewportSize(DESKTOP);
  return problems;
}

// Each site's pages are checked in two halves, so that both of the tests' browsers share the work.
const PARTS = 2;

for (let part = 1; part <= PARTS; part += 1) {
  test(
    "every page loads with no console error, CSP violation or request to another site; has the skip link, " +
      "header, breadcrumbs (below home), quick exit, footer and feed links; hides what it hides; fits a " +
      "320 pixel phone screen and 200% zoom with the quick exit in reach; and axe-core finds no WCAG 2.2 " +
      `A or AA failure (part ${part} of ${PARTS})`,
    async ({ page, baseURL }, testInfo) => {
      test.setTimeout(240_000);
      await page.setViewportSize(DESKTOP);
      await recordCspViolations(page);
      await loadAxe(page.context());
      const failures: string[] = [];
      const pages = (await pagesOfProject(testInfo)).filter((_, at) => at % PARTS === part - 1);
      for (const url of pages) {
        const watch = watchPage(page, baseURL as string);
        const response = await page.goto(url, { waitUntil: "load" });
        const problems = [
          response?.status() === 200 ? "" : `HTTP status ${response?.status()}`,
          (await page.locator("h1").count()) === 1 ? "" : "not exactly one h1",
          ...(await cspViolations(page)).map((violation) => `CSP ${violation}`),
          ...(await missingParts(page, url)),
          ...(await shownDespiteHidden(page)).map((element) => `shown despite the hidden attribute: ${element}`),
          ...(await accessibilityFailures(page)).map((failure) => `axe-core: ${failure}`),
          ...(await layoutProblems(page)),
          ...watch.problems,
        ];
        failures.push(...problems.filter(Boolean).map((problem) => `${url}: ${problem}`));
        page.removeAllListeners();
      }
      expect(failures).toEqual([]);
    },
  );
}

test("a missing page shows the 404 page with status 404, a way on, and no accessibility failure", async ({ page }) => {
  await loadAxe(page.context());
  const response = await page.goto("/this-page-does-not-exist/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("main").getByRole("link", { name: "search this site" })).toHaveAttribute(
    "href",
    "/search/",
  );
  expect(await accessibilityFailures(page)).toEqual([]);
});

test("axe-core finds no failure on the search page showing results and filters", async ({ page }) => {
  await loadAxe(page.context());
  await page.goto("/search/?q=review");
  await expect(page.locator(".search-result").first()).toBeVisible();
  // The national index's search has no sorting: its panel is "Filter results".
  await page.getByText(/^Filter( and sort)? results$/).click();
  expect(await accessibilityFailures(page)).toEqual([]);
});
