import assert from "node:assert/strict";
import { test } from "node:test";
import { neighbours, relatedReviews } from "../../../src/_build/library/related.ts";
import { makeReview, slugs } from "../support/reviews.ts";

const current = makeReview({
  slug: "child-a",
  published: "2022-01-01",
  themes: ["neglect", "domestic-abuse", "hidden-men"],
});
const others = [
  makeReview({ slug: "one-shared-new", published: "2024-01-01", themes: ["neglect"] }),
  makeReview({
    slug: "three-shared",
    published: "2015-01-01",
    themes: ["hidden-men", "neglect", "domestic-abuse", "online-harm"],
  }),
  makeReview({ slug: "none-shared", published: "2025-01-01", themes: ["online-harm"] }),
  makeReview({ slug: "two-shared", published: "2016-01-01", themes: ["domestic-abuse", "neglect"] }),
  makeReview({ slug: "one-shared-old", published: "2010-01-01", themes: ["hidden-men"] }),
];

test("related reviews come most shared themes first, then newest, and never include reviews sharing none", () => {
  assert.deepEqual(slugs(relatedReviews(current, [current, ...others], 10)), [
    "three-shared",
    "two-shared",
    "one-shared-new",
    "one-shared-old",
  ]);
});

test("a review is never related to itself", () => {
  assert.ok(!slugs(relatedReviews(current, [current, ...others], 10)).includes("child-a"));
  assert.deepEqual(relatedReviews(current, [current]), []);
});

test("at most three related reviews are offered by default", () => {
  assert.deepEqual(slugs(relatedReviews(current, [current, ...others])), [
    "three-shared",
    "two-shared",
    "one-shared-new",
  ]);
});

const newestFirst = [
  makeReview({ slug: "newest", published: "2024-01-01" }),
  makeReview({ slug: "middle", published: "2020-01-01" }),
  makeReview({ slug: "oldest", published: "2016-01-01" }),
];

test("a review's neighbours are the next older (previous) and next newer (next) reviews", () => {
  const { previous, next } = neighbours(newestFirst[1]!, newestFirst);
  assert.equal(previous?.slug, "oldest");
  assert.equal(next?.slug, "newest");
});

test("the newest review has no next, the oldest no previous, and an unlisted review neither", () => {
  assert.deepEqual(Object.keys(neighbours(newestFirst[0]!, newestFirst)), ["previous"]);
  assert.equal(neighbours(newestFirst[0]!, newestFirst).previous?.slug, "middle");
  assert.deepEqual(Object.keys(neighbours(newestFirst[2]!, newestFirst)), ["next"]);
  assert.deepEqual(neighbours(makeReview({ slug: "draft" }), newestFirst), {});
});

test("reviews with the same themes, in any order, are each related to the others and never to themselves", () => {
  const twins = [
    makeReview({ slug: "twin-new", published: "2024-01-01", themes: ["neglect", "hidden-men"] }),
    makeReview({ slug: "twin-old", published: "2012-01-01", themes: ["hidden-men", "neglect"] }),
    makeReview({ slug: "cousin", published: "2020-01-01", themes: ["neglect"] }),
  ];
  assert.deepEqual(slugs(relatedReviews(twins[0]!, twins, 1)), ["twin-old"]);
  assert.deepEqual(slugs(relatedReviews(twins[1]!, twins, 1)), ["twin-new"]);
  assert.deepEqual(slugs(relatedReviews(twins[1]!, twins, 2)), ["twin-new", "cousin"]);
});
