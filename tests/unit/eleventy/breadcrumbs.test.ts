import assert from "node:assert/strict";
import { test } from "node:test";
import { breadcrumbs } from "../../../src/_build/eleventy/filters/breadcrumbs.ts";

const pages = [
  { url: "/", data: { title: "Case reviews" } },
  { url: "/reviews/", data: { title: "Local case reviews", breadcrumbTitle: "Local reviews" } },
  { url: "/reviews/themes/", data: { title: "Themes" } },
  { url: "/reviews/themes/neglect/", data: { title: "Neglect" } },
  { url: false as const, data: { title: "Not written" } },
  { url: "/untitled/", data: {} },
];

test("a theme page's trail runs Home, Local reviews, Themes, using the short breadcrumb title where there is one", () => {
  assert.deepEqual(breadcrumbs("/reviews/themes/neglect/", pages), [
    { title: "Home", url: "/" },
    { title: "Local reviews", url: "/reviews/" },
    { title: "Themes", url: "/reviews/themes/" },
  ]);
});

test("the trail stops at the page's parent: the page itself is not in it", () => {
  const trail = breadcrumbs("/reviews/themes/", pages);
  assert.deepEqual(trail.map((crumb) => crumb.url), ["/", "/reviews/"]);
});

test("folders with no page, or a page with no title, are skipped", () => {
  assert.deepEqual(breadcrumbs("/reviews/years/2024/", pages).map((crumb) => crumb.url), ["/", "/reviews/"]);
  assert.deepEqual(breadcrumbs("/untitled/child/", pages).map((crumb) => crumb.url), ["/"]);
});

test("the home page has no breadcrumbs", () => {
  assert.deepEqual(breadcrumbs("/", pages), []);
});
