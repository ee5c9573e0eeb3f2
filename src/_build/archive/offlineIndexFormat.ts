// The offline search index's format, shared by the build (which writes it) and the browser
// (which reads it). It imports only types, so the browser bundle takes nothing else from the build.
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

/** Some of MiniSearch's terms, each with the pages it is in (entries of its toJSON()'s `index`). */
export type OfflineTerms = AsPlainObject["index"];

/** What the index file holds. */
export interface OfflineIndex {
  /**
   * MiniSearch's index (its toJSON()) without its terms; a page's id is its place in `pages`. The
   * terms are in files of their own, by their first two characters (see termFileKey), loaded when a
   * query needs them: at 5,000 reviews, reading every term and building MiniSearch's maps of them
   * took longer than the rest of a cold search together.
   */
  engine: Omit<AsPlainObject, "index">;
  /** The keys of the term files there are. */
  termFiles: string[];
  pages: OfflinePage[];
  /** Page i's text is entry i % pagesPerTextFile of text file Math.floor(i / pagesPerTextFile). */
  pagesPerTextFile: number;
}

/** The global the index script sets, and the search page reads. */
export const OFFLINE_INDEX_GLOBAL = "SCR_OFFLINE_SEARCH_INDEX";
/** The global each text file adds its texts to, by the file's number. */
export const OFFLINE_TEXT_GLOBAL = "SCR_OFFLINE_SEARCH_TEXT";
/** The global each term file adds its terms to, by the file's key. */
export const OFFLINE_TERMS_GLOBAL = "SCR_OFFLINE_SEARCH_TERMS";

/**
 * The term file a term is in: its first two characters' code points in hexadecimal, "6e-65" for
 * "neglect" ("6e" for a term of one character).
 */
export function termFileKey(term: string): string {
  return [...term]
    .slice(0, 2)
    .map((character) => (character.codePointAt(0) ?? 0).toString(16))
    .join("-");
}

/**
 * The term files that can hold a term a query word matches, of those in `available`: a query word
 * matches the terms that start with it, and the search falls back to shorter starts of it of three
 * letters or more (see words.ts), so all of these share the word's first two letters.
 */
export function termFilesFor(word: string, available: readonly string[]): string[] {
  const [first = "", second] = [...word];
  const one = termFileKey(first);
  const wanted = (key: string) =>
    second === undefined ? key === one || key.startsWith(`${one}-`) : key === termFileKey(first + second);
  return available.filter(wanted);
}

/** The archive's search files, relative to the site's root. */
export const OFFLINE_SEARCH_FILES = {
  /** The search page's script in the archive: the shared search interface over the offline index. */
  script: "assets/search/search.js",
  index: "assets/search/index.js",
  text: (file: number) => `assets/search/text-${String(file).padStart(4, "0")}.js`,
  terms: (key: string) => `assets/search/terms-${key}.js`,
} as const;
