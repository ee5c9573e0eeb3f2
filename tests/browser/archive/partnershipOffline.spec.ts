// The fictional second partnership's offline archive, unzipped and opened from disk.
import { expect, test } from "@playwright/test";
import { crawlArchive } from "../../support/archiveCrawl.ts";
import { QUICK_EXIT_DESTINATION, stubQuickExitDestination } from "../../support/quickExit.ts";
import { partnershipArchive } from "../../support/testSites.ts";

const { fileUrl } = partnershipArchive;

test("the fictional partnership's archive: each page opens from disk, styled, and no internal link is broken", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { problems, seen } = await crawlArchive(page, fileUrl("index.html"));
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThan(25);
});

test("the fictional partnership's archive: search works offline, with a filter by one of its own themes", async ({
  page,
}) => {
  await page.goto(fileUrl("search/index.html?q=quarry"));
  const results = page.locator(".search-result");
  await expect(results.filter({ hasText: "Child R" })).toBeVisible();
  await page.goto(fileUrl("search/index.html?theme=Housing+and+homelessness"));
  await expect(results).toHaveCount(2);
  for (const title of ["Child P", "Thematic review: Moving into adult services"])
    await expect(results.filter({ hasText: title })).toBeVisible();
});

test("the fictional partnership's archive: the quick exit works from disk", async ({ page }) => {
  const destination = await stubQuickExitDestination(page, { arrive: false });
  await page.goto(fileUrl("reviews/fictional-lowmere-child-r-2022/index.html"));
  await page.getByRole("link", { name: "Emergency Exit this page" }).click();
  expect(await destination.requested).toBe(QUICK_EXIT_DESTINATION);
});
