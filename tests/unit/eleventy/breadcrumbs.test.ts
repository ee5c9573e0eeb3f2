import assert from "node:assert/strict";
import { test } from "node:test";
import { breadcrumbs } from "../../../src/_build/eleventy/filters/breadcrumbs.ts";
import { facets, sectionTitles } from "../../../src/_build/library/groups.ts";
import { realSiteData } from "../support/siteData.ts";
import { makeReview } from "../support/reviews.ts";

const titles = {
  "/reviews/": "Local reviews",
  "/reviews/themes/": "Reviews by theme",
  "/reviews/themes/neglect/": "Theme: Neglect",
};

test("a theme page's trail runs Home, Local reviews, Reviews by theme", () => {
  assert.deepEqual(breadcrumbs("/reviews/themes/neglect/", titles), [
    { title: "Home", url: "/" },
    { title: "Local reviews", url: "/reviews/" },
    { title: "Reviews by theme", url: "/reviews/themes/" },
  ]);
});

test("the second page of a theme's list leads back through the theme's first page", () => {
  assert.deepEqual(
    breadcrumbs("/reviews/themes/neglect/page/2/", titles).map((crumb) => crumb.title),
    ["Home", "Local reviews", "Reviews by theme", "Theme: Neglect"],
  );
});

test("the trail stops at the page's parent, and folders with no title are skipped", () => {
  assert.deepEqual(
    breadcrumbs("/reviews/themes/", titles).map((crumb) => crumb.url),
    ["/", "/reviews/"],
  );
  assert.deepEqual(
    breadcrumbs("/reviews/page/3/", titles).map((crumb) => crumb.url),
    ["/", "/reviews/"],
  );
  assert.deepEqual(
    breadcrumbs("/privacy/", titles).map((crumb) => crumb.url),
    ["/"],
  );
});

test("the home page has no breadcrumbs", () => {
  assert.deepEqual(breadcrumbs("/", titles), []);
});

test("section titles come from the reviews: the library, each facet in use and each group", async () => {
  const data = await realSiteData();
  const found = sectionTitles(
    facets(
      [makeReview({ slug: "child-a", themes: ["neglect"], published: "2024-03-03", reviewType: "thematic-review" })],
      data,
    ),
  );
  assert.equal(found["/reviews/"], "Local reviews");
  assert.equal(found["/reviews/themes/"], "Reviews by theme");
  assert.equal(found["/reviews/themes/neglect/"], "Theme: Neglect");
  assert.equal(found["/reviews/years/2024/"], "Year published: 2024");
  assert.equal(found["/reviews/types/thematic-review/"], "Review type: Thematic review");
  assert.equal(found["/reviews/themes/domestic-abuse/"], undefined, "a theme no review has has no page");
});
