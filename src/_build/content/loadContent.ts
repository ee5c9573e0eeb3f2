import path from "node:path";
import { paths } from "../projectPaths.ts";
import { contentFolders } from "./contentFolders.ts";
import { ContentProblemsError, type Problem } from "./problems.ts";
import { stat } from "node:fs/promises";
import { duplicateUrlProblems, listReviewSources, readReview, type Review, type ReviewSource } from "./reviews.ts";
import { placeholderAddressProblems } from "./placeholderAddress.ts";
import { dataFiles, loadSiteData, type SiteData } from "./siteData.ts";

export interface ContentOptions {
  /** Add the fictional reviews in tests/fixtures/reviews (demo and test builds only). */
  includeFixtures: boolean;
  /** Keep reviews marked `draft: true` (local runs and deploy previews, never production). */
  includeDrafts: boolean;
  /** Today's date, YYYY-MM-DD: no review may be published after it. */
  today: string;
  /** Another partnership's folder to read instead of this project's content (see contentFolders.ts). */
  partnership: string | undefined;
  /** The site goes out at its own address (see BuildOptions): a placeholder address is refused. */
  publishing?: boolean;
}

/** All the site's content, checked: the data files and the reviews to publish, newest first. */
export interface Content {
  siteData: SiteData;
  reviews: Review[];
}

/**
 * How many reviews are checked at once: each waits on the disk for its documents (and, with
 * `npm start`, its file's time).
 */
const READ_CONCURRENCY = 32;

/**
 * Each file's checks, kept from one load to the next, as `npm start` does: it rebuilds after every
 * change, and re-reading thousands of unchanged reviews each time would slow every reload. A file
 * is read again when its size or time changes, or the vocabularies or the date do (its context).
 * Files with problems are always read again, so fixing a missing document shows at once. A one-off
 * build keeps nothing: it neither keeps checks nor looks at files' times, which takes a noticeable
 * part of a second with thousands of reviews. The checks live as long as the object that holds
 * them (npm start's content plugin).
 */
export interface KeptChecks {
  /** The result of checking each file, by its path. */
  files: Map<string, { stamp: string; context: string; result: Awaited<ReturnType<typeof readReview>> }>;
  /**
   * The files the file watcher saw change since the last load; the others' checks are reused
   * without asking the disk.
   */
  changedFiles?: ReadonlySet<string> | undefined;
}

async function readReviewOnce(
  source: ReviewSource,
  context: string,
  read: () => ReturnType<typeof readReview>,
  kept?: KeptChecks,
): ReturnType<typeof readReview> {
  if (!kept) return read();
  const known = kept.files.get(source.absolutePath);
  if (kept.changedFiles && known?.context === context && !kept.changedFiles.has(source.absolutePath))
    return known.result;
  const info = await stat(source.absolutePath);
  const stamp = `${info.mtimeMs}|${info.size}`;
  if (known?.stamp === stamp && known.context === context) return known.result;
  const result = await read();
  if (result.problems.length) kept.files.delete(source.absolutePath);
  else kept.files.set(source.absolutePath, { stamp, context, result });
  return result;
}

/** Runs `work` on every item, at most `limit` at a time, keeping the results in the items' order. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Newest first; reviews published on the same day in title order, so the order never changes between builds. */
export function byNewestFirst(a: Review, b: Review): number {
  return b.published.localeCompare(a.published) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug);
}

/**
 * Reads and checks every data file and every review before anything is published. Throws a
 * ContentProblemsError carrying every problem in every file when anything is wrong. The data
 * files, when sound, are handed to `onSiteData` as soon as they are checked, before the reviews.
 * With `kept`, each review's checks are kept for the next load (see KeptChecks).
 */
export async function loadContent(
  options: ContentOptions,
  onSiteData?: (siteData: SiteData) => void,
  kept?: KeptChecks,
): Promise<Content> {
  const problems: Problem[] = [];
  const folders = contentFolders(options.partnership);
  const {
    data: siteData,
    vocabulary,
    site,
    problems: dataProblems,
  } = await loadSiteData(folders.data, folders.sharedData);
  problems.push(...dataProblems);
  if (options.publishing && site)
    problems.push(...placeholderAddressProblems(site, path.join(folders.data, dataFiles.site)));
  if (siteData && !problems.length) onSiteData?.(siteData);

  // A fictional partnership's reviews are all fictional. Unknown while its site.json has problems:
  // then file names are not checked for "fictional-", so the one mistake is not reported twice.
  const partnershipFictional = site ? site.fictional === true : undefined;
  const reviewFolders = [
    { dir: folders.reviews, fictional: partnershipFictional, documentsRoot: folders.documentsRoot },
  ];
  // A fictional review's documents are fictional too, kept beside it in tests/fixtures/assets/.
  if (options.includeFixtures)
    reviewFolders.push({ dir: paths.fixtureReviews, fictional: true, documentsRoot: paths.fixtures });
  const listed = await Promise.all(
    reviewFolders.map(async (folder) => ({ ...folder, ...(await listReviewSources(folder.dir, folder.fictional)) })),
  );
  const sources = listed.flatMap((list) =>
    list.sources.map((source) => ({ source, documentsRoot: list.documentsRoot })),
  );
  problems.push(
    ...listed.flatMap((list) => list.problems),
    ...duplicateUrlProblems(sources.map(({ source }) => source)),
  );

  const reviews: Review[] = [];
  // Reviews are checked against the vocabularies in _data/, so they can only be checked once those are sound.
  if (vocabulary) {
    const context = `${options.today}|${JSON.stringify(vocabulary)}`;
    const results = await mapConcurrently(sources, READ_CONCURRENCY, ({ source, documentsRoot }) =>
      readReviewOnce(source, context, () => readReview(source, vocabulary, options.today, documentsRoot), kept),
    );
    for (const result of results) {
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
