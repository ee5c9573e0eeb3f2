import type { FilterOptions, SearchBackend, SearchResult, SelectedFilters, SortOrder } from "./types.ts";
import { foundThroughEveryWord } from "./standIns.ts";

/** The part of Pagefind's browser API this site uses (https://pagefind.app/docs/api/). */
interface PagefindResultData {
  url: string;
  /** The page's text, as Pagefind indexed it. */
  content: string;
  /** Where the words that matched are in `content`, counted in words between spaces. */
  locations: number[];
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, "asc" | "desc"> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

function toPagefindFilters(filters: SelectedFilters): Record<string, { any: string[] }> {
  const chosen: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(filters)) {
    if (values?.length) chosen[name] = { any: values };
  }
  return chosen;
}

/** Search over the Pagefind index at /pagefind/, loaded only when the search page first needs it. */
export function pagefindBackend(bundleUrl: string): SearchBackend {
  let loaded: Promise<PagefindApi> | undefined;
  const api = () => {
    loaded ??= (async () => {
      // A URL built at run time, so the bundler leaves this import to the browser.
      const pagefind = (await import(/* @vite-ignore */ new URL("pagefind.js", bundleUrl).href)) as PagefindApi;
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    return loaded;
  };

  return {
    async filterOptions(): Promise<FilterOptions> {
      return (await api()).filters();
    },
    async search(query: string, filters: SelectedFilters, sort: SortOrder) {
      const pagefind = await api();
      const response = await pagefind.search(query.trim() || null, {
        filters: toPagefindFilters(filters),
        ...(sort === "relevance" ? {} : { sort: { date: sort === "newest" ? "desc" : "asc" } }),
      });
      const results = response?.results ?? [];
      // Each result's data is fetched once: the first is read below, then shown.
      const loaded = new Map<number, Promise<PagefindResultData>>();
      const dataOf = (index: number) => {
        let data = loaded.get(index);
        if (!data) {
          data = (results[index] as { data(): Promise<PagefindResultData> }).data();
          loaded.set(index, data);
        }
        return data;
      };
      // Pagefind stands in for a word no page has with any shorter word it starts with ("H" for
      // "hanging"): such results are not results (standIns.ts).
      if (results.length && query.trim()) {
        const first = await dataOf(0);
        const words = first.content.split(/[\r\n\s]+/g);
        const matched = first.locations.map((location) => words[location] ?? "");
        if (!foundThroughEveryWord(query, matched)) return { total: 0, load: async () => [] };
      }
      return {
        total: results.length,
        async load(start: number, count: number): Promise<SearchResult[]> {
          const page = await Promise.all(results.slice(start, start + count).map((_, n) => dataOf(start + n)));
          return page.map((data) => ({
            url: data.url,
            title: data.meta.title ?? data.url,
            excerptHtml: data.excerpt,
            ...(data.meta.type ? { type: data.meta.type } : {}),
            ...(data.meta.partnership ? { partnership: data.meta.partnership } : {}),
            ...(data.meta.date ? { date: data.meta.date } : {}),
            ...(data.meta.summary ? { summary: data.meta.summary } : {}),
          }));
        },
      };
    },
  };
}
