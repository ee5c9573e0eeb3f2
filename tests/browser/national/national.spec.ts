// The national index gathered from the fictional partnerships' feeds (tests/support/nationalFixture.ts),
// as a researcher uses it: browsing by partnership and region, a joint review, search with filters,
// and the sources page with every refused item.
import { expect, test } from "@playwright/test";
import { partnershipKey, partnershipName } from "../../support/nationalFixture.ts";

const lowmere = partnershipName("lowmere");
const marlwick = partnershipName("marlwick");
const stavesend = partnershipName("stavesend");

test("reviews can be browsed by partnership, from its region, and by region, each list holding only its own", async ({
  page,
}) => {
  await page.goto("/reviews/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reviews");
  await expect(page.locator("#list-count")).toHaveText("8 reviews, newest first.");
  await page.getByRole("navigation", { name: "Browse reviews by" }).getByRole("link", { name: "Partnership" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partnerships");
  await page.getByRole("main").getByRole("link", { name: "Eastmarch" }).click();
  await page.getByRole("main").getByRole("link", { name: stavesend }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Partnership ${stavesend}`);
  await page.getByRole("link", { name: `All 2 reviews from the ${stavesend}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(stavesend);
  await expect(page.locator(".review-card").getByRole("heading")).toHaveText(["Child M", "Child N"]);
  await page.goto("/reviews/regions/westmarch/");
  // Lowmere's four and Marlwick's three, the review they hold jointly once.
  await expect(page.locator(".review-card")).toHaveCount(6);
  await expect(page.locator(".review-card").filter({ hasText: stavesend })).toHaveCount(0);
});

test("a joint review appears once, names both partnerships, and links to each one's own page, not a copy", async ({
  page,
}) => {
  await page.goto("/search/?q=quarry");
  await expect(page.locator(".search-result").filter({ hasText: "Child R" })).toHaveCount(1);
  await page.locator(".search-result").filter({ hasText: "Child R" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Child R");
  const details = page.locator(".summary-list");
  await expect(details.getByRole("link", { name: lowmere })).toHaveAttribute(
    "href",
    `/partnerships/${partnershipKey("lowmere")}/`,
  );
  await expect(details.getByRole("link", { name: marlwick })).toHaveAttribute(
    "href",
    `/partnerships/${partnershipKey("marlwick")}/`,
  );
  await expect(details).toContainText("(a joint review)");
  const readOn = page.getByRole("link", { name: `Read Child R on the ${marlwick}'s site` });
  await expect(readOn).toHaveAttribute("href", "https://marlwick-scp.example/reviews/fictional-marlwick-child-r-2022/");
  await expect(page.getByRole("region", { name: "How to cite this review" })).toContainText(
    `${lowmere} and ${marlwick} (2022) Child R`,
  );
});

test("a review links to its documents on its partnership's site; related reviews are from other partnerships", async ({
  page,
}) => {
  await page.goto(`/reviews/${partnershipKey("marlwick")}/fictional-marlwick-child-k-2019/`);
  const documents = page.getByRole("region", { name: "Documents" });
  await expect(
    documents.getByRole("link", { name: /Child K executive summary \(fictional\) \(Plain text, \d+ bytes\)/ }),
  ).toHaveAttribute(
    "href",
    "https://marlwick-scp.example/assets/documents/marlwick-child-k-executive-summary-fictional.txt",
  );
  const related = page.getByRole("region", { name: "Related reviews from other partnerships" });
  await expect(related.locator(".review-card").first()).toBeVisible();
  await expect(related.locator(".review-card").filter({ hasText: marlwick })).toHaveCount(0);
});

test("search narrows results by partnership and by region, and each result names its partnership", async ({ page }) => {
  await page.goto("/search/?q=fictional");
  await expect(page.locator(".search-result").first()).toBeVisible();
  await page.getByText("Filter results").click();
  await page
    .getByRole("group", { name: "Partnership" })
    .getByLabel(new RegExp(`^${stavesend} \\(2\\)$`))
    .check();
  await expect(page).toHaveURL(/partnership=Stavesend/);
  await expect(page.locator(".search-result")).toHaveCount(2);
  await expect(page.locator(".search-result__meta").first()).toContainText(stavesend);
  await page.goto("/search/?region=Eastmarch");
  // Relevance decides the order: the two are compared as a set.
  await expect
    .poll(async () => (await page.locator(".search-result__title").allInnerTexts()).sort())
    .toEqual(["Child M", "Child N"]);
});

test("the sources page lists every refused item and why, showing a script in a title as text that never runs", async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto("/sources/");
  const refused = page.getByRole("region", { name: marlwick }).locator(".refusals");
  await expect(refused.locator(":scope > li")).toHaveCount(4);
  await expect(refused).toContainText("titled <script>alert('fictional')</script>Child X");
  await expect(page.getByRole("region", { name: lowmere }).locator(".refusals")).toHaveCount(0);
  await expect(refused).toContainText("must be plain text");
  await expect(refused).toContainText("is on another host (elsewhere.example)");
  await expect(refused).toContainText("is not a known review type");
  await expect(refused).toContainText("is in the future");
  expect(dialogs).toEqual([]);
});

test("a partnership whose site is down keeps its reviews, each marked with the day its feed was last fetched", async ({
  page,
}) => {
  await page.goto(`/partnerships/${partnershipKey("stavesend")}/`);
  await expect(page.locator(".summary-list")).toContainText("The feed could not be fetched: the server answered 503");
  await expect(page.locator(".summary-list")).toContainText(
    "Its reviews are from the copy last fetched on 20 November 2026.",
  );
  await page.getByRole("link", { name: "Child N" }).click();
  await expect(
    page.getByText(`The ${stavesend}'s feed could not be fetched for the latest build of this index`),
  ).toContainText("last fetched, on 20 November 2026");
});
