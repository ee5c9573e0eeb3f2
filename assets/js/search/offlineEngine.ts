// How the offline archive's search indexes and searches pages, shared by the build (which writes
// the index) and the browser (which searches it). Words are read as words.ts reads them.
import type { Options, SearchOptions } from "minisearch";
import { indexTerms, wordsOf } from "./words.ts";

/** The fields of a page the index holds. */
export const OFFLINE_FIELDS = ["title", "summary", "meta", "text"] as const;
export type OfflineField = (typeof OFFLINE_FIELDS)[number];

/**
 * Matches in the title count most, then the summary: a page about the words comes before a page
 * that mentions them. ("meta" holds the review type and date, which Pagefind also searches.)
 */
const BOOST: Readonly<Record<OfflineField, number>> = { title: 6, summary: 3, meta: 1, text: 1 };

/** The index's options: the build and the browser must use the same. */
export const ENGINE_OPTIONS: Options = {
  fields: [...OFFLINE_FIELDS],
  idField: "id",
  tokenize: wordsOf,
  processTerm: indexTerms,
  searchOptions: {
    boost: { ...BOOST },
    // Query terms arrive stemmed (queryTerms), each as a query of its own.
    tokenize: (term) => [term],
    processTerm: (term) => term,
  },
};

/** How one stemmed query word is searched: as the start of terms, or (see below) as one whole term. */
export interface TermQuery {
  term: string;
  prefix: boolean;
}

/** Every word must match (as Pagefind: a page must have them all). */
export function allTermsQuery(terms: readonly TermQuery[]): {
  combineWith: "AND";
  queries: (SearchOptions & { queries: string[] })[];
} {
  return { combineWith: "AND", queries: terms.map(({ term, prefix }) => ({ queries: [term], prefix })) };
}
