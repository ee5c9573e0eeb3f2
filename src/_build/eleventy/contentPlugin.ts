import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildOptions } from "../buildOptions.ts";
import { contentFolders, documentsFolder } from "../content/contentFolders.ts";
import { suppliedNow, type ContentSupply } from "../content/contentSupply.ts";
import { loadContent, type KeptChecks } from "../content/loadContent.ts";
import type { Review } from "../content/reviews.ts";
import { frontMatterOptions } from "../content/frontMatter.ts";
import { paths } from "../projectPaths.ts";
import {
  facets,
  filterPages,
  LIBRARY,
  paginate,
  sectionTitles,
  type Facet,
  type FacetGroups,
  type Library,
  type Listing,
} from "../library/groups.ts";
import { deepFreeze } from "./deepFreeze.ts";
import { removeStaleReviewPages } from "./staleReviewPages.ts";

/** Reviews on one page of a list: enough to scan, few enough to keep every page small. */
export const LIST_PAGE_SIZE = 20;

export interface ContentPluginOptions extends BuildOptions {
  /**
   * Content checked before Eleventy started: the national index's, gathered from partnerships'
   * feeds. Without it, the content is checked before each build, and while `npm start` runs,
   * again only where files changed.
   */
  checkedAhead?: ContentSupply;
  /**
   * The list of reviews the site is built around: a partnership's local reviews (the default), or
   * the national index's.
   */
  library?: Library;
  /** Titles of other sections, by address, for breadcrumbs: the national index's /partnerships/, say. */
  otherSections?: Readonly<Record<string, string>>;
  /**
   * Facets browsed from a page of the site's own rather than a list of their values (see facets in
   * library/groups.ts).
   */
  facetPages?: Partial<Record<Facet, string>>;
  /** Reviews on one page of a list, when not LIST_PAGE_SIZE: the national index's cards also name their partnership. */
  listPageSize?: number;
}

/**
 * Checks all content before Eleventy writes anything, and makes it available to templates: the
 * data files as global data, the reviews as collections.
 */
