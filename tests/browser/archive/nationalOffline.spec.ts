// The national index's offline archive, unzipped and opened from disk.
import { expect, test } from "@playwright/test";
import { crawlArchive } from "../../support/archiveCrawl.ts";
import { partnershipName } from "../../support/nationalFixture.ts";
import { nationalArchive } from "../../support/testSites.ts";

const { fileUrl } = nationalArchive;

test("the national index's archive: each page opens from disk, styled, and no internal link is broken", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { problems, seen } = await crawlArchive(page, fileUrl("index.html"));
  expect(problems).toEqual([]);
  expect(seen.size).toBeGreaterThan(25);
});

test("the national index's archive: search works offline, filtered by partnership and by region", async ({ page }) => {
  await page.goto(
    fileUrl(`search/index.html?q=fictional&partnership=${encodeURIComponent(partnershipName("stavesend"))}`),
  );
  const results = page.locator(".search-result");
  await expect(results).toHaveCount(2);
  await expect(results.first()).toContainText(partnershipName("stavesend"));
  await page.goto(fileUrl("search/index.html?region=Westmarch"));
  await expect(results.filter({ hasText: "Child R" })).toHaveCount(1);
  await expect(results.filter({ hasText: "Child N" })).toHaveCount(0);
});
