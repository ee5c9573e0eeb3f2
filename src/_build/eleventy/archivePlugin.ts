import type UserConfig from "@11ty/eleventy/UserConfig";
import { makeLinksRelative } from "../archive/relativeUrls.ts";
import { addHtmlTransform } from "./htmlTransform.ts";

/**
 * For the offline archive only: every page's links become relative, so the copy works when opened
 * from disk. Feeds and sitemap.xml keep their absolute addresses of the live site.
 */
export function archivePlugin(eleventyConfig: UserConfig, options: { archiveDate: string | undefined }): void {
  if (!options.archiveDate) return;
  addHtmlTransform(eleventyConfig, "archive-relative-links", (html, url) => makeLinksRelative(html, url));
}
