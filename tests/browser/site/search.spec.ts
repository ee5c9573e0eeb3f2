import { expect, test } from "@playwright/test";

test('a search for "substance misuse" finds the serious case reviews page, with an excerpt', async ({ page }) => {
  await page.goto("/search/");
  await page.getByLabel("Search reviews and pages").fill("substance misuse");
  await page.getByLabel("Search reviews and pages").press("Enter");
  const result = page
    .locator(".search-result")
    .filter({ has: page.getByRole("link", { name: "Serious case reviews" }) });
  await expect(result).toBeVisible();
  await expect(result.locator("mark").first()).toContainText(/substance|misuse/i);
  await expect(page.getByRole("status").filter({ hasText: /results? for "substance misuse"/ })).toBeVisible();
  // The results' titles come straight under the page's heading, as a screen reader's list of headings reads them.
  const levels = await page
    .getByRole("main")
    .locator("h1, h2, h3, h4")
    .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
  expect(levels.slice(0, 2)).toEqual([1, 2]);
  expect(
    levels.every((level, index) => index === 0 || level <= levels[index - 1]! + 1),
    `${levels}`,
  ).toBe(true);
  await result.getByRole("link", { name: "Serious case reviews" }).click();
  await expect(page).toHaveURL(/\/serious-case-reviews\/$/);
});

test("the search box in the header searches from any page", async ({ page }) => {
  await page.goto("/privacy/");
  await page.getByRole("search").getByLabel("Search this site").fill("Brandon");
  await page.getByRole("search").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Brandon/);
  await expect(page.getByLabel("Search reviews and pages")).toHaveValue("Brandon");
  await expect(page.locator(".search-result").getByRole("link", { name: "Serious case reviews" })).toBeVisible();
});

test("a search with no results says so and suggests what to try", async ({ page }) => {
  await page.goto("/search/?q=zzyzzyx");
  await expect(page.getByRole("status").filter({ hasText: "No results" })).toContainText("Check the spelling");
});

test("a word no page has finds nothing, though a page has a letter it starts with", async ({ page }) => {
  // Pagefind alone would offer "Leaving this site safely" for its "Control and H".
  await page.goto("/search/?q=hanging");
  await expect(page.getByRole("status").filter({ hasText: 'No results for "hanging"' })).toBeVisible();
  await expect(page.locator(".search-result")).toHaveCount(0);
});

test("with JavaScript off, the search page says search needs it and points to the sitemap", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/search/?q=neglect");
  await expect(page.getByRole("heading", { name: "Search needs JavaScript" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "sitemap" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sitemap");
  await context.close();
});
