import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { RESERVED_REVIEW_SLUGS } from "../content/reviews.ts";

/**
 * While `npm start` runs, Eleventy writes over its output but never deletes from it: a review
 * deleted while it runs, or before it started, would keep its page, and search (which indexes the
 * output) would keep finding it. Removes every review page in `outputDir` whose review is not in
 * `slugs`, and returns their addresses. The library's own pages under /reviews/ are left alone.
 */
export function removeStaleReviewPages(outputDir: string, slugs: ReadonlySet<string>): string[] {
  const reviewsDir = path.join(outputDir, "reviews");
  let folders: string[];
  try {
    folders = readdirSync(reviewsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return []; // Nothing built yet.
  }
  const kept = new Set<string>([...slugs, ...RESERVED_REVIEW_SLUGS]);
  const stale = folders.filter((folder) => !kept.has(folder));
  // Removed at once, before the rebuild and the search index after it read the output.
  for (const folder of stale) rmSync(path.join(reviewsDir, folder), { recursive: true, force: true });
  return stale.map((folder) => `/reviews/${folder}/`);
}
