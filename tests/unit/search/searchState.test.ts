import assert from "node:assert/strict";
import { test } from "node:test";
import { listingOrder, type SearchState } from "../../../assets/js/search/searchState.ts";

const state = (query: string, sort: SearchState["sort"] = "relevance"): SearchState => ({
  query,
  filters: { theme: ["Domestic abuse"] },
  sort,
});

test("a search of filters alone lists newest first, online and offline, where the site has a date order", () => {
  for (const query of ["", "'", "- & ?", "…"]) assert.equal(listingOrder(state(query), true), "newest", query);
  // Words keep relevance; an order chosen is kept; the national index has no date order.
  assert.equal(listingOrder(state("neglect"), true), "relevance");
  assert.equal(listingOrder(state("", "oldest"), true), "oldest");
  assert.equal(listingOrder(state(""), false), "relevance");
});
