import { queryWords } from "./standIns.ts";
import { FILTER_NAMES, type SelectedFilters, type SortOrder } from "./types.ts";

/** What a search asks for, as kept in the page's address so it can be shared and reloaded. */
export interface SearchState {
  query: string;
  filters: SelectedFilters;
  sort: SortOrder;
}

const SORTS: readonly SortOrder[] = ["relevance", "newest", "oldest"];

/** Reads a search from URL parameters: ?q=neglect&theme=Neglect&sort=newest. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SelectedFilters = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  const sort = params.get("sort") as SortOrder | null;
  return { query: params.get("q")?.trim() ?? "", filters, sort: sort && SORTS.includes(sort) ? sort : "relevance" };
}

/** Writes a search back to URL parameters, leaving out what is empty or the default. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const name of FILTER_NAMES) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  if (state.sort !== "relevance") params.set("sort", state.sort);
  return params;
}

/** True when there is nothing to search for: no words and no filter chosen. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.query && !Object.values(state.filters).some((values) => values?.length);
}

/**
 * The order a search's results are listed in. A search of filters alone (no words, or only
 * punctuation, which is no word) has no relevance to rank by: it lists newest first, as a library
 * lists, online and offline alike. `sortable` is false where the site has no date order (the
 * national index): its results are then in the search's own order.
 */
export function listingOrder(state: SearchState, sortable: boolean): SortOrder {
  return sortable && state.sort === "relevance" && !queryWords(state.query).length ? "newest" : state.sort;
}
