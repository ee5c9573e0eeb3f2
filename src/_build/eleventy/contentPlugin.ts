import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildOptions } from "../buildOptions.ts";
import { loadContent } from "../content/loadContent.ts";
import type { Review } from "../content/reviews.ts";
import { frontMatterOptions } from "../content/frontMatter.ts";
import { paths } from "../projectPaths.ts";
import { facets, filterPages, paginate, sectionTitles, type FacetGroups } from "../library/groups.ts";
import { contentState, currentSupply, suppliedNow } from "./contentState.ts";

/** Reviews on one page of a list: enough to scan, few enough to keep every page small. */
export const LIST_PAGE_SIZE = 20;

/**
 * Loads and checks all content before Eleventy writes anything, and makes it available to
 * templates: the data files as global data, the reviews as collections.
 */
export function contentPlugin(eleventyConfig: UserConfig, options: BuildOptions): void {
  // One YAML reading everywhere: dates stay the text the editor typed.
  eleventyConfig.setFrontMatterParsingOptions(frontMatterOptions);

  // While `npm start` runs, an edit to a review that changes nothing a list shows (its text, say)
  // leaves the list pages as they are on disk: with thousands of reviews, re-rendering every page
  // of every list would make each reload take seconds. Any other change rebuilds them as usual.
  let listsShown: string | undefined;
  let onlyReviewsChanged = false;
  let listsUnchanged = false;
  eleventyConfig.on("eleventy.beforeWatch", (changedFiles: string[]) => {
    onlyReviewsChanged = changedFiles.every((file) => path.resolve(file).startsWith(paths.reviews + path.sep));
  });
  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode: string }) => {
    // A production build supplies content it is checking on another thread, arriving while Eleventy reads its templates.
    if (contentState.supplied) {
      contentState.current = contentState.supplied;
      contentState.supplied = undefined;
      listsUnchanged = false;
      return;
    }
    const content = await loadContent(options);
    contentState.current = suppliedNow(content);
    const shown = listSignature(content.reviews);
    listsUnchanged = (runMode === "serve" || runMode === "watch") && onlyReviewsChanged && shown === listsShown;
    listsShown = shown;
  });
  eleventyConfig.addPreprocessor("unchanged-lists", "njk", (data: { listsReviews?: unknown }) => {
    if (listsUnchanged && data.listsReviews === true) return false;
    return undefined;
  });

  // Reviews and data are read by loadContent, not by Eleventy, so changes to them must trigger a rebuild.
  eleventyConfig.addWatchTarget(paths.data);
  eleventyConfig.addWatchTarget(paths.reviews);

  // Drafts are checked like any review, but only published where drafts are wanted.
  eleventyConfig.addPreprocessor("drafts", "md", (data: { draft?: unknown }) => {
    if (data.draft === true && !options.includeDrafts) return false;
    return undefined;
  });

  if (options.includeFixtures) addFixtureReviews(eleventyConfig);

  const data = async () => await currentSupply().siteData;
  eleventyConfig.addGlobalData("site", async () => (await data()).site);
  eleventyConfig.addGlobalData("reviewTypes", async () => (await data()).reviewTypes);
  eleventyConfig.addGlobalData("themes", async () => (await data()).themes);
  eleventyConfig.addGlobalData("ageGroups", async () => (await data()).ageGroups);
  eleventyConfig.addGlobalData("links", async () => (await data()).links);
  eleventyConfig.addGlobalData("criteria", async () => (await data()).criteria);
  eleventyConfig.addGlobalData("statistics", async () => (await data()).statistics);
  eleventyConfig.addGlobalData("build", {
    fixtures: options.includeFixtures,
    drafts: options.includeDrafts,
    archiveDate: options.archiveDate,
    today: options.today,
  });

  // Collections are worked out again on every build, so `npm start` always shows the latest files.
  // Eleventy asks for them only once it has read every template: the reviews' checks can finish meanwhile.
  const reviews = async () => (await currentSupply().content).reviews;
  eleventyConfig.addCollection("reviews", reviews);
  eleventyConfig.addCollection("reviewListPages", async () => paginate(await reviews(), "/reviews/", LIST_PAGE_SIZE));
  // Three collections come from the facets: they are worked out once per build.
  let facetsOf: { reviews: readonly Review[]; facets: Promise<FacetGroups[]> } | undefined;
  const reviewFacets = async () => {
    const all = await reviews();
    if (facetsOf?.reviews !== all) facetsOf = { reviews: all, facets: data().then((vocabularies) => facets(all, vocabularies)) };
    return await facetsOf.facets;
  };
  eleventyConfig.addCollection("reviewFacets", reviewFacets);
  eleventyConfig.addCollection("reviewFilterPages", async () => filterPages((await reviewFacets()).flatMap((facet) => facet.groups), LIST_PAGE_SIZE));
  eleventyConfig.addCollection("sectionTitles", async () => sectionTitles(await reviewFacets()));
}

/** Everything about the reviews that list pages show: when it is unchanged, so are they. */
function listSignature(reviews: readonly Review[]): string {
  return JSON.stringify(reviews.map(({ slug, title, summary, published, reviewType, themes, childAge, draft, fictional }) => [slug, title, summary, published, reviewType, themes, childAge, draft, fictional]));
}

/**
 * The fictional reviews, added as if they were in src/reviews, for demos and tests. They are
 * virtual templates, so nothing is copied into src/ and they can never be committed there.
 */
function addFixtureReviews(eleventyConfig: UserConfig): void {
  let names: string[] = [];
  try {
    names = readdirSync(paths.fixtureReviews).filter((name) => name.endsWith(".md")).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const text = readFileSync(path.join(paths.fixtureReviews, name), "utf8");
    eleventyConfig.addTemplate(`reviews/${name}`, text, {});
  }
  eleventyConfig.addPassthroughCopy({ "tests/fixtures/assets/documents": "assets/documents" });
}

