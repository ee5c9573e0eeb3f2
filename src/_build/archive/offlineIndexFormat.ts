// The offline search index's format, shared by the build (which writes it) and the browser
// (which reads it). No imports, so the browser bundle takes nothing else from the build.

/**
 * One page in the offline search index. It carries what Pagefind reads from the same markup
 * (data-pagefind-body, -filter, -meta, -ignore), so search offline finds what search online does.
 */
export interface OfflineRecord {
  /** Relative to the site's root, as the archive's files are: "reviews/child-a/index.html". */
  url: string;
  title: string;
  text: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The global the index script sets, and the search page reads. */
export const OFFLINE_INDEX_GLOBAL = "SCR_OFFLINE_SEARCH_INDEX";
