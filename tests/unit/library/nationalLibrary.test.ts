import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { Review } from "../../../src/_build/content/reviews.ts";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import { facets, filterPages, NATIONAL_LIBRARY, sectionTitles } from "../../../src/_build/library/groups.ts";
import { jsonFeed } from "../../../src/_build/library/jsonFeed.ts";
import { relatedFromOtherPartnerships, themesAcross } from "../../../src/_build/library/nationalLibrary.ts";
import { makeReview, slugs } from "../support/reviews.ts";
import { realSiteData } from "../support/siteData.ts";

let data: SiteData;
before(async () => (data = await realSiteData()));

/** A review in the national index, from one partnership (or several, for a joint review). */
function gathered(slug: string, partnerships: string[], parts: Partial<Parameters<typeof makeReview>[0]> = {}): Review {
  const publications = partnerships.map((partnership) => ({
    partnership,
    name: `${partnership[0]?.toUpperCase()}${partnership.slice(1)} Safeguarding Children Partnership`,
    region: partnership === "quenwick" ? "Wolds" : "Fen Country",
    regionKey: partnership === "quenwick" ? "wolds" : "fen-country",
    site: `https://${partnership}-scp.example`,
    page: `https://${partnership}-scp.example/reviews/${slug}/`,
    documents: [],
    fetched: "2026-11-25",
    stale: false,
  }));
  return { ...makeReview({ slug, ...parts }), national: { publications, localThemes: [] } };
}

test("each shared theme with how many gathered reviews have it, their share and how many partnerships", () => {
  const reviews = [
    gathered("a", ["fenmarch"], { themes: ["neglect", "domestic-abuse"] }),
    gathered("b", ["oxlade"], { themes: ["neglect"] }),
    gathered("c", ["oxlade", "quenwick"], { themes: ["online-harm"] }),
    gathered("d", ["oxlade"], { themes: ["neglect"] }),
  ];
  const { total, themes } = themesAcross(reviews, [
    ...data.themes,
    { key: "water-safety", label: "Water safety", local: true },
  ]);
  assert.equal(total, 4);
  assert.deepEqual(themes, [
    { key: "neglect", label: "Neglect", count: 3, percent: 75, partnerships: 2 },
    { key: "domestic-abuse", label: "Domestic abuse", count: 1, percent: 25, partnerships: 1 },
    { key: "online-harm", label: "Online harm", count: 1, percent: 25, partnerships: 2 },
  ]);
});

test("related reviews come from other partnerships only, closest first", () => {
  const reviews = [
    gathered("a", ["fenmarch"], { themes: ["neglect", "domestic-abuse"], published: "2024-01-01" }),
    gathered("b", ["fenmarch"], { themes: ["neglect", "domestic-abuse"], published: "2024-02-01" }),
    gathered("c", ["oxlade"], { themes: ["neglect"], published: "2023-01-01" }),
    gathered("d", ["oxlade", "fenmarch"], { themes: ["neglect", "domestic-abuse"], published: "2022-01-01" }),
    gathered("e", ["quenwick"], { themes: ["neglect", "domestic-abuse"], published: "2021-01-01" }),
  ];
  assert.deepEqual(slugs(relatedFromOtherPartnerships(reviews[0] as Review, reviews)), ["e", "c"]);
});

test("the national index is also browsed by partnership and region, each with its own pages and breadcrumbs", () => {
  const reviews = [gathered("a", ["fenmarch"]), gathered("b", ["oxlade", "quenwick"])];
  const all = facets(reviews, data, { library: NATIONAL_LIBRARY, pageOf: {} });
  assert.deepEqual(
    all
      .slice(0, 2)
      .map((facet) => [facet.facet, facet.groups.map((group) => [group.url, group.label, slugs(group.reviews)])]),
    [
      [
        "partnerships",
        [
          ["/reviews/partnerships/fenmarch/", "Fenmarch Safeguarding Children Partnership", ["a"]],
          ["/reviews/partnerships/oxlade/", "Oxlade Safeguarding Children Partnership", ["b"]],
          ["/reviews/partnerships/quenwick/", "Quenwick Safeguarding Children Partnership", ["b"]],
        ],
      ],
      [
        "regions",
        [
          ["/reviews/regions/fen-country/", "Fen Country", ["a", "b"]],
          ["/reviews/regions/wolds/", "Wolds", ["b"]],
        ],
      ],
    ],
  );
  const pages = filterPages(all[0]?.groups ?? [], 15, {
    library: NATIONAL_LIBRARY,
    pageOf: { partnerships: "/partnerships/" },
  });
  assert.deepEqual(
    [pages[0]?.url, pages[0]?.facetUrl],
    ["/reviews/partnerships/fenmarch/", "/partnerships/"],
    "other partnerships are chosen from their own page",
  );
  const titles = sectionTitles(all, NATIONAL_LIBRARY, { "/partnerships/": "Partnerships" });
  assert.equal(titles["/reviews/"], "Reviews");
  assert.equal(titles["/partnerships/"], "Partnerships");
  assert.equal(titles["/reviews/regions/wolds/"], "Region: Wolds");
  assert.equal(
    facets([makeReview({ slug: "local" })], data).some((facet) => facet.facet === "partnerships"),
    false,
    "a partnership's own site has no such facet",
  );
});

test("the national index's feed names each review's partnerships and links to the partnership's own page", () => {
  const feed = JSON.parse(
    jsonFeed([gathered("child-r", ["oxlade", "quenwick"], { title: "Child R" })], {
      ...data,
      site: { ...data.site, url: "https://national-index.example" },
    }),
  );
  const [item] = feed.items;
  assert.equal(item.url, "https://national-index.example/reviews/child-r/");
  assert.equal(item.external_url, "https://oxlade-scp.example/reviews/child-r/");
  assert.deepEqual(
    item.authors.map((author: { url: string }) => author.url),
    ["https://oxlade-scp.example/", "https://quenwick-scp.example/"],
  );
  assert.deepEqual(item._review.publisher, {
    name: "Oxlade Safeguarding Children Partnership",
    url: "https://oxlade-scp.example/",
  });
});
