import { expect, test } from "@playwright/test";
import { showEveryResult, shownDespiteHidden } from "../../support/searchMore.ts";

test("search results show each review's type and date", async ({ page }) => {
  await page.goto("/search/?q=neglect");
  const result = page.locator(".search-result").filter({ hasText: "Family M" });
  await expect(result.locator(".search-result__meta")).toHaveText("Serious case review, published 22 March 2016");
});

test("choosing a theme filter narrows the results to reviews with that theme", async ({ page }) => {
  await page.goto("/reviews/themes/neglect/");
  const withTheme = (await page.locator(".review-card").getByRole("heading").allInnerTexts()).sort();

  await page.goto("/search/?q=child");
  await expect(page.locator(".search-result").first()).toBeVisible();
  const before = await page.locator(".search-result").count();
  await page.getByText("Filter and sort results").click();
  await page
    .getByRole("group", { name: "Theme" })
    .getByLabel(/^Neglect \(\d+\)$/)
    .check();
  await expect(page).toHaveURL(/theme=Neglect/);
  await expect
    .poll(async () => (await page.locator(".search-result__title").allInnerTexts()).sort())
    .toEqual(withTheme);
  expect(withTheme.length).toBeLessThan(before);
});

test("a filter with no words lists every review with that value, and sorting by date puts the newest first", async ({
  page,
}) => {
  await page.goto("/search/?type=Local+child+safeguarding+practice+review&sort=newest");
  const results = page.locator(".search-result");
  await expect(results).toHaveCount(5);
  const meta = await page.locator(".search-result__meta").allInnerTexts();
  expect(meta.every((text) => text.startsWith("Local child safeguarding practice review"))).toBe(true);
  await expect(results.first()).toContainText("Child H");
  await page.getByLabel("Sort results by").selectOption("oldest");
  await expect(results.first()).toContainText("Child D");
});

test("two filters together keep only reviews matching both", async ({ page }) => {
  await page.goto("/search/?theme=Domestic+abuse&age=Under+1+year");
  await expect(page.locator(".search-result")).not.toHaveCount(0);
  for (const link of await page.locator(".search-result__title a").all()) {
    const href = await link.getAttribute("href");
    const review = await page.context().newPage();
    await review.goto(href as string);
    await expect(review.locator(".summary-list")).toContainText("Domestic abuse");
    await expect(review.locator(".summary-list")).toContainText("Under 1 year");
    await review.close();
  }
});

test("results come five at a time: Show more results adds the next five and moves focus to the first of them", async ({
  page,
}) => {
  await page.goto("/search/?q=child");
  const results = page.locator(".search-result");
  await expect(results).toHaveCount(5);
  const status = page.getByRole("status").filter({ hasText: /results for "child", showing 5\./ });
  await expect(status).toBeVisible();
  const total = Number(/^(\d+)/.exec((await status.innerText()).trim())?.[1]);
  expect(total).toBeGreaterThan(5);
  await page.getByRole("button", { name: "Show more results" }).click();
  await expect(results).toHaveCount(Math.min(10, total));
  await expect(results.nth(5).getByRole("link")).toBeFocused();
});

test('"Show more results" shows only while there are more, and each press adds results', async ({ page }) => {
  // "neglect" finds exactly one screenful; the others need one press or several.
  const totals: Record<string, number> = {};
  for (const query of ["neglect", "abused", "babies", "child"]) {
    await page.goto(`/search/?q=${query}`);
    totals[query] = await showEveryResult(page, query);
    expect(await shownDespiteHidden(page)).toEqual([]);
  }
  expect(
    Object.values(totals).some((total) => total > 10),
    JSON.stringify(totals),
  ).toBe(true);
  expect(totals.neglect).toBe(5);
});

test("excerpts keep a review's details apart: a label and its value never run together", async ({ page }) => {
  await page.goto("/search/?q=serious");
  await expect(page.locator(".search-result__excerpt").first()).toBeVisible();
  for (const excerpt of await page.locator(".search-result__excerpt").allInnerTexts()) {
    expect(excerpt).not.toMatch(/(Type|Published|Themes|Child's age)(?=[A-Z0-9])/);
  }
});

test("a word no review has finds nothing, though reviews are named by a letter it starts with", async ({ page }) => {
  // Pagefind alone would offer Child D for "drowning", Child H for "hanging" and Child B for "burns".
  await page.goto("/search/");
  const search = async (query: string) => {
    await page.getByRole("searchbox").fill(query);
    await page.getByRole("searchbox").press("Enter");
  };
  for (const query of ["drowning", "hanging", "burns"]) {
    await search(query);
    await expect(page.getByRole("status").filter({ hasText: `No results for "${query}"` })).toBeVisible();
    await expect(page.locator(".search-result")).toHaveCount(0);
  }
  // A word longer than any the reviews have still finds the longest it starts with.
  await search("schoolroom");
  await expect(page.getByRole("status").filter({ hasText: /\d+ results? for "schoolroom"/ })).toBeVisible();
  await expect(page.locator(".search-result mark").first()).toContainText(/school/i);
});

test("the filters list age groups youngest first and review types as the site lists them", async ({ page }) => {
  await page.goto("/search/?q=review");
  await page.getByText("Filter and sort results").click();
  await expect(page.getByRole("group", { name: "Child's age" })).toBeVisible();
  const values = (legend: string) =>
    page
      .getByRole("group", { name: legend })
      .locator("label")
      .allInnerTexts()
      .then((labels) => labels.map((label) => label.replace(/ \(\d+\)$/, "")));
  const ages = await values("Child's age");
  expect(ages.length).toBeGreaterThan(2);
  const order = ["Under 1 year", "1 to 4 years", "5 to 9 years", "10 to 14 years", "15 to 17 years"];
  expect(ages).toEqual(order.filter((age) => ages.includes(age)));
  const types = await values("Review type");
  const typeOrder = ["Serious case review", "Local child safeguarding practice review", "Thematic review"];
  expect(types).toEqual(typeOrder.filter((type) => types.includes(type)));
});
