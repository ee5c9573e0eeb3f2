import type { Review } from "../../src/_build/content/reviews.ts";
import type { SiteData } from "../../src/_build/content/siteData.ts";
import { jsonFeed } from "../../src/_build/library/jsonFeed.ts";
import { FEED_LENGTH } from "../../src/_build/library/feedFormat.ts";
import { randomFrom } from "./generateReviews.ts";

/** Fictional regions for the fictional partnerships. */
const REGIONS = [
  "Northmarch",
  "Southmarch",
  "Eastmarch",
  "Westmarch",
  "Midmarch",
  "Fen Country",
  "The Wolds",
  "Vale Country",
  "The Coast",
];

/** One fictional partnership of the benchmark: its site, and its feed now and as an earlier build fetched it. */
export interface BenchPartnership {
  name: string;
  region: string;
  site: string;
  /** Its feed's address on the benchmark's server: /<path>/feed.json. */
  path: string;
  /**
   * The feed as its site publishes it now (its 50 newest reviews), and as it was before its newest
   * reviews came (its oldest).
   */
  current: string;
  earlier: string;
}

/**
 * Fictional partnerships' feeds for the benchmark, made by the kit's own feed code from generated
 * reviews: `reviews` in all, spread over `partnerships`, each review's page and document on its
 * own partnership's site. One review in a hundred is joint, published by the next partnership too.
 * A feed carries only the 50 newest reviews: a partnership's older ones reach the index through
 * an earlier copy of its feed, as they would have over the years.
 */
export function generateFeeds(
  data: SiteData,
  partnerships: number,
  reviews: number,
): { partnerships: BenchPartnership[]; items: number } {
  const random = randomFrom(2027);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const shared = data.themes.filter((theme) => !theme.local);
  const own: Review[][] = Array.from({ length: partnerships }, () => []);
  for (let index = 1; index <= reviews; index++) {
    const number = String(index).padStart(5, "0");
    const slug = `fictional-bench-review-${number}`;
    const themes = [...new Set([pick(shared).key, pick(shared).key, pick(shared).key])];
    const review: Review = {
      slug,
      url: `/reviews/${slug}/`,
      file: "",
      title: `Child ${number}`,
      reviewType: pick(data.reviewTypes).key,
      published:
        `${2010 + (index % 16)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-` +
        `${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
      summary: `A fictional review written for the benchmark, number ${number}. It describes no real child or family.`,
      themes,
      childAge: pick(data.ageGroups).key,
      documents: [
        {
          title: `Child ${number} executive summary (fictional)`,
          href: `/assets/documents/${slug}.pdf`,
          format: "PDF",
          size: "240 KB",
          bytes: 245760,
          local: true,
        },
      ],
      draft: false,
      fictional: true,
      body: "",
    };
    const at = (index - 1) % partnerships;
    own[at]?.push(review);
    // A joint review: the next partnership publishes it too, on its own site.
    if (index % 100 === 0)
      own[(at + 1) % partnerships]?.push({ ...review, slug: `${slug}-joint`, url: `/reviews/${slug}-joint/` });
  }
  let items = 0;
  const result = own.map((list, index) => {
    const number = String(index + 1).padStart(3, "0");
    const site = {
      ...data.site,
      name: `Benchmark ${number} Safeguarding Children Partnership`,
      url: `https://bench-${number}-scp.example`,
      fictional: true,
    };
    const context = { site, reviewTypes: data.reviewTypes, themes: data.themes, ageGroups: data.ageGroups };
    const newestFirst = [...list].sort(
      (a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug),
    );
    items += list.length;
    return {
      name: site.name,
      region: REGIONS[index % REGIONS.length] as string,
      site: site.url,
      path: `bench-${number}`,
      current: jsonFeed(newestFirst, context),
      earlier: jsonFeed(newestFirst.slice(Math.max(0, newestFirst.length - FEED_LENGTH)), context),
    };
  });
  return { partnerships: result, items };
}
