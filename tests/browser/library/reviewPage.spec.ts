import { expect, test } from "@playwright/test";
import { paths } from "../../../src/_build/projectPaths.ts";
import { identityOf } from "../../support/testSites.ts";

/** The project's own partnership: the fixtures site is its site with the fictional reviews added. */
const site = identityOf(paths.data);

test("a review page shows its details, executive summary, documents, citation, related reviews and neighbours", async ({
  page,
}) => {
  await page.goto("/reviews/fictional-family-m-2016/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Family M");
  await expect(page.getByRole("main").getByText("Fictional example").first()).toBeVisible();
  const details = page.locator(".summary-list");
  await expect(details).toContainText("Serious case review");
  await expect(details).toContainText("22 March 2016");
  await expect(details.getByRole("link", { name: "Neglect" })).toHaveAttribute("href", "/reviews/themes/neglect/");
  await expect(details).toContainText("5 to 9 years");
  await expect(page.getByRole("heading", { level: 2, name: "Background" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Recommendations" })).toBeVisible();

  const documents = page.getByRole("region", { name: "Documents" });
  // A stored document: format and size worked out by the build. A linked one: as the editor gave them,
  await expect(
    documents.getByRole("link", { name: "Family M executive summary (fictional) (PDF, 671 bytes)" }),
  ).toHaveAttribute("href", "/assets/documents/family-m-executive-summary-fictional.pdf");
  // One kept on another website says so: an offline archive holds only the site's own documents.
  await expect(
    documents.getByRole("link", { name: "Family M action plan (fictional) (PDF, 95 KB, on another website)" }),
  ).toHaveAttribute("href", "https://example.org/fictional/family-m-action-plan.pdf");

  await expect(page.getByRole("region", { name: "How to cite this review" })).toContainText(
    `${site.name} (2016) Family M: serious case review. Published 22 March 2016. ` +
      `Available at: ${site.url}/reviews/fictional-family-m-2016/`,
  );
  const related = page.getByRole("region", { name: "Related reviews" }).locator(".review-card");
  expect(await related.count()).toBeGreaterThan(0);
  await expect(
    page.getByRole("navigation", { name: "Previous and next reviews" }).getByRole("link", { name: /Previous review/ }),
  ).toHaveAttribute("href", "/reviews/fictional-thematic-review-disabled-children/");
  await expect(
    page.getByRole("navigation", { name: "Previous and next reviews" }).getByRole("link", { name: /Next review/ }),
  ).toHaveAttribute("href", "/reviews/fictional-child-c-2017/");
});

test("a review page carries metadata for archives and search engines", async ({ page }) => {
  await page.goto("/reviews/fictional-family-m-2016/");
  await expect(page.locator('meta[name="DC.title"]')).toHaveAttribute("content", "Family M");
  await expect(page.locator('meta[name="DCTERMS.issued"]')).toHaveAttribute("content", "2016-03-22");
  await expect(page.locator('meta[name="DC.subject"]').first()).toHaveAttribute("content", /./);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${site.url}/reviews/fictional-family-m-2016/`,
  );
  await expect(page.locator('[itemtype="https://schema.org/Report"] [itemprop="datePublished"]')).toHaveAttribute(
    "datetime",
    "2016-03-22",
  );
});

test("the local and national comparison shows each figure with the number of reviews behind it", async ({ page }) => {
  await page.goto("/serious-case-reviews/");
  const table = page.getByRole("table", { name: `${site.place} reviews compared with the national findings` });
  await expect(table.getByRole("row", { name: /^Domestic violence 62% \(8 of 13\) 66%$/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^All three issues 38% \(5 of 13\) 34%$/ })).toBeVisible();
  const chart = page.getByRole("img", { name: `${site.place} reviews compared with the national findings` });
  await expect(chart).toBeVisible();
});
