import { formatDisplayDate } from "../../../src/_build/text/dates.ts";
import { isEmptySearch, listingOrder, readSearchState, writeSearchState, type SearchState } from "./searchState.ts";
import {
  FILTER_LABELS,
  FILTER_NAMES,
  type FilterName,
  type FilterOptions,
  type SearchBackend,
  type SearchResponse,
  type SearchResult,
} from "./types.ts";

/**
 * Results shown at first and at each "Show more results", as Pagefind's own interface does. Each
 * result shown downloads that review's whole text (Pagefind builds its excerpt from it), so on a
 * phone five keep the first results light; more are a button away.
 */
const PAGE_SIZE = 5;
const TYPING_DELAY_MS = 300;

/** Builds an element with a class and text: the page is assembled from DOM nodes, never from HTML strings. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Copies an excerpt keeping only its text and <mark> highlights, so nothing in it can run. */
export function safeExcerpt(html: string): DocumentFragment {
  const template = document.createElement("template");
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(template.content.childNodes)) {
    if (node.nodeName === "MARK") fragment.append(element("mark", undefined, node.textContent ?? ""));
    else fragment.append(document.createTextNode(node.textContent ?? ""));
  }
  return fragment;
}

function resultItem(result: SearchResult, resolveUrl: (url: string) => string): HTMLLIElement {
  const item = element("li", "search-result");
  const heading = element("h2", "search-result__title");
  const link = element("a", undefined, result.title);
  link.href = resolveUrl(result.url);
  heading.append(link);
  item.append(heading);
  const published =
    result.date && /^\d{4}-\d{2}-\d{2}$/.test(result.date) ? `published ${formatDisplayDate(result.date)}` : undefined;
  const meta = [result.type, result.partnership, published].filter(Boolean).join(", ");
  if (meta) item.append(element("p", "search-result__meta", meta.charAt(0).toUpperCase() + meta.slice(1)));
  const excerpt = element("p", "search-result__excerpt");
  excerpt.append(safeExcerpt(result.excerptHtml || result.summary || ""));
  item.append(excerpt);
  return item;
}

/** The values of some filters in their own order, as the search form gives it (src/search.njk). */
type FilterOrder = Partial<Record<FilterName, string[]>>;

function readFilterOrder(form: HTMLFormElement): FilterOrder {
  try {
    return JSON.parse(form.dataset.filterOrder ?? "{}") as FilterOrder;
  } catch {
    return {};
  }
}

/** A filter's values: in their own order where they have one, years newest first, the rest alphabetically. */
export function orderedValues(name: FilterName, values: readonly string[], order: FilterOrder): string[] {
  const own = order[name] ?? [];
  const rank = (value: string) => (own.includes(value) ? own.indexOf(value) : own.length);
  return [...values].sort((a, b) => rank(a) - rank(b) || (name === "year" ? b.localeCompare(a) : a.localeCompare(b)));
}

function filterFieldset(
  name: FilterName,
  values: Record<string, number>,
  chosen: readonly string[],
  order: FilterOrder,
): HTMLFieldSetElement {
  const fieldset = element("fieldset", "fieldset");
  fieldset.append(element("legend", "fieldset__legend", FILTER_LABELS[name]));
  const list = element("div", "checkboxes");
  const keys = orderedValues(name, Object.keys(values), order);
  keys.forEach((value, index) => {
    const row = element("div", "checkboxes__item");
    const input = element("input", "checkboxes__input");
    input.type = "checkbox";
    input.name = name;
    input.value = value;
    input.id = `filter-${name}-${index}`;
    input.checked = chosen.includes(value);
    const label = element("label", "checkboxes__label", `${value} (${values[value]})`);
    label.htmlFor = input.id;
    row.append(input, label);
    list.append(row);
  });
  fieldset.append(list);
  return fieldset;
}

function sortControl(sort: SearchState["sort"]): HTMLDivElement {
  const group = element("div", "form-group");
  const label = element("label", "label", "Sort results by");
  label.htmlFor = "search-sort";
  const select = element("select", "select");
  select.id = "search-sort";
  select.name = "sort";
  for (const [value, text] of [
    ["relevance", "Best match"],
    ["newest", "Newest first"],
    ["oldest", "Oldest first"],
  ] as const) {
    const option = element("option", undefined, text);
    option.value = value;
    option.selected = value === sort;
    select.append(option);
  }
  group.append(label, select);
  return group;
}

/**
 * The search page: reads the search from the address, shows filters and sorting, and lists
 * results PAGE_SIZE (five) at a time. The status line says how many results there are, for screen readers.
 */
