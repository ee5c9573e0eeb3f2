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

/** One Pagefind index, from its creation to its files: see startPagefindIndex. */
export interface PagefindIndexRun {
  /** Has Pagefind read every page in a folder (the pages marked data-pagefind-body, see _includes/layouts/base.njk). */
  addFolder(folder: string): Promise<void>;
  /**
   * Waits for every folder added, checks that Pagefind read `expected` pages (at least one, when
   * not given), and writes the index to `<siteDir>/pagefind/`, in place of any earlier one.
   * Every error Pagefind reported is raised, never swallowed.
   */
  write(siteDir: string, expected?: number): Promise<{ pageCount: number }>;
  /** Ends Pagefind's process; what was not written is lost. Safe to call more than once. */
  close(): Promise<void>;
}

/** Starts a Pagefind index through its Node API (Pagefind runs in a process of its own). */
export function startPagefindIndex(): PagefindIndexRun {
  const created = pagefind.createIndex({ forceLanguage: "en" });
  const added: Promise<{ errors: string[]; page_count: number }>[] = [];
  return {
    addFolder(folder) {
      const reading = created.then(({ index, errors }) =>
        index
          ? index.addDirectory({ path: folder })
          : { errors: errors.length ? errors : ["Pagefind could not start an index."], page_count: 0 },
      );
      added.push(reading);
      // A failure is raised by `write`; until then (Pagefind's process killed by Ctrl-C, say) it
      // must not count as unhandled.
      reading.catch(() => undefined);
      return reading.then(() => undefined);
    },
    async write(siteDir, expected) {
      const { index, errors } = await created;
      if (!index || errors.length) throw new SearchIndexError(errors);
      const results = await Promise.all(added);
      const failures = results.flatMap((result) => result.errors);
      if (failures.length) throw new SearchIndexError(failures);
      const pageCount = results.reduce((sum, result) => sum + result.page_count, 0);
      if (!pageCount)
        throw new SearchIndexError([
          `No pages to index in ${siteDir}: the site build wrote no HTML with data-pagefind-body.`,
        ]);
      if (expected !== undefined && pageCount !== expected)
        throw new SearchIndexError([`Pagefind indexed ${pageCount} of the ${expected} searchable pages.`]);
      // Pagefind writes over an earlier index but leaves its files: pages that are gone would stay in them.
      await rm(path.join(siteDir, "pagefind"), { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
      if (written.errors.length) throw new SearchIndexError(written.errors);
      return { pageCount };
    },
    async close() {
      // Folders still being read settle first, so none fails unheard.
      await Promise.allSettled(added);
      await pagefind.close();
    },
  };
}

/**
 * Indexes every page of a built site and writes the index to `<siteDir>/pagefind/` (`npm start`,
 * after each rebuild).
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pageCount: number }> {
  const run = startPagefindIndex();
  try {
    await run.addFolder(siteDir);
    return await run.write(siteDir);
  } finally {
    await run.close();
  }
}
