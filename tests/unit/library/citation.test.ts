import assert from "node:assert/strict";
import { test } from "node:test";
import { citeReview } from "../../../src/_build/library/citation.ts";
import { makeReview } from "../support/reviews.ts";

const options = {
  partnership: "Lowmere Safeguarding Children Partnership",
  typeLabel: "Serious case review",
  siteUrl: "https://lowmere-scp.example",
};

test("a citation names the partnership, year, title, type, publication date and full address", () => {
  const review = makeReview({ slug: "child-a", title: "Child A", published: "2024-03-03" });
  assert.equal(
    citeReview(review, options),
    "Lowmere Safeguarding Children Partnership (2024) Child A: serious case review. Published 3 March 2024. " +
      "Available at: https://lowmere-scp.example/reviews/child-a/",
  );
});

test("the citation's year and date follow the review's published date", () => {
  const citation = citeReview(makeReview({ slug: "family-m", title: "Family M", published: "2016-12-25" }), {
    ...options,
    typeLabel: "Thematic review",
  });
  assert.match(citation, /\(2016\) Family M: thematic review\. Published 25 December 2016\./);
  assert.ok(citation.endsWith("/reviews/family-m/"));
});

test("a title that already names the kind of review is not followed by it again", () => {
  const citation = citeReview(
    makeReview({ slug: "keeping-babies-safe", title: "Thematic review: keeping babies safe", published: "2025-01-10" }),
    { ...options, typeLabel: "Thematic review" },
  );
  assert.match(citation, /\(2025\) Thematic review: keeping babies safe\. Published 10 January 2025\./);
});