export function initSearchPage(backend: SearchBackend, resolveUrl: (url: string) => string = (url) => url): void {
  const form = document.querySelector<HTMLFormElement>("[data-search-form]");
  const input = document.querySelector<HTMLInputElement>("#search-input");
  const options = document.querySelector<HTMLElement>("[data-search-options]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const resultsArea = document.querySelector<HTMLElement>("[data-search-results]");
  if (!form || !input || !options || !status || !resultsArea) return;
  const filterOrder = readFilterOrder(form);

  // The national index's search has no date order: its order of 10,000 pages would weigh more
  // than every other part of the first results (docs/benchmark.md). Its form says so.
  const sortable = !form.hasAttribute("data-search-unsorted");
  const readState = (params: URLSearchParams): SearchState => {
    const read = readSearchState(params);
    return sortable ? read : { ...read, sort: "relevance" };
  };
  let state = readState(new URLSearchParams(window.location.search));
  input.value = state.query;
  let latest = 0;
  let typingTimer: number | undefined;

  function stateFromForm(): SearchState {
    return readState(new URLSearchParams(new FormData(form as HTMLFormElement) as unknown as Record<string, string>));
  }

  /**
   * The filter and sort panel. Its choices are fetched only when it is first opened (or the
   * address already asks for a filter), so a plain search downloads no filter data.
   */
  async function showFilters(): Promise<void> {
    const details = element("details", "search-filters");
    details.append(
      element("summary", "search-filters__summary", sortable ? "Filter and sort results" : "Filter results"),
    );
    const body = element("div", "search-filters__body");
    details.append(body);
    let filled: Promise<void> | undefined;
    const fill = () =>
      (filled ??= (async () => {
        let available: FilterOptions = {};
        try {
          available = await backend.filterOptions();
        } catch {
          body.append(element("p", undefined, "Filters are not available at the moment."));
        }
        for (const name of FILTER_NAMES) {
          const values = available[name];
          if (values && Object.keys(values).length)
            body.append(filterFieldset(name, values, state.filters[name] ?? [], filterOrder));
        }
        if (sortable) body.append(sortControl(state.sort));
      })());
    details.addEventListener("toggle", () => {
      if (details.open) void fill();
    });
    options?.replaceChildren(details);
    if (options) options.hidden = false;
    if (Object.keys(state.filters).length > 0 || state.sort !== "relevance") {
      details.open = true;
      await fill();
    }
  }

  async function run(next: SearchState, addToHistory: boolean): Promise<void> {
    state = next;
    const params = writeSearchState(state).toString();
    const address = `${window.location.pathname}${params ? `?${params}` : ""}`;
    if (addToHistory) window.history.pushState(null, "", address);
    else window.history.replaceState(null, "", address);

    const ticket = ++latest;
    if (isEmptySearch(state)) {
      resultsArea?.replaceChildren();
      if (status) status.textContent = "Type a word or phrase to search for, or choose a filter.";
      return;
    }
    if (status) status.textContent = "Searching...";
    let response: SearchResponse;
    try {
      response = await backend.search(state.query, state.filters, listingOrder(state, sortable));
    } catch (error) {
      if (ticket === latest && status)
        status.textContent = "Search is not working at the moment. Try again, or browse the reviews and the sitemap.";
      console.warn(error);
      return;
    }
    if (ticket !== latest) return;
    await render(response, ticket);
  }

  async function render(response: SearchResponse, ticket: number): Promise<void> {
    const words = state.query ? ` for "${state.query}"` : "";
    const list = element("ol", "search-results");
    const more = element("button", "button button--secondary search-more", "Show more results");
    more.type = "button";
    let shown = 0;

    async function showNext(): Promise<void> {
      const page = await response.load(shown, PAGE_SIZE);
      if (ticket !== latest) return;
      for (const result of page) list.append(resultItem(result, resolveUrl));
      shown += page.length;
      more.hidden = shown >= response.total;
      if (status) {
        status.textContent =
          response.total === 0
            ? `No results${words}. Check the spelling, try other words, or remove a filter.`
            : `${response.total} ${response.total === 1 ? "result" : "results"}${words}` +
              `${shown < response.total ? `, showing ${shown}` : ""}.`;
      }
    }

    more.addEventListener("click", () => {
      const firstNew = shown;
      void showNext().then(() => list.children[firstNew]?.querySelector("a")?.focus());
    });
    resultsArea?.replaceChildren(list, more);
    await showNext();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    // The search as-you-type still waiting would run the same search again, and take away any
    // results shown since with "Show more results".
    window.clearTimeout(typingTimer);
    void run(stateFromForm(), true);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== input) void run(stateFromForm(), false);
  });
  input.addEventListener("input", () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => void run(stateFromForm(), false), TYPING_DELAY_MS);
  });
  window.addEventListener("popstate", () => {
    state = readState(new URLSearchParams(window.location.search));
    input.value = state.query;
    void showFilters().then(() => run(state, false));
  });

  void showFilters().then(() => run(state, false));
}
