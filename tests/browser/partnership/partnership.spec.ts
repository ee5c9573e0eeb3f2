// The fictional second partnership's site, built from its own folder with the same command: its
// identity, its own themes and its contact details come from its data.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { fictionalPartnership, identityOf } from "../../support/testSites.ts";

const site = identityOf(path.join(fictionalPartnership, "_data"));

test("every part of the page names the fictional partnership from its own site.json, and says it is fictional", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle(`Case reviews - ${site.name}`);
  await expect(page.getByRole("banner")).toContainText(site.name);
  await expect(page.getByText("This is a demonstration build of a fictional partnership's site.")).toBeVisible();
  await expect(page.getByRole("main").locator(".lede")).toContainText(
    "The Lowmere Safeguarding Children Partnership is fictional",
  );
  await expect(page.getByRole("contentinfo")).toContainText(`Published by the ${site.name}.`);
  await page.goto("/serious-case-reviews/");
  await expect(page.getByRole("main")).toContainText(`our practice in ${site.place}`);
  await expect(page.getByRole("main").getByRole("link", { name: `${site.place} local reviews page` })).toHaveAttribute(
    "href",
    "/reviews/",
  );
});

test("a review of the fictional partnership shows its own local theme, and cites the fictional partnership", async ({
  page,
}) => {
  await page.goto("/reviews/fictional-lowmere-child-p-2019/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Child P");
  await expect(page.locator(".summary-list").getByRole("link", { name: "Housing and homelessness" })).toHaveAttribute(
    "href",
    "/reviews/themes/housing-and-homelessness/",
  );
  await expect(page.getByRole("region", { name: "How to cite this review" })).toContainText(
    `${site.name} (2019) Child P: serious case review.`,
  );
  const documents = page.getByRole("region", { name: "Documents" });
  await expect(
    documents.getByRole("link", { name: /Child P executive summary \(fictional\) \(Plain text, \d+ bytes\)/ }),
  ).toHaveAttribute("href", "/assets/documents/lowmere-child-p-executive-summary-fictional.txt");
});

test("search finds the fictional partnership's reviews, and its own themes are filters", async ({ page }) => {
  await page.goto("/search/?q=quarry");
  await expect(page.locator(".search-result").filter({ hasText: "Child R" })).toBeVisible();
  await page.goto("/search/?q=young");
  await expect(page.locator(".search-result").first()).toBeVisible();
  await page.getByText("Filter and sort results").click();
  await page
    .getByRole("group", { name: "Theme" })
    .getByLabel(/^Water safety \(\d+\)$/)
    .check();
  await expect(page).toHaveURL(/theme=Water\+safety/);
  await expect(page.locator(".search-result")).toHaveCount(1);
  await expect(page.locator(".search-result")).toContainText("Child R");
});

test("the accessibility statement gives the partnership's contact details from its data", async ({ page }) => {
  await page.goto("/accessibility/");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "case-reviews@lowmere-scp.example" })).toHaveAttribute(
    "href",
    "mailto:case-reviews@lowmere-scp.example",
  );
  await expect(main).toContainText("phone: 020 7946 0000");
});

test("the fictional partnership's feeds are its own: the Atom feed is well-formed and both list its reviews", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const atom = await page.evaluate(async () => {
    const document = new DOMParser().parseFromString(await (await fetch("/feed.xml")).text(), "application/xml");
    return {
      error: document.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      title: document.documentElement.getElementsByTagName("title")[0]?.textContent,
      entries: document.getElementsByTagName("entry").length,
    };
  });
  expect(atom).toEqual({ error: null, title: `${site.name}: case reviews`, entries: 4 });
  const feed = await (await request.get("/feed.json")).json();
  expect(feed.title).toBe(`${site.name}: case reviews`);
  expect(feed.items.map((item: { title: string }) => item.title)).toEqual([
    "Child S",
    "Thematic review: Moving into adult services",
    "Child R",
    "Child P",
  ]);
  expect((await request.get("/feed.schema.json")).headers()["content-type"]).toMatch(/json/);
});
