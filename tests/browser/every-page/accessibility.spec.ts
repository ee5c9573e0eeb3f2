import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pagesOfProject } from "../../support/sitePages.ts";

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe-core can test. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

test("axe-core finds no WCAG 2.2 A or AA failure on any page", async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  for (const url of [...(await pagesOfProject(testInfo)), "/this-page-does-not-exist/"]) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    for (const violation of results.violations) {
      const nodes = violation.nodes.map((node) => node.target.join(" ")).join("; ");
      failures.push(`${url}: ${violation.id} (${violation.impact}): ${violation.help}, at ${nodes}`);
    }
  }
  expect(failures).toEqual([]);
});

test("axe-core finds no failure on the search page showing results and filters", async ({ page }) => {
  await page.goto("/search/?q=review");
  await expect(page.locator(".search-result").first()).toBeVisible();
  await page.getByText("Filter and sort results").click();
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
