import type UserConfig from "@11ty/eleventy/UserConfig";

/**
 * Adds a transform that applies only to HTML pages, not to the feeds, sitemap.xml or robots.txt
 * (nor to a page written nowhere, with `permalink: false`). `transform` gets the page's HTML and
 * its address.
 */
export function addHtmlTransform(
  eleventyConfig: UserConfig,
  name: string,
  transform: (html: string, url: string) => string | Promise<string>,
): void {
  eleventyConfig.addTransform(
    name,
    function (this: { page: { url: string | false; outputPath: string | false } }, content: string) {
      const { url, outputPath } = this.page;
      if (!url || typeof outputPath !== "string" || !outputPath.endsWith(".html")) return content;
      return transform(content, url);
    },
  );
}
