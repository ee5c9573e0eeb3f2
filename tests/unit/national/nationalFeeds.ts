// Feeds in the kit's own format for the national index's unit tests, made with the kit's own feed
// code (library/jsonFeed.ts) for fictional partnerships.
import type { Review } from "../../../src/_build/content/reviews.ts";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import type { SiteIdentity } from "../../../src/_build/content/siteDataSchema.ts";
import { jsonFeed } from "../../../src/_build/library/jsonFeed.ts";
import { itemChecksFor, type ItemChecks } from "../../../src/_build/national/checkItem.ts";
import type { Source } from "../../../src/_build/national/sources.ts";
import { partnershipKeyOf } from "../../../src/_build/national/sources.ts";
import { slugify } from "../../../src/_build/text/slug.ts";

// biome-ignore lint/suspicious/noExplicitAny: a parsed feed, reached into at any depth by the tests
type Json = Record<string, any>;

/** A fictional partnership's identity, on the kit's data otherwise. */
export function partnerSite(data: SiteData, place = "Fenmarch"): SiteIdentity {
  return {
    ...data.site,
    name: `${place} Safeguarding Children Partnership`,
    url: `https://${place.toLowerCase()}-scp.example`,
    fictional: true,
  };
}

/** The source the national index lists for it, with its feed wherever the test serves it. */
export function sourceFor(site: SiteIdentity, feed = `${site.url}/feed.json`, region = "Fenland"): Source {
  return {
    name: site.name,
    region,
    site: site.url,
    feed,
    key: partnershipKeyOf(site.name),
    regionKey: slugify(region),
  };
}

/** The partnership's feed, as its own site would publish it, parsed. */
export function kitFeed(data: SiteData, site: SiteIdentity, reviews: readonly Review[]): { items: Json[] } & Json {
  return JSON.parse(
    jsonFeed(reviews, { site, reviewTypes: data.reviewTypes, themes: data.themes, ageGroups: data.ageGroups }),
  );
}

/** The checks for one partnership's items, in a real national index (fictional items refused) unless told. */
export function checksFor(
  data: SiteData,
  source: Source,
  items: readonly unknown[],
  options: Partial<Pick<ItemChecks, "acceptFictional" | "newerMinor" | "today">> = {},
): ItemChecks {
  return itemChecksFor(
    source,
    items,
    { site: data.site, vocabulary: data },
    {
      today: options.today ?? "2026-11-25",
      acceptFictional: options.acceptFictional ?? false,
      newerMinor: options.newerMinor ?? false,
      fetched: "2026-11-25",
      stale: false,
    },
  );
}
