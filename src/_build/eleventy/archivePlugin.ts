import type UserConfig from "@11ty/eleventy/UserConfig";
import { makeLinksRelative } from "../archive/relativeUrls.ts";

/**
 * For the offline archive only: every page's links become relative, so the copy works when opened
 * from disk. Feeds and sitemap.xml keep their absolute addresses of the live site.
 */
export function archivePlugin(eleventyConfig: UserConfig, options: { archiveDate: string | undefined }): void {
  if (!options.archiveDate) return;
  eleventyConfig.addTransform("archive-relative-links", async function (this: { page: { url: string | false; outputPath: string | false } }, content: string) {
    const { url, outputPath } = this.page;
    if (!url || typeof outputPath !== "string" || !outputPath.endsWith(".html")) return content;
    return makeLinksRelative(content, url);
  });
}
