// The offline search index's format, shared by the build (which writes it) and the browser
// (which reads it). Type imports only, so the browser bundle takes nothing else from the build.
import type { AsPlainObject } from "minisearch";

/**
 * One page as read for the offline search index. It carries what Pagefind reads from the same
 * markup (data-pagefind-body, -filter, -meta, -ignore), so search offline finds what search online does.
 */
export interface OfflineRecord {
  /** Relative to the site's root, as the archive's files are: "reviews/child-a/index.html". */
  url: string;
  title: string;
  text: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A page as a result shows it. Its text, for the excerpt, is in a text file loaded when needed. */
export type OfflinePage = Omit<OfflineRecord, "text">;

/** What the index file holds. */
export interface OfflineIndex {
  /** MiniSearch's index (its toJSON()); a page's id is its place in `pages`. */
  engine: AsPlainObject;
  pages: OfflinePage[];
  /** Page i's text is entry i % pagesPerTextFile of text file Math.floor(i / pagesPerTextFile). */
  pagesPerTextFile: number;
}

/** The global the index script sets, and the search page reads. */
export const OFFLINE_INDEX_GLOBAL = "SCR_OFFLINE_SEARCH_INDEX";
/** The global each text file adds its texts to, by the file's number. */
export const OFFLINE_TEXT_GLOBAL = "SCR_OFFLINE_SEARCH_TEXT";

/** The archive's search files, relative to the site's root. */
export const OFFLINE_SEARCH_FILES = {
  /** The search page's script in the archive: the shared search interface over the offline index. */
  script: "assets/search/search.js",
  index: "assets/search/index.js",
  text: (file: number) => `assets/search/text-${String(file).padStart(4, "0")}.js`,
} as const;
