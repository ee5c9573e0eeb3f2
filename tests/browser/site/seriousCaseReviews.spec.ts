import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { Criteria } from "../../../src/_build/content/siteDataSchema.ts";
import { paths } from "../../../src/_build/projectPaths.ts";

const criteria = JSON.parse(readFileSync(path.join(paths.data, "criteria.json"), "utf8")) as Criteria;

test("the serious case reviews page has every part of the source page, with sources", async ({ page }) => {
  await page.goto("/serious-case-reviews/");
  const main = page.getByRole("main");
  for (const heading of [
    "When are serious case reviews undertaken?",
    "Purpose of serious case reviews",
    "Serious case reviews: a national perspective",
  ]) {
    await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(main).toContainText(
    "LSCBs must continue to commission SCRs until the point at which " +
      "the new safeguarding partner arrangements begin to operate",
  );
  await expect(main).toContainText("as set out in Working Together 2018");
  // Every list of circumstances in _data/criteria.json (the partnership's own among them), item by
  // item, with its source.
  for (const list of criteria.editions.flatMap((edition) => edition.lists)) {
    await expect(main.getByRole("heading", { name: list.heading })).toBeVisible();
    for (const item of list.items)
      await expect(main.getByRole("listitem").filter({ hasText: item }).first()).toBeVisible();
    await expect(main.locator(".source").filter({ hasText: list.source.title }).first()).toBeVisible();
  }
  await expect(main).toContainText(
    "SCRs are written by people who are independent from the LSCB that commissions them",
  );
  await expect(main.getByRole("link", { name: "local reviews", exact: true })).toHaveAttribute("href", "/reviews/");
  // Facts carry their sources.
  await expect(main.locator(".source")).not.toHaveCount(0);
  await expect(main.getByRole("link", { name: /Local Safeguarding Children Boards Regulations 2006/ })).toHaveAttribute(
    "href",
    "https://www.legislation.gov.uk/uksi/2006/90/regulation/5",
  );
});

test("the Brandon report is cited in full, with the author's name spelt right and an honest link label", async ({
  page,
}) => {
  await page.goto("/serious-case-reviews/");
  const main = page.getByRole("main");
  await expect(main).toContainText("Marian Brandon's report");
  await expect(main).not.toContainText("Marion");
  await expect(main).toContainText(
    "Brandon M, Bailey S, Belderson P, Gardner R, Sidebotham P, Dodsworth J, Warren C, Black J (2009) " +
      "Understanding Serious Case Reviews and their Impact: A Biennial Analysis of Serious Case Reviews 2005-07. " +
      "DCSF Research Report DCSF-RR129.",
  );
  const link = main.getByRole("link", { name: "BASW's page describing the report" });
  await expect(link).toHaveAttribute(
    "href",
    "https://www.basw.co.uk/resources/understanding-serious-case-reviews-and-their-impact",
  );
  // Labelled for what it is, with no brackets inside brackets.
  await expect(main).toContainText(
    "BASW's page describing the report (web page, British Association of Social Workers).",
  );
  await expect(main).not.toContainText("505KB");
  await expect(main.getByRole("link", { name: /NSPCC's national case review repository/ })).toHaveAttribute(
    "href",
    "https://learning.nspcc.org.uk/case-reviews/national-case-review-repository",
  );
});

test("the key findings are a chart described for screen readers and a table with the same figures", async ({
  page,
}) => {
  await page.goto("/serious-case-reviews/");
  const chart = page.getByRole("img", { name: "Issues present in the 47 cases studied in detail" });
  await expect(chart).toBeVisible();
  const description = await chart.evaluate((svg) => svg.querySelector("desc")?.textContent ?? "");
  for (const figure of [
    "domestic violence 66%",
    "substance misuse 57%",
    "mental ill health 55%",
    "all three issues 34%",
  ])
    expect(description).toContain(figure);
  const table = page.getByRole("table", { name: "Key findings of the 47 cases studied in detail" });
  for (const [issue, percent] of [
    ["Domestic violence", "66%"],
    ["Substance misuse", "57%"],
    ["Mental ill health", "55%"],
    ["All three issues", "34%"],
  ] as const) {
    await expect(table.getByRole("row", { name: `${issue} ${percent}` })).toBeVisible();
  }
});

test("with no local reviews yet, the comparison with the national figures says there is nothing to compare", async ({
  page,
}) => {
  await page.goto("/serious-case-reviews/");
  const section = page.getByRole("main");
  await expect(
    section.getByRole("heading", { name: "Local reviews compared with the national findings" }),
  ).toBeVisible();
  await expect(section).toContainText(
    "There are no local reviews on this site yet, so there is nothing to compare with the national figures.",
  );
  await expect(page.getByRole("table", { name: /compared with the national findings/ })).toHaveCount(0);
});

test("the local reviews page is honest that none are published, and points to the NSPCC", async ({ page }) => {
  await page.goto("/reviews/");
  await expect(page.getByRole("heading", { name: "No reviews have been published on this site yet" })).toBeVisible();
  await expect(
    page.getByRole("main").getByRole("link", { name: /NSPCC Learning national case review repository/ }),
  ).toHaveAttribute("href", "https://learning.nspcc.org.uk/case-reviews/national-case-review-repository");
});

test("printing leaves out navigation and buttons and writes out link addresses", async ({ page }) => {
  await page.goto("/serious-case-reviews/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Emergency Exit this page" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  const after = await page
    .getByRole("link", { name: /NSPCC's national case review repository/ })
    .evaluate((link) => getComputedStyle(link, "::after").content);
  expect(after).toContain("learning.nspcc.org.uk");
});
