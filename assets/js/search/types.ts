/**
 * The filters a visitor can narrow results by, with the names shown beside them. A filter shows
 * only where pages have it: partnership and region only in the national index.
 */
export const FILTER_NAMES = ["partnership", "region", "type", "year", "theme", "age"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export const FILTER_LABELS: Readonly<Record<FilterName, string>> = {
  partnership: "Partnership",
  region: "Region",
  type: "Review type",
  year: "Year published",
  theme: "Theme",
  age: "Child's age",
};

export type SortOrder = "relevance" | "newest" | "oldest";

/** The chosen values of each filter; a result must match one chosen value of every filter used. */
export type SelectedFilters = Partial<Record<FilterName, string[]>>;

/** For each filter, each value and how many pages have it. */
export type FilterOptions = Partial<Record<FilterName, Record<string, number>>>;

export interface SearchResult {
  url: string;
  title: string;
  /** A passage around the match, as HTML: plain text with <mark> around the words found. */
  excerptHtml: string;
  type?: string;
  /** In the national index: the partnership that publishes the review (the first, for a joint review). */
  partnership?: string;
  date?: string;
  summary?: string;
}

export interface SearchResponse {
  total: number;
  /** Loads results from `start`, `count` at a time, so a long list costs nothing until it is read. */
  load(start: number, count: number): Promise<SearchResult[]>;
}

/**
 * Where results come from: Pagefind on the live site, a bundled index in the offline archive.
 * The search page works the same over either.
 */
export interface SearchBackend {
  filterOptions(): Promise<FilterOptions>;
  search(query: string, filters: SelectedFilters, sort: SortOrder): Promise<SearchResponse>;
}
