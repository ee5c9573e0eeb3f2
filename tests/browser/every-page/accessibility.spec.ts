import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pagesOfProject } from "../../support/sitePages.ts";

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe-core can test. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

// The pages are checked in a few parts, so that both of the tests' browsers share the work.
const PARTS = 4;

for (let part = 0; part < PARTS; part += 1) {
  test(`axe-core finds no WCAG 2.2 A or AA failure on any page (part ${part + 1} of ${PARTS})`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    const pages = [...(await pagesOfProject(testInfo)), "/this-page-does-not-exist/"];
    const failures: string[] = [];
    for (const url of pages.filter((_, at) => at % PARTS === part)) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      for (const violation of results.violations) {
        const where = violation.nodes.map((node) => node.target.join(" ")).join("; ");
        failures.push(`${url}: ${violation.id} (${violation.impact}): ${violation.help}, at ${where}`);
      }
    }
    expect(failures).toEqual([]);
  });
}

test("axe-core finds no failure on the search page showing results and filters", async ({ page }) => {
  await page.goto("/search/?q=review");
  await expect(page.locator(".search-result").first()).toBeVisible();
  // The national index's search has no sorting: its panel is "Filter results".
  await page.getByText(/^Filter( and sort)? results$/).click();
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
