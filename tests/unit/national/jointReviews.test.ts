import assert from "node:assert/strict";
import { test } from "node:test";
import type { GatheredReview, Review } from "../../../src/_build/content/reviews.ts";
import { joinJointReviews, joinsOf } from "../../../src/_build/national/jointReviews.ts";
import { jsonFeed } from "../../../src/_build/library/jsonFeed.ts";
import { makeReview } from "../support/reviews.ts";
import { realSiteData } from "../support/siteData.ts";

/** A review as a partnership's feed gave it to the index. */
function gathered(
  partnership: string,
  parts: Parameters<typeof makeReview>[0],
  localThemes: GatheredReview["localThemes"] = [],
): Review {
  const review = makeReview({ ...parts, slug: `${partnership}/${parts.slug}` });
  const publication = {
    partnership,
    name: partnership,
    region: "Fenland",
    regionKey: "fenland",
    site: `https://${partnership}.example`,
    page: `https://${partnership}.example/reviews/${parts.slug}/`,
    documents: [],
    fetched: "2026-11-25",
    stale: false,
  };
  return { ...review, national: { publications: [publication], localThemes } };
}

test("the same review in two partnerships' feeds appears once, naming both, with every theme either gives", () => {
  const joined = joinJointReviews([
    gathered("fenmarch", {
      slug: "child-r",
      title: "Child R",
      reviewType: "thematic-review",
      published: "2022-09-08",
      childAge: "10-to-14",
      themes: ["neglect"],
    }),
    gathered("oxlade", {
      slug: "child-r-joint",
      title: "Child R.",
      reviewType: "thematic-review",
      published: "2022-09-08",
      childAge: "10-to-14",
      themes: ["neglect", "online-harm"],
    }),
  ]);
  assert.equal(joined.length, 1);
  assert.deepEqual(
    joined[0]?.national?.publications.map((publication) => publication.partnership),
    ["fenmarch", "oxlade"],
  );
  assert.equal(
    joined[0]?.slug,
    "fenmarch/child-r",
    "the first partnership's address, in the order of the sources file",
  );
  assert.deepEqual(joined[0]?.themes, ["neglect", "online-harm"]);
  // Every join is reported to each partnership, with the other's page, to be seen and checked.
  const joins = joinsOf(joined);
  assert.deepEqual(joins.get("fenmarch"), [
    {
      page: "https://fenmarch.example/reviews/child-r/",
      title: "Child R",
      with: [{ name: "oxlade", page: "https://oxlade.example/reviews/child-r-joint/" }],
    },
  ]);
  assert.equal(joins.get("oxlade")?.[0]?.with[0]?.page, "https://fenmarch.example/reviews/child-r/");
});

test("reviews that differ in type, day or child's age are two reviews, and so are two of one partnership's own", () => {
  const base = {
    slug: "child-a",
    title: "Child A",
    reviewType: "serious-case-review",
    published: "2020-01-01",
    childAge: "under-1",
  };
  const joined = joinJointReviews([
    gathered("fenmarch", base),
    gathered("oxlade", { ...base, slug: "child-a-1", childAge: "1-to-4" }),
    gathered("oxlade", { ...base, slug: "child-a-2", published: "2020-01-02" }),
    gathered("oxlade", { ...base, slug: "child-a-3", reviewType: "thematic-review" }),
    gathered("fenmarch", { ...base, slug: "child-a-again" }),
  ]);
  assert.equal(joined.length, 5);
});

test("a local theme both partnerships of a joint review give is listed once, naming both; its feed item tags it once", async () => {
  const child = {
    title: "Child R",
    reviewType: "thematic-review",
    published: "2022-09-08",
    childAge: "10-to-14",
    themes: ["neglect"],
  };
  const water = (name: string) => ({ key: "water-safety", label: "Water safety", partnerships: [name] });
  const [joint] = joinJointReviews([
    gathered("fenmarch", { ...child, slug: "child-r" }, [water("fenmarch")]),
    gathered("oxlade", { ...child, slug: "child-r-joint" }, [
      water("oxlade"),
      { key: "quarries", label: "Quarries", partnerships: ["oxlade"] },
    ]),
  ]);
  assert.deepEqual(joint?.national?.localThemes, [
    { key: "water-safety", label: "Water safety", partnerships: ["fenmarch", "oxlade"] },
    { key: "quarries", label: "Quarries", partnerships: ["oxlade"] },
  ]);
  const siteData = await realSiteData();
  const [item] = JSON.parse(jsonFeed(joint ? [joint] : [], { ...siteData, national: true })).items;
  assert.deepEqual(item.tags, ["Neglect", "Water safety", "Quarries"]);
  // As docs/national-index.md says: every partnership in authors, the first as the one publisher the format allows.
  assert.deepEqual(
    item.authors.map((author: { url: string }) => author.url),
    ["https://fenmarch.example/", "https://oxlade.example/"],
  );
  assert.equal(item._review.publisher.url, "https://fenmarch.example/");
  assert.deepEqual(
    item._review.themes.map((theme: { key: string }) => theme.key),
    ["neglect", "water-safety", "quarries"],
  );
});
