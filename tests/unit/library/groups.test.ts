import assert from "node:assert/strict";
import { test } from "node:test";
import type { VocabularyEntry } from "../../../src/_build/content/siteDataSchema.ts";
import {
  facets,
  filterPages,
  groupByAgeGroup,
  groupByTheme,
  groupByType,
  groupByYear,
  listPageUrl,
  pageLinks,
  paginate,
} from "../../../src/_build/library/groups.ts";
import { makeReview, slugs } from "../support/reviews.ts";

const themes: VocabularyEntry[] = [
  { key: "domestic-abuse", label: "Domestic abuse" },
  { key: "neglect", label: "Neglect" },
  { key: "hidden-men", label: "Hidden men" },
  { key: "online-harm", label: "Online harm" },
];
const reviewTypes: VocabularyEntry[] = [
  { key: "serious-case-review", label: "Serious case review" },
  { key: "thematic-review", label: "Thematic review" },
];
const ageGroups: VocabularyEntry[] = [
  { key: "under-1", label: "Under 1 year" },
  { key: "15-to-17", label: "15 to 17 years" },
];

const reviews = [
  makeReview({
    slug: "child-c",
    published: "2024-05-01",
    themes: ["hidden-men", "neglect"],
    reviewType: "thematic-review",
  }),
  makeReview({ slug: "child-b", published: "2022-01-10", themes: ["neglect"], childAge: "under-1" }),
  makeReview({ slug: "child-a", published: "2022-11-30", themes: ["domestic-abuse", "hidden-men"] }),
  makeReview({ slug: "child-d", published: "2019-07-07", themes: ["neglect"] }),
];

/** n reviews, newest first, slugs review-1 to review-n. */
const many = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    makeReview({ slug: `review-${index + 1}`, published: `2024-01-${String(28 - (index % 28)).padStart(2, "0")}` }),
  );

test("themes are listed in the vocabulary's order, each with its reviews, leaving out themes no review has", () => {
  const groups = groupByTheme(reviews, themes);
  assert.deepEqual(
    groups.map((group) => [group.key, group.label, group.url, slugs(group.reviews)]),
    [
      ["domestic-abuse", "Domestic abuse", "/reviews/themes/domestic-abuse/", ["child-a"]],
      ["neglect", "Neglect", "/reviews/themes/neglect/", ["child-c", "child-b", "child-d"]],
      ["hidden-men", "Hidden men", "/reviews/themes/hidden-men/", ["child-c", "child-a"]],
    ],
  );
  assert.ok(groups.every((group) => group.facet === "themes"));
});

test("years are listed newest first, each with the reviews published that year", () => {
  const groups = groupByYear(reviews);
  assert.deepEqual(
    groups.map((group) => [group.key, group.url, slugs(group.reviews)]),
    [
      ["2024", "/reviews/years/2024/", ["child-c"]],
      ["2022", "/reviews/years/2022/", ["child-b", "child-a"]],
      ["2019", "/reviews/years/2019/", ["child-d"]],
    ],
  );
});

test("review types and age groups group by their single value; reviews with no age are in no age group", () => {
  assert.deepEqual(
    groupByType(reviews, reviewTypes).map((group) => [group.url, slugs(group.reviews)]),
    [
      ["/reviews/types/serious-case-review/", ["child-b", "child-a", "child-d"]],
      ["/reviews/types/thematic-review/", ["child-c"]],
    ],
  );
  assert.deepEqual(
    groupByAgeGroup(reviews, ageGroups).map((group) => [group.url, slugs(group.reviews)]),
    [["/reviews/age-groups/under-1/", ["child-b"]]],
  );
});

test("facets come in the listing's order with their titles, and a facet no review uses is left out", () => {
  const withoutAges = reviews.filter((review) => !review.childAge);
  assert.deepEqual(
    facets(withoutAges, { themes, reviewTypes, ageGroups }).map((facet) => [facet.facet, facet.title, facet.url]),
    [
      ["themes", "Theme", "/reviews/themes/"],
      ["years", "Year published", "/reviews/years/"],
      ["types", "Review type", "/reviews/types/"],
    ],
  );
});

test("the first page of a list is at its own address, later pages under page/N/", () => {
  assert.equal(listPageUrl("/reviews/", 1), "/reviews/");
  assert.equal(listPageUrl("/reviews/", 2), "/reviews/page/2/");
  assert.equal(listPageUrl("/reviews/themes/neglect/", 3), "/reviews/themes/neglect/page/3/");
});

