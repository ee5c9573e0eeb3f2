import type { Content } from "./loadContent.ts";
import type { SiteData } from "./siteData.ts";

/**
 * The site's checked content, as Eleventy's global data and collections receive it. The data
 * files come first and the reviews later, so Eleventy can read its templates while the reviews
 * are still being checked.
 */
export interface ContentSupply {
  siteData: Promise<SiteData>;
  content: Promise<Content>;
}

/** A supply of content that is already to hand. */
export function suppliedNow(content: Content): ContentSupply {
  return { siteData: Promise.resolve(content.siteData), content: Promise.resolve(content) };
}
