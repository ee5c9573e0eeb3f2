import type UserConfig from "@11ty/eleventy/UserConfig";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { readBuildOptions } from "./src/_build/buildOptions.ts";
import { archivePlugin } from "./src/_build/eleventy/archivePlugin.ts";
import { assetsPlugin } from "./src/_build/eleventy/assetsPlugin.ts";
import { contentPlugin } from "./src/_build/eleventy/contentPlugin.ts";
import { filtersPlugin } from "./src/_build/eleventy/filtersPlugin.ts";
import { markdownPlugin } from "./src/_build/eleventy/markdownPlugin.ts";
import { reviewCardPlugin } from "./src/_build/eleventy/reviewCardPlugin.ts";
import { searchIndexPlugin } from "./src/_build/search/searchIndexPlugin.ts";

/**
 * The site's build, as a table of contents: each concern lives in its own module under src/_build/.
 * Run it with `npm run build` (production) or `npm start` (local, with live reload).
 */
export default function (eleventyConfig: UserConfig) {
  const options = readBuildOptions();

  eleventyConfig.ignores.add("src/_build/**");
  eleventyConfig.setNunjucksEnvironmentOptions({ trimBlocks: true, lstripBlocks: true, throwOnUndefined: false });

  eleventyConfig.addPlugin(contentPlugin, options); // checks and loads _data/ and the reviews first
  eleventyConfig.addPlugin(assetsPlugin); // CSS and client scripts, fingerprinted
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(reviewCardPlugin); // each review's card rendered once, for every list
  eleventyConfig.addPlugin(rssPlugin); // date and URL filters for the Atom and JSON feeds
  eleventyConfig.addPlugin(searchIndexPlugin); // re-indexes search while `npm start` runs
  eleventyConfig.addPlugin(archivePlugin, options); // offline archive only: relative links

  eleventyConfig.setServerOptions({ port: 8080 });
}

export const config = {
  dir: { input: "src", includes: "../_includes" },
  templateFormats: ["md", "njk"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
