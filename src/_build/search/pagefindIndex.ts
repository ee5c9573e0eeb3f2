import { rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

/** Pagefind reported errors: the index was not written, and the build must not be published. */
export class SearchIndexError extends Error {
  constructor(errors: readonly string[]) {
    super(`The search index could not be built:\n${errors.map((error) => `  - ${error}`).join("\n")}`);
    this.name = "SearchIndexError";
  }
}

/**
 * Indexes every page of a built site with Pagefind's Node API and writes the index to
 * `<siteDir>/pagefind/`. Every error Pagefind reports is raised, never swallowed.
 * Pages opt in with `data-pagefind-body` (see _includes/layouts/base.njk).
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pageCount: number }> {
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index || createErrors.length) throw new SearchIndexError(createErrors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new SearchIndexError(added.errors);
    if (added.page_count === 0) throw new SearchIndexError([`No pages to index in ${siteDir}: the site build wrote no HTML with data-pagefind-body.`]);
    // Pagefind writes over an earlier index but leaves its files: pages that are gone would stay in them.
    await rm(path.join(siteDir, "pagefind"), { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
    if (written.errors.length) throw new SearchIndexError(written.errors);
    return { pageCount: added.page_count };
  } finally {
    await pagefind.close();
  }
}
