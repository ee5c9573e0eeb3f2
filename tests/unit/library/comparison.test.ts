import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { Statistics } from "../../../src/_build/content/siteDataSchema.ts";
import { compareWithNational, MINIMUM_REVIEWS_TO_COMPARE } from "../../../src/_build/library/comparison.ts";
import { makeReview } from "../support/reviews.ts";
import { realSiteData } from "../support/siteData.ts";

let statistics: Statistics;
before(async () => {
  statistics = (await realSiteData()).statistics;
});

const ALL_THREE = ["domestic-abuse", "parental-substance-misuse", "parental-mental-health"];

const reviews = [
  makeReview({ slug: "all-three", themes: [...ALL_THREE, "neglect"] }),
  makeReview({ slug: "two-of-three", themes: ["domestic-abuse", "parental-substance-misuse"] }),
  makeReview({ slug: "abuse-only", themes: ["domestic-abuse"] }),
  makeReview({ slug: "neglect", themes: ["neglect"] }),
  makeReview({ slug: "mental-health", themes: ["parental-mental-health"] }),
];

test("each national finding is set beside the local count and percentage of reviews with its themes", () => {
  const comparison = compareWithNational(reviews, statistics);
  assert.equal(comparison.localTotal, 5);
  assert.equal(comparison.nationalTotal, statistics.casesStudiedInDetail);
  assert.deepEqual(
    comparison.findings.map((finding) => [
      finding.key,
      finding.nationalPercent,
      finding.localCount,
      finding.localTotal,
      finding.localPercent,
    ]),
    [
      ["domestic-violence", 66, 3, 5, 60],
      ["substance-misuse", 57, 2, 5, 40],
      ["mental-ill-health", 55, 2, 5, 40],
      ["all-three", 34, 1, 5, 20],
    ],
  );
});

test("'all three issues' counts only reviews tagged with all three themes, not two of them", () => {
  const allThree = (list: typeof reviews) =>
    compareWithNational(list, statistics).findings.find((finding) => finding.key === "all-three");
  assert.equal(allThree(reviews.filter((review) => review.slug !== "all-three"))?.localCount, 0);
  assert.equal(allThree(reviews)?.localCount, 1);
});

test("five local reviews are enough to compare; four are not", () => {
  assert.equal(MINIMUM_REVIEWS_TO_COMPARE, 5);
  assert.equal(compareWithNational(reviews, statistics).enoughToCompare, true);
  const four = compareWithNational(reviews.slice(0, 4), statistics);
  assert.equal(four.enoughToCompare, false);
  assert.equal(four.minimum, 5);
});

test("with no local reviews every local percentage is 0, not a division by zero", () => {
  const comparison = compareWithNational([], statistics);
  assert.equal(comparison.enoughToCompare, false);
  assert.ok(comparison.findings.every((finding) => finding.localPercent === 0 && finding.localCount === 0));
});

test("local percentages are rounded to whole numbers", () => {
  const three = [
    makeReview({ slug: "a", themes: ["domestic-abuse"] }),
    makeReview({ slug: "b" }),
    makeReview({ slug: "c" }),
  ];
  const finding = compareWithNational(three, statistics).findings.find(
    (candidate) => candidate.key === "domestic-violence",
  );
  assert.equal(finding?.localPercent, 33);
});
