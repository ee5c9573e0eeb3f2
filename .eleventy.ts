import type UserConfig from "@11ty/eleventy/UserConfig";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import { readBuildOptions, readRunKind } from "./src/_build/buildOptions.ts";
import { archivePlugin } from "./src/_build/eleventy/archivePlugin.ts";
import { assetsPlugin } from "./src/_build/eleventy/assetsPlugin.ts";
import { cmsPlugin } from "./src/_build/eleventy/cmsPlugin.ts";
import { contentPlugin } from "./src/_build/eleventy/contentPlugin.ts";
import { filtersPlugin } from "./src/_build/eleventy/filtersPlugin.ts";
import { markdownPlugin } from "./src/_build/eleventy/markdownPlugin.ts";
import {
  NATIONAL_FACET_PAGES,
  NATIONAL_LIST_PAGE_SIZE,
  NATIONAL_SECTIONS,
  nationalPlugin,
} from "./src/_build/eleventy/nationalPlugin.ts";
import { tellBuildOfSearchFolder } from "./src/_build/eleventy/renderProcess.ts";
import { reviewCardPlugin } from "./src/_build/eleventy/reviewCardPlugin.ts";
import { LIBRARY, NATIONAL_LIBRARY } from "./src/_build/library/groups.ts";
import { nationalSupply } from "./src/_build/national/nationalContent.ts";
import { searchIndexPlugin, type SearchIndexOptions } from "./src/_build/search/searchIndexPlugin.ts";

/**
 * The site's build, as a table of contents: each concern lives in its own module under src/_build/.
 *
 * Every difference between kinds of run is here:
 * - `npm start` (Eleventy's "serve" run mode): the content is checked before each rebuild, again
 *   only where files changed, and search is indexed again after each rebuild.
 * - the production build, `npm run build` (src/_build/siteBuild.ts), runs Eleventy in a process of
 *   its own: the content is checked before it writes anything, as in every run, and each page's
 *   searchable part goes into folders the build hands to Pagefind.
 * - the offline archive, `npm run archive`: a production build with an archive date (links become
 *   relative) and no Pagefind index (the archive makes its own).
 * - Eleventy on its own (`npx @11ty/eleventy`): the content is checked first; no search index.
 * - the national index, `npm run build:national` (src/_build/cli/buildNational.ts): a production
 *   build whose reviews were gathered from partnerships' feeds, and checked, before it starts;
 *   its own data folder, pages (src/national/) and navigation, and the same templates.
 * The options (fixtures, drafts, archive date, today) come from the environment: see buildOptions.ts.
 */
export default function (eleventyConfig: UserConfig) {
  const options = readBuildOptions();
  const run = readRunKind();
  const rendering = run.kind === "rendering" ? run : undefined;
  const search: SearchIndexOptions =
    run.kind === "serve"
      ? { kind: "after-each-build" }
      : rendering?.searchRoom
        ? {
            kind: "folders",
            room: rendering.searchRoom,
            fallbackRoom: rendering.searchFallbackRoom,
            onFolder: tellBuildOfSearchFolder,
          }
        : { kind: "none" };

  eleventyConfig.ignores.add("src/_build/**");
  eleventyConfig.setNunjucksEnvironmentOptions({ trimBlocks: true, lstripBlocks: true, throwOnUndefined: false });

  // The national index's reviews were gathered and checked before Eleventy started; every other
  // run's content is checked by the content plugin, before anything is written.
  const national = options.national ? nationalSupply(options.national) : undefined;

  // Checks and loads _data/ and the reviews before anything is written.
  eleventyConfig.addPlugin(contentPlugin, {
    ...options,
    checkedAhead: national,
    ...(national
      ? {
          library: NATIONAL_LIBRARY,
          otherSections: NATIONAL_SECTIONS,
          facetPages: NATIONAL_FACET_PAGES,
          listPageSize: NATIONAL_LIST_PAGE_SIZE,
        }
      : { library: LIBRARY }),
  });
  eleventyConfig.addPlugin(nationalPlugin, { national }); // the national index's own pages, or none
  // CSS and client scripts, fingerprinted (an archive leaves out the live site's search script)
  eleventyConfig.addPlugin(assetsPlugin, { archive: options.archiveDate !== undefined });
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(reviewCardPlugin); // each review's card rendered once, for every list
  eleventyConfig.addPlugin(rssPlugin); // date and URL filters for the Atom and JSON feeds
  eleventyConfig.addPlugin(searchIndexPlugin, search);
  eleventyConfig.addPlugin(archivePlugin, options); // offline archive only: relative links
  // The editors' form at /admin/, never in the archive or the national index.
  eleventyConfig.addPlugin(cmsPlugin, options);

  eleventyConfig.setServerOptions({ port: 8080 });
}

export const config = {
  dir: { input: "src", includes: "../_includes" },
  templateFormats: ["md", "njk"],
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
};
