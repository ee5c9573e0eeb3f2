import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Review } from "../content/reviews.ts";
import type { Theme } from "../content/siteDataSchema.ts";
import type { Gathered, PartnershipReport } from "../national/gatherFeeds.ts";
import { pagesOf } from "../library/groups.ts";
import type { NationalSupply } from "../national/nationalContent.ts";
import { deepFreeze } from "./deepFreeze.ts";

/** Each kind of site's main navigation, in the header and the sitemap. */
export const NAVIGATION = {
  partnership: [
    { url: "/serious-case-reviews/", title: "Serious case reviews" },
    { url: "/reviews/", title: "Local reviews" },
    { url: "/search/", title: "Search" },
  ],
  national: [
    { url: "/reviews/", title: "Reviews" },
    { url: "/partnerships/", title: "Partnerships" },
    { url: "/themes/", title: "Themes" },
    { url: "/search/", title: "Search" },
  ],
} as const;

/** The national index's sections outside the list of reviews, for breadcrumbs. */
export const NATIONAL_SECTIONS: Readonly<Record<string, string>> = {
  "/partnerships/": "Partnerships",
  "/sources/": "Sources",
};

/**
 * Reviews on a page of the national index's lists: fewer than a partnership's twenty, since each
 * card also names its partnership, and a page must stay within the 30 KB of a first view.
 */
export const NATIONAL_LIST_PAGE_SIZE = 15;

/** Partnerships are browsed from the index's own page of them, by region: a list of every one would outgrow a page. */
export const NATIONAL_FACET_PAGES = { partnerships: "/partnerships/" } as const;

/** A partnership's own pages: the national index has its own home page and no criteria of its own. */
const PARTNERSHIP_ONLY = ["src/index.njk", "src/serious-case-reviews.md"];
const NATIONAL_ONLY = "src/national/**";

/** Reviews a partnership's page shows before linking to the whole list. */
const NEWEST_SHOWN = 5;

/** Partnerships on each page of sources: enough to scan, few enough that a page stays light with 150 of them. */
export const SOURCES_PAGE_SIZE = 20;

/** One partnership in the national index, with its pages' addresses and its newest reviews. */
export interface PartnershipEntry extends PartnershipReport {
  url: string;
  /** Its part of the sources pages: what became of its feed, and every item refused. */
  sourcesUrl: string;
  /** The list of its reviews (there is one only when it has any). */
  reviewsUrl: string | undefined;
  reviewCount: number;
  newest: Review[];
}

/** What the national index's own pages show: each partnership and region, the pages of sources, and the totals. */
export function nationalSummary(gathered: Gathered) {
  const sourcePages = pagesOf(gathered.partnerships, "/sources/", SOURCES_PAGE_SIZE, "Sources");
  const sourcesPageOf = new Map(
    sourcePages.flatMap((page) => page.items.map((partnership) => [partnership.key, page.url])),
  );
  const partnerships: PartnershipEntry[] = gathered.partnerships.map((partnership) => {
    const own = gathered.reviews.filter((review) =>
      review.national?.publications.some((publication) => publication.partnership === partnership.key),
    );
    return {
      ...partnership,
      url: `/partnerships/${partnership.key}/`,
      sourcesUrl: `${sourcesPageOf.get(partnership.key) ?? "/sources/"}#${partnership.key}`,
      reviewsUrl: own.length ? `/reviews/partnerships/${partnership.key}/` : undefined,
      reviewCount: own.length,
      newest: own.slice(0, NEWEST_SHOWN),
    };
  });
  const regions = [...new Map(partnerships.map((partnership) => [partnership.regionKey, partnership.region]))]
    .map(([key, name]) => {
      const members = partnerships
        .filter((partnership) => partnership.regionKey === key)
        .sort((a, b) => a.name.localeCompare(b.name));
      const reviewCount = gathered.reviews.filter((review) =>
        review.national?.publications.some((publication) => publication.regionKey === key),
      ).length;
      return {
        key,
        name,
        url: `/partnerships/regions/${key}/`,
        partnerships: members,
        reviewCount,
        reviewsUrl: reviewCount ? `/reviews/regions/${key}/` : undefined,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const byKey = new Map(partnerships.map((partnership) => [partnership.key, partnership]));
  return {
    partnerships,
    regions,
    sourcePages: sourcePages.map((page) => ({
      ...page,
      items: page.items.map((partnership) => byKey.get(partnership.key) as PartnershipEntry),
    })),
    refused: partnerships.reduce((sum, partnership) => sum + partnership.refused.length, 0),
    unfetched: partnerships.filter((partnership) => partnership.problem).length,
  };
}

/**
 * What differs between a partnership's site and the national index (`npm run build:national`):
 * the navigation, which pages exist (src/national/ holds the index's own), and the index's
 * report on every partnership's feed, as the global data `national` (false on a partnership's site).
 */
export function nationalPlugin(eleventyConfig: UserConfig, options: { national: NationalSupply | undefined }): void {
  const { national } = options;
  if (!national) {
    eleventyConfig.ignores.add(NATIONAL_ONLY);
    eleventyConfig.addGlobalData("national", false);
    eleventyConfig.addGlobalData("navigation", NAVIGATION.partnership);
    return;
  }
  for (const page of PARTNERSHIP_ONLY) eleventyConfig.ignores.add(page);
  eleventyConfig.addGlobalData("navigation", NAVIGATION.national);
  eleventyConfig.addGlobalData("national", async () => deepFreeze(nationalSummary(await national.gathered)));
  // The themes the index's feed and its schema know: the shared ones, and every partnership's own.
  eleventyConfig.addGlobalData("feedThemes", async () => {
    const [{ themes }, { reviews }] = await Promise.all([national.siteData, national.gathered]);
    const local = new Map<string, Theme>();
    for (const review of reviews) {
      for (const theme of review.national?.localThemes ?? [])
        if (!local.has(theme.key)) local.set(theme.key, { key: theme.key, label: theme.label, local: true });
    }
    return deepFreeze([...themes.filter((theme) => !theme.local), ...local.values()]);
  });
}
