import { expect, test } from "@playwright/test";
import { paths } from "../../../src/_build/projectPaths.ts";
import { identityOf } from "../../support/testSites.ts";

/** The project's own partnership: the fixtures site is its site with the fictional reviews added. */
const site = identityOf(paths.data);

test("the local reviews page lists them newest first, with type, date, themes, summary and fictional label", async ({
  page,
}) => {
  await page.goto("/reviews/");
  const cards = page.locator(".review-card");
  await expect(cards).toHaveCount(13);
  const dates = await cards
    .locator("time")
    .evaluateAll((times) => times.map((time) => time.getAttribute("datetime") ?? ""));
  expect(dates).toEqual([...dates].sort().reverse());
  const first = cards.first();
  await expect(first.getByRole("heading", { name: "Thematic review: Keeping babies safe" })).toBeVisible();
  await expect(first).toContainText(/Type\s*Thematic review/);
  await expect(first).toContainText(/Published\s*21 January 2025/);
  await expect(first).toContainText(/Themes\s*Sudden unexpected death in infancy/);
  await expect(first.locator(":scope > p:last-child")).not.toBeEmpty();
  for (const card of await cards.all()) await expect(card.getByText("Fictional example")).toBeVisible();
  await expect(page.getByText("This is a demonstration build.")).toBeVisible();
});

test("a draft review never appears in the production build", async ({ page }) => {
  await page.goto("/reviews/");
  await expect(page.getByText("Child Z")).toHaveCount(0);
  const response = await page.goto("/reviews/fictional-child-z-draft/");
  expect(response?.status()).toBe(404);
});

test("filter pages by theme, year and type work with JavaScript off and list only matching reviews", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/reviews/");
  await page.getByRole("navigation", { name: "Browse reviews by" }).getByRole("link", { name: "Theme" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reviews by theme");
  await expect(page).toHaveTitle(`Reviews by theme - ${site.shortName}`);
  await page.getByRole("link", { name: "Neglect", exact: true }).click();
  await expect(page).toHaveURL(/\/reviews\/themes\/neglect\/$/);
  await expect(page).toHaveTitle(`Theme: Neglect - ${site.shortName}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "Local reviews, theme: Neglect.");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Neglect");
  const cards = page.locator(".review-card");
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) await expect(card).toContainText("Neglect");

  await page.goto("/reviews/years/");
  await page.getByRole("link", { name: "2020", exact: true }).click();
  await expect(page.locator(".review-card")).toHaveCount(2);
  for (const time of await page.locator(".review-card time").all())
    await expect(time).toHaveAttribute("datetime", /^2020-/);

  // Titles are text, escaped once: an apostrophe reads as one, in the tab and in search engines.
  await page.goto("/reviews/age-groups/");
  await expect(page).toHaveTitle(`Reviews by child's age - ${site.shortName}`);
  await page.goto("/reviews/age-groups/under-1/");
  await expect(page).toHaveTitle(`Child's age: Under 1 year - ${site.shortName}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    "content",
    "Local reviews, child's age: Under 1 year.",
  );

  await page.goto("/reviews/types/thematic-review/");
  for (const card of await page.locator(".review-card").all())
    await expect(card).toContainText(/Type\s*Thematic review/);
  await context.close();
});

test("filter pages are in the XML sitemap, in address order, and in the HTML sitemap", async ({ page, request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const url of [
    "/reviews/themes/neglect/",
    "/reviews/years/2020/",
    "/reviews/types/thematic-review/",
    "/reviews/age-groups/under-1/",
    "/reviews/fictional-family-m-2016/",
  ]) {
    expect(sitemap).toContain(`<loc>${site.url}${url}</loc>`);
  }
  // The same site makes the same sitemap, whatever the dates of its files on disk.
  const addresses = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? "");
  expect(addresses).toEqual([...addresses].sort());
  await page.goto("/sitemap/");
  await expect(page.getByRole("main").getByRole("link", { name: "Neglect", exact: true })).toHaveAttribute(
    "href",
    "/reviews/themes/neglect/",
  );
});

test("the home page shows the latest reviews", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("main").getByText("Executive summaries of 13 reviews")).toBeVisible();
  await expect(page.locator(".review-card")).toHaveCount(3);
});