export function contentPlugin(eleventyConfig: UserConfig, options: ContentPluginOptions): void {
  const folders = contentFolders(options.partnership);
  const library = options.library ?? LIBRARY;
  const pageSize = options.listPageSize ?? LIST_PAGE_SIZE;
  const listing: Listing = { library, pageOf: options.facetPages ?? {} };
  // One YAML reading everywhere: dates stay the text the editor typed.
  eleventyConfig.setFrontMatterParsingOptions(frontMatterOptions);

  // Review files are content that loadContent reads and checks, not Eleventy templates: one
  // paginated template (src/review-pages.njk) writes a page for each review. Eleventy's work for
  // each template file would make every build, and each `npm start` rebuild, seconds slower with
  // thousands of reviews.
  eleventyConfig.ignores.add(`${path.relative(paths.root, paths.reviews)}/**`);

  // While `npm start` runs, an edit to reviews that changes nothing but their own pages (their
  // text, say, and nothing a list, feed or another review shows) rebuilds those pages alone; the
  // rest stays as it is on disk. Any other change rebuilds everything, as usual.
  let listsShown: string | undefined;
  // Each review's checks, kept from one rebuild to the next while `npm start` runs (see KeptChecks).
  const checkedFiles: KeptChecks["files"] = new Map();
  let changedFiles: string[] = [];
  let changedReviews: Set<string> | undefined;
  // The facets of the library (themes, years, ...), worked out once per build: three collections use them.
  let facetsOf: { reviews: readonly Review[]; facets: Promise<FacetGroups[]> } | undefined;
  eleventyConfig.on("eleventy.beforeWatch", (files: string[]) => {
    changedFiles = files.map((file) => path.resolve(file));
  });
  // The content of the build under way.
  let supply: ContentSupply | undefined = options.checkedAhead;
  const currentSupply = (): ContentSupply => {
    if (!supply) throw new Error("The site's content was read before it was loaded (eleventy.before has not run).");
    return supply;
  };
  eleventyConfig.on(
    "eleventy.before",
    async ({ runMode, directories }: { runMode: string; directories: { output: string } }) => {
      changedReviews = undefined;
      if (options.checkedAhead) return;
      const watching = runMode === "serve" || runMode === "watch";
      // Only a watching Eleventy builds again in this process, so only it keeps each review's checks.
      const content = await loadContent(
        options,
        undefined,
        watching
          ? { files: checkedFiles, changedFiles: changedFiles.length ? new Set(changedFiles) : undefined }
          : undefined,
      );
      supply = suppliedNow(content);
      if (watching) {
        const removed = removeStaleReviewPages(
          directories.output,
          new Set(content.reviews.map((review) => review.slug)),
        );
        if (removed.length)
          console.log(`[content] Removed the pages of reviews that no longer exist: ${removed.join(", ")}`);
      }
      const shown = listSignature(content.reviews);
      const onlyReviewsChanged =
        changedFiles.length > 0 && changedFiles.every((file) => file.startsWith(folders.reviews + path.sep));
      if (watching && onlyReviewsChanged && shown === listsShown) {
        changedReviews = new Set(changedFiles);
        // Nothing that lists show has changed, so neither have the facets.
        if (facetsOf) facetsOf = { ...facetsOf, reviews: content.reviews };
      }
      listsShown = shown;
      changedFiles = [];
    },
  );
  eleventyConfig.addPreprocessor("only-changed-reviews", "*", (data: { isReview?: unknown }) => {
    if (changedReviews && data.isReview !== true) return false;
    return undefined;
  });

  // Reviews and data are read by loadContent, not by Eleventy, so changes to them must trigger a rebuild.
  for (const folder of new Set([folders.data, folders.sharedData, folders.reviews]))
    eleventyConfig.addWatchTarget(folder);

  // The reviews' documents keep their names, so links to them stay stable for archives and citations.
  // The national index copies none: it links to each partnership's own.
  // As for images, a file named with a leading dot (.gitkeep) is not a document, and is not published.
  if (!options.national)
    eleventyConfig.addPassthroughCopy({ [documentsFolder(folders)]: "assets/documents" }, { dot: false });
  // A fictional review's documents are fictional too (the fictional reviews themselves come with the content).
  if (options.includeFixtures)
    eleventyConfig.addPassthroughCopy({ "tests/fixtures/assets/documents": "assets/documents" });

  const data = async () => deepFreeze(await currentSupply().siteData);
  eleventyConfig.addGlobalData("site", async () => (await data()).site);
  eleventyConfig.addGlobalData("reviewTypes", async () => (await data()).reviewTypes);
  eleventyConfig.addGlobalData("themes", async () => (await data()).themes);
  eleventyConfig.addGlobalData("ageGroups", async () => (await data()).ageGroups);
  eleventyConfig.addGlobalData("links", async () => (await data()).links);
  eleventyConfig.addGlobalData("criteria", async () => (await data()).criteria);
  eleventyConfig.addGlobalData("statistics", async () => (await data()).statistics);
  eleventyConfig.addGlobalData("library", deepFreeze({ ...library }));
  eleventyConfig.addGlobalData(
    "build",
    deepFreeze({
      fixtures: options.includeFixtures,
      drafts: options.includeDrafts,
      archiveDate: options.archiveDate,
      today: options.today,
    }),
  );

  // Collections are worked out again on every build, so `npm start` always shows the latest files.
  // Eleventy asks for them only once it has read every template: the reviews' checks can finish meanwhile.
  const reviews = async () => (await currentSupply().content).reviews;
  eleventyConfig.addCollection("reviews", reviews);
  // The reviews that get a page in this build: all of them, or while `npm start` runs, the ones
  // just edited (see above).
  eleventyConfig.addCollection("reviewPages", async () =>
    (await reviews()).filter((review) => !changedReviews || changedReviews.has(path.resolve(paths.root, review.file))),
  );
  eleventyConfig.addCollection("reviewListPages", async () =>
    paginate(await reviews(), library.url, pageSize, library.title),
  );
  const reviewFacets = async () => {
    const all = await reviews();
    if (facetsOf?.reviews !== all)
      facetsOf = {
        reviews: all,
        facets: data().then((vocabularies) => facets(all, vocabularies, listing)),
      };
    return await facetsOf.facets;
  };
  eleventyConfig.addCollection("reviewFacets", reviewFacets);
  eleventyConfig.addCollection("reviewFilterPages", async () =>
    filterPages(
      (await reviewFacets()).flatMap((facet) => facet.groups),
      pageSize,
      listing,
    ),
  );
  eleventyConfig.addCollection("sectionTitles", async () =>
    sectionTitles(await reviewFacets(), library, options.otherSections),
  );
}

/**
 * Everything about the reviews that pages other than their own show (lists, feeds, the sitemap,
 * other reviews' related and neighbouring reviews): when it is unchanged, so are those pages.
 */
function listSignature(reviews: readonly Review[]): string {
  return JSON.stringify(
    reviews.map(({ slug, title, summary, published, reviewType, themes, childAge, draft, fictional }) => [
      slug,
      title,
      summary,
      published,
      reviewType,
      themes,
      childAge,
      draft,
      fictional,
    ]),
  );
}
