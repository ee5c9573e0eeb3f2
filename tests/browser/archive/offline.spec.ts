import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { crawlArchive } from "../../support/archiveCrawl.ts";
import { showEveryResult, shownDespiteHidden } from "../../support/searchMore.ts";
import { QUICK_EXIT_DESTINATION, stubQuickExitDestination } from "../../support/quickExit.ts";
import { testArchive } from "../../support/testSites.ts";

const { fileUrl } = testArchive;

test("opened from disk, every page is styled and every internal link lands on a file that exists", async ({ page }) => {
  test.setTimeout(300_000);
  const { problems, seen } = await crawlArchive(page, fileUrl("index.html"));
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThan(50);
});

test("search works offline and finds a known review with a filter applied", async ({ page }) => {
  await page.goto(fileUrl("index.html"));
  await page.getByRole("search").getByLabel("Search this site").fill("exploitation");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/search\/index\.html\?q=exploitation$/);
  const results = page.locator(".search-result");
  await expect(results.first()).toBeVisible();
  const unfiltered = await results.count();

  await page.getByText("Filter and sort results").click();
  await page
    .getByRole("group", { name: "Review type" })
    .getByLabel(/^Thematic review \(\d+\)$/)
    .check();
  await expect.poll(() => results.count()).toBeLessThan(unfiltered);
  const match = results.filter({ hasText: "Thematic review: Exploitation of adolescents" });
  await expect(match).toBeVisible();
  await expect(match.locator("mark").first()).toHaveText(/exploitation/i);
  for (const meta of await page.locator(".search-result__meta").allInnerTexts())
    expect(meta).toMatch(/^Thematic review/);

  await match.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thematic review: Exploitation of adolescents");
  expect(page.url()).toBe(fileUrl("reviews/fictional-thematic-review-exploitation/index.html"));
});

test('offline, "Show more results" shows only while there are more, and each press adds results', async ({ page }) => {
  const totals: number[] = [];
  for (const query of ["neglect", "exploitation", "child"]) {
    await page.goto(`${fileUrl("search/index.html")}?q=${query}`);
    totals.push(await showEveryResult(page, query));
    expect(await shownDespiteHidden(page)).toEqual([]);
  }
  expect(Math.max(...totals)).toBeGreaterThan(5);
});

test("the quick exit works from disk, by button and by Shift three times", async ({ page }) => {
  const destination = await stubQuickExitDestination(page, { arrive: false });
  await page.goto(fileUrl("reviews/fictional-family-m-2016/index.html"));
  await page.getByRole("link", { name: "Emergency Exit this page" }).click();
  expect(await destination.requested).toBe(QUICK_EXIT_DESTINATION);
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();

  const second = await page.context().newPage();
  const secondDestination = await stubQuickExitDestination(second, { arrive: false });
  await second.goto(fileUrl("serious-case-reviews/index.html"));
  for (let press = 0; press < 3; press++) await second.keyboard.press("Shift");
  expect(await secondDestination.requested).toBe(QUICK_EXIT_DESTINATION);
});

test("a document stored in the archive opens from disk", async ({ page }) => {
  await page.goto(fileUrl("reviews/fictional-family-m-2016/index.html"));
  const link = page
    .getByRole("region", { name: "Documents" })
    .getByRole("link", { name: "Family M executive summary (fictional) (PDF, 671 bytes)" });
  const href = await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
  expect(href).toBe(fileUrl("assets/documents/family-m-executive-summary-fictional.pdf"));
  expect(readFileSync(fileURLToPath(href)).subarray(0, 5).toString()).toBe("%PDF-");
});
