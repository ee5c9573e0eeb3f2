import { expect, test } from "@playwright/test";
import { cspViolations, recordCspViolations, watchPage } from "../../support/pageWatch.ts";
import { shownDespiteHidden } from "../../support/searchMore.ts";
import { pagesOfProject } from "../../support/sitePages.ts";

test("every page loads with no console error, no CSP violation and no request to another site", async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  await recordCspViolations(page);
  const failures: string[] = [];
  for (const url of await pagesOfProject(testInfo)) {
    const watch = watchPage(page, baseURL as string);
    const response = await page.goto(url, { waitUntil: "load" });
    expect(response?.status(), url).toBe(200);
    await expect(page.locator("h1")).toHaveCount(1);
    for (const violation of await cspViolations(page)) failures.push(`${url}: CSP ${violation}`);
    for (const problem of watch.problems) failures.push(`${url}: ${problem}`);
    page.removeAllListeners();
  }
  expect(failures).toEqual([]);
});

test("a missing page shows the 404 page with status 404, and a way on", async ({ page }) => {
  const response = await page.goto("/this-page-does-not-exist/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("main").getByRole("link", { name: "search this site" })).toHaveAttribute(
    "href",
    "/search/",
  );
});

test("every page has the skip link, header, breadcrumbs (below home), quick exit, footer and feed links", async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  for (const url of await pagesOfProject(testInfo)) {
    await page.goto(url);
    await expect(page.locator("a.skip-link").first(), url).toHaveAttribute("href", "#main-content");
    await expect(page.getByRole("banner"), url).toBeVisible();
    await expect(page.getByRole("contentinfo"), url).toBeVisible();
    await expect(page.getByRole("link", { name: "Emergency Exit this page" }), url).toBeVisible();
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), url).toHaveAttribute(
      "href",
      "/feed.xml",
    );
    await expect(page.locator('link[rel="alternate"][type="application/feed+json"]'), url).toHaveAttribute(
      "href",
      "/feed.json",
    );
    if (url !== "/") await expect(page.getByRole("navigation", { name: "Breadcrumb" }), url).toBeVisible();
    expect(await shownDespiteHidden(page), `${url}: shown despite the hidden attribute`).toEqual([]);
  }
});
