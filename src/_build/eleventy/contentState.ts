import type { Content } from "../content/loadContent.ts";
import type { SiteData } from "../content/siteData.ts";

/**
 * The site's checked content, as Eleventy's global data and collections receive it. The data
 * files come first and the reviews later, so Eleventy can read its templates while the reviews
 * are still being checked.
 */
export interface ContentSupply {
  siteData: Promise<SiteData>;
  content: Promise<Content>;
}

/**
 * A production build checks the content itself, on another thread, and hands it over as
 * `supplied` before Eleventy starts; otherwise (`npm start`) `eleventy.before` checks it. Either
 * way `current` is what the build under way reads.
 */
export const contentState: { supplied?: ContentSupply; current?: ContentSupply } = {};

/** The content of the build under way; an error if read before the build has started. */
export function currentSupply(): ContentSupply {
  if (!contentState.current) throw new Error("The site's content was read before it was loaded (eleventy.before has not run).");
  return contentState.current;
}

/** A supply of content that is already to hand. */
export function suppliedNow(content: Content): ContentSupply {
  return { siteData: Promise.resolve(content.siteData), content: Promise.resolve(content) };
}
