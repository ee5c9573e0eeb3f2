import type { OfflineRecord } from "../../../src/_build/archive/offlineIndexFormat.ts";
import { escapeHtml } from "../../../src/_build/text/escapeHtml.ts";
import type { FilterName, FilterOptions, SearchBackend, SearchResult, SelectedFilters, SortOrder } from "./types.ts";

/** Lower case without accents, so "Café" finds "cafe". */
function normalise(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** The words of a query, each at least one letter or digit long. */
export function queryTerms(query: string): string[] {
  return normalise(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A term matches the start of a word, so "neglec" finds "neglect" but "lect" does not. */
const wordStart = (term: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, "gu");

function countMatches(text: string, term: string): number {
  return text.match(wordStart(term))?.length ?? 0;
}

interface Prepared {
  record: OfflineRecord;
  title: string;
  summary: string;
  facets: string;
  text: string;
}

/** How well a page matches every term: title first, then summary and filters, then the text. Zero if a term is missing. */
function score(page: Prepared, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    const inTitle = countMatches(page.title, term);
    const inSummary = countMatches(page.summary, term);
    const inFacets = countMatches(page.facets, term);
    const inText = countMatches(page.text, term);
    if (!inTitle && !inSummary && !inFacets && !inText) return 0;
    total += inTitle * 10 + inSummary * 5 + inFacets * 5 + Math.min(inText, 10);
  }
  return total;
}

/** About 30 words of the page around the first match, with the matches marked. */
export function excerpt(text: string, terms: readonly string[], length = 220): string {
  const normalised = normalise(text);
  let first = -1;
  for (const term of terms) {
    const match = wordStart(term).exec(normalised);
    if (match && (first < 0 || match.index < first)) first = match.index + match[1]!.length;
  }
  const start = Math.max(0, first < 0 ? 0 : text.lastIndexOf(" ", Math.max(0, first - 60)) + 1);
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = Math.max(text.lastIndexOf(" ", end), start + 1);
  const passage = text.slice(start, end);
  // Marks go round whole words that start with a term, found on the normalised copy (same length for Latin text).
  const normalisedPassage = normalise(passage);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (const match of normalisedPassage.matchAll(wordStart(term))) {
      const from = match.index + match[1]!.length;
      ranges.push([from, from + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let html = "";
  let cursor = 0;
  for (const [from, to] of ranges) {
    if (from < cursor) continue;
    html += `${escapeHtml(passage.slice(cursor, from))}<mark>${escapeHtml(passage.slice(from, to))}</mark>`;
    cursor = to;
  }
  html += escapeHtml(passage.slice(cursor));
  return `${start > 0 ? "… " : ""}${html}${end < text.length ? " …" : ""}`;
}

function matchesFilters(record: OfflineRecord, filters: SelectedFilters): boolean {
  return Object.entries(filters).every(([name, chosen]) => !chosen?.length || chosen.some((value) => record.filters[name]?.includes(value)));
}

/**
 * Search over the index bundled in the offline archive, for pages opened from disk where
 * Pagefind cannot run. It offers the same filters and sorting as the live site.
 */
export function offlineBackend(records: readonly OfflineRecord[]): SearchBackend {
  const pages: Prepared[] = records.map((record) => ({
    record,
    title: normalise(record.title),
    summary: normalise(record.meta.summary ?? ""),
    facets: normalise(Object.values(record.filters).flat().join(" ")),
    text: normalise(record.text),
  }));

  return {
    async filterOptions(): Promise<FilterOptions> {
      const options: FilterOptions = {};
      for (const { record } of pages) {
        for (const [name, values] of Object.entries(record.filters)) {
          const counts = (options[name as FilterName] ??= {});
          for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
        }
      }
      return options;
    },
    async search(query: string, filters: SelectedFilters, sort: SortOrder) {
      const terms = queryTerms(query);
      const found = pages
        .filter((page) => matchesFilters(page.record, filters))
        .map((page) => ({ page, score: terms.length ? score(page, terms) : 1 }))
        .filter(({ score: value }) => value > 0);
      const date = (page: Prepared) => page.record.meta.date ?? "";
      if (sort === "relevance") found.sort((a, b) => b.score - a.score || date(b.page).localeCompare(date(a.page)));
      else {
        const direction = sort === "newest" ? -1 : 1;
        // Like Pagefind, sorting by date leaves out pages that have no date.
        found.splice(0, found.length, ...found.filter(({ page }) => date(page)).sort((a, b) => direction * date(a.page).localeCompare(date(b.page))));
      }
      return {
        total: found.length,
        async load(start: number, count: number): Promise<SearchResult[]> {
          return found.slice(start, start + count).map(({ page: { record } }) => ({
            url: record.url,
            title: record.title,
            excerptHtml: excerpt(record.text, terms.length ? terms : []),
            ...(record.meta.type ? { type: record.meta.type } : {}),
            ...(record.meta.date ? { date: record.meta.date } : {}),
            ...(record.meta.summary ? { summary: record.meta.summary } : {}),
          }));
        },
      };
    },
  };
}
