import assert from "node:assert/strict";
import { test } from "node:test";
import type { PartnershipReport } from "../../../src/_build/national/gatherFeeds.ts";
import { formatBuiltSummary, formatGatherReport, whyNoReviews } from "../../../src/_build/national/gatherReport.ts";
import { makeReview } from "../support/reviews.ts";

/** One fictional partnership's feed, fetched. */
const partnership = (parts: Partial<PartnershipReport> = {}): PartnershipReport => ({
  key: "fenmarch",
  name: "Fenmarch Safeguarding Children Partnership",
  region: "Fen Country",
  regionKey: "fen-country",
  site: "https://fenmarch-scp.example",
  feed: "https://fenmarch-scp.example/feed.json",
  status: "fetched",
  fetched: "2026-11-25",
  accepted: 1,
  refused: [],
  joined: [],
  ...parts,
});

test("the console counts in singular and plural as English does: never 1 reviews or 1 partnerships", () => {
  const one = formatGatherReport({ partnerships: [partnership()], reviews: [makeReview({ slug: "child-a" })] });
  assert.match(one, /Fenmarch Safeguarding Children Partnership: 1 review accepted\./);
  assert.match(one, /^Gathered 1 review from 1 partnership\.$/m);
  const refusal = { item: "item 1 in the feed", problems: [{ reason: "must be an object." }] };
  const two = formatGatherReport({
    partnerships: [
      partnership({ accepted: 0, refused: [refusal] }),
      partnership({ key: "oxlade", status: "none", problem: "The feed could not be fetched." }),
    ],
    reviews: [],
  });
  assert.match(
    two,
    /^Gathered 0 reviews from 2 partnerships; 1 item was refused; 1 feed could not be fetched or read\.$/m,
  );
  assert.equal(
    formatBuiltSummary("_site-national", 1, 1, "building 1.0 s"),
    "Built the national index into _site-national/: 1 review, 1 page in its search index (building 1.0 s).",
  );
});

test("each join of two partnerships' items as one review is said on the console, with both addresses", () => {
  const joined = [
    {
      page: "https://fenmarch-scp.example/reviews/child-f/",
      title: "Child F",
      with: [{ name: "Oxlade Safeguarding Children Partnership", page: "https://oxlade-scp.example/reviews/child-f/" }],
    },
  ];
  const report = formatGatherReport({ partnerships: [partnership({ joined })], reviews: [] });
  assert.match(
    report,
    /^ {2}- joined https:\/\/fenmarch-scp\.example\/reviews\/child-f\/ \(title "Child F"\) with the Oxlade Safeguarding Children Partnership's review at https:\/\/oxlade-scp\.example\/reviews\/child-f\/, as one joint review/m,
  );
});

test("a partnership with no reviews in the index is told apart: an empty feed, every item refused, or no copy", () => {
  assert.equal(whyNoReviews(partnership()), undefined);
  assert.equal(whyNoReviews(partnership({ accepted: 0 })), "Its feed was read, and lists no reviews yet.");
  const refusal = {
    item: "https://fenmarch-scp.example/reviews/child-a/",
    problems: [{ reason: "is in the future." }],
  };
  assert.equal(
    whyNoReviews(partnership({ accepted: 0, refused: [refusal] })),
    "Every item of its feed was refused (1 item).",
  );
  assert.equal(
    whyNoReviews(partnership({ accepted: 0, status: "none" })),
    "Its feed could not be fetched or read, and the index has no earlier copy of it.",
  );
});
