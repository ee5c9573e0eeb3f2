import { paths } from "../projectPaths.ts";
import { ContentProblemsError, type Problem } from "./problems.ts";
import { duplicateUrlProblems, listReviewSources, readReview, type Review } from "./reviews.ts";
import { loadSiteData, type SiteData } from "./siteData.ts";

export interface ContentOptions {
  /** Add the fictional reviews in tests/fixtures/reviews (demo and test builds only). */
  includeFixtures: boolean;
  /** Keep reviews marked `draft: true` (local runs and deploy previews, never production). */
  includeDrafts: boolean;
  /** Today's date, YYYY-MM-DD: no review may be published after it. */
  today: string;
}

/** All the site's content, checked: the data files and the reviews to publish, newest first. */
export interface Content {
  siteData: SiteData;
  reviews: Review[];
}

/** Newest first; reviews published on the same day in title order, so the order never changes between builds. */
export function byNewestFirst(a: Review, b: Review): number {
  return b.published.localeCompare(a.published) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}

/**
 * Reads and checks every data file and every review before anything is written. Throws a
 * ContentProblemsError carrying every problem in every file when anything is wrong.
 */
export async function loadContent(options: ContentOptions): Promise<Content> {
  const problems: Problem[] = [];
  const { data: siteData, vocabulary, problems: dataProblems } = await loadSiteData(paths.data);
  problems.push(...dataProblems);

  const listed = [await listReviewSources(paths.reviews, false)];
  if (options.includeFixtures) listed.push(await listReviewSources(paths.fixtureReviews, true));
  const sources = listed.flatMap((list) => list.sources);
  problems.push(...listed.flatMap((list) => list.problems), ...duplicateUrlProblems(sources));

  const reviews: Review[] = [];
  // Reviews are checked against the vocabularies in _data/, so they can only be checked once those are sound.
  if (vocabulary) {
    for (const source of sources) {
      // A fictional review's documents are fictional too, kept beside it in tests/fixtures/assets/.
      const result = await readReview(source, vocabulary, options.today, source.fictional ? paths.fixtures : paths.root);
      problems.push(...result.problems);
      if (result.review) reviews.push(result.review);
    }
  }
  if (problems.length || !siteData) throw new ContentProblemsError(problems);

  return {
    siteData,
    reviews: reviews.filter((review) => options.includeDrafts || !review.draft).sort(byNewestFirst),
  };
}