test("45 reviews in pages of 20 make three, each with a title and the positions of its first and last review", () => {
  const all = many(45);
  const pages = paginate(all, "/reviews/", 20, "Local reviews");
  assert.deepEqual(
    pages.map((page) => [page.url, page.title, page.pageNumber, page.first, page.last, page.reviews.length]),
    [
      ["/reviews/", "Local reviews", 1, 1, 20, 20],
      ["/reviews/page/2/", "Local reviews, page 2", 2, 21, 40, 20],
      ["/reviews/page/3/", "Local reviews, page 3", 3, 41, 45, 5],
    ],
  );
  for (const page of pages) {
    assert.equal(page.pageCount, 3);
    assert.equal(page.total, 45);
    assert.deepEqual(
      page.pageLinks.map((link) => ("gap" in link ? "gap" : link.url)),
      ["/reviews/", "/reviews/page/2/", "/reviews/page/3/"],
    );
  }
  assert.equal(pages[0]?.previousUrl, undefined);
  assert.equal(pages[0]?.nextUrl, "/reviews/page/2/");
  assert.equal(pages[2]?.previousUrl, "/reviews/page/2/");
  assert.equal(pages[2]?.nextUrl, undefined);
  assert.deepEqual(slugs(pages.flatMap((page) => page.reviews)), slugs(all), "every review appears once, in order");
  assert.equal(pages[1]?.reviews[0]?.slug, "review-21");
});

test("a list that fits on one page has exactly one page; an empty list still has its first page", () => {
  const single = paginate(many(20), "/reviews/", 20, "Local reviews");
  assert.equal(single.length, 1);
  assert.equal(single[0]?.last, 20);
  const empty = paginate([], "/reviews/", 20, "Local reviews");
  assert.equal(empty.length, 1);
  assert.equal(empty[0]?.url, "/reviews/");
  assert.deepEqual(empty[0]?.reviews, []);
  assert.equal(empty[0]?.total, 0);
});

test("filter pages paginate each group under its own address, carrying the group without its review list", () => {
  const neglect = makeReview({ slug: "x", themes: ["neglect"] });
  const groups = groupByTheme([...many(3).map((review) => ({ ...review, themes: ["hidden-men"] })), neglect], themes);
  const pages = filterPages(groups, 2);
  assert.deepEqual(
    pages.map((page) => [page.url, page.group.key, page.facetTitle, page.first, page.last, page.pageCount]),
    [
      ["/reviews/themes/neglect/", "neglect", "Theme", 1, 1, 1],
      ["/reviews/themes/hidden-men/", "hidden-men", "Theme", 1, 2, 2],
      ["/reviews/themes/hidden-men/page/2/", "hidden-men", "Theme", 3, 3, 2],
    ],
  );
  const hiddenMen = groups.find((group) => group.key === "hidden-men");
  assert.deepEqual(
    pages.map((page) => [page.title, page.description]),
    [
      ["Theme: Neglect", "Local reviews, theme: Neglect."],
      [`Theme: ${hiddenMen?.label}`, `Local reviews, theme: ${hiddenMen?.label}.`],
      [`Theme: ${hiddenMen?.label}, page 2`, `Local reviews, theme: ${hiddenMen?.label}.`],
    ],
  );
  assert.equal("reviews" in (pages[0]?.group ?? {}), false);
  assert.equal(pages[1]?.group.url, "/reviews/themes/hidden-men/");
});

test("a long list links its first, last and neighbouring pages, with gaps for the rest, so pages stay small", () => {
  const shown = (pageNumber: number, pageCount: number) =>
    pageLinks("/reviews/", pageNumber, pageCount)
      .map((link) => ("gap" in link ? "…" : link.current ? `[${link.pageNumber}]` : String(link.pageNumber)))
      .join(" ");
  assert.equal(shown(1, 250), "[1] 2 … 250");
  assert.equal(shown(7, 250), "1 … 6 [7] 8 … 250");
  assert.equal(shown(250, 250), "1 … 249 [250]");
  assert.equal(shown(3, 250), "1 2 [3] 4 … 250", "a gap hiding one page shows the page instead");
  assert.equal(shown(2, 3), "1 [2] 3");
  assert.equal(shown(1, 1), "[1]");
  assert.equal(
    pageLinks("/reviews/themes/neglect/", 7, 250).length,
    7,
    "the same few links on every page, however long the list",
  );
  assert.deepEqual(pageLinks("/reviews/", 2, 2)[0], { pageNumber: 1, url: "/reviews/", current: false });
});
