import MiniSearch, { type SearchResult as EngineResult } from "minisearch";
import {
  termFilesFor,
  type OfflineIndex,
  type OfflinePage,
  type OfflineTerms,
} from "../../../src/_build/archive/offlineIndexFormat.ts";
import { escapeHtml } from "../../../src/_build/text/escapeHtml.ts";
import { allTermsQuery, ENGINE_OPTIONS, type TermQuery } from "./offlineEngine.ts";
import { SHORTEST_STAND_IN } from "./standIns.ts";
import { indexTerms, queryTerms, wordsOf } from "./words.ts";
import type { FilterName, FilterOptions, SearchBackend, SearchResult, SelectedFilters, SortOrder } from "./types.ts";

/** Words in an excerpt, as the live site's Pagefind excerpts are set (pagefindBackend.ts). */
const EXCERPT_WORDS = 24;

/** Engines kept for sets of term files already searched: a visitor going back to a query gets it at once. */
const ENGINES_KEPT = 8;

/**
 * The pages that have every word of the query, best first. As Pagefind does, a word that no
 * indexed term starts with stands for the longest indexed term it starts with ("school" for
 * "schoolroom"), if that is three letters or more (standIns.ts); this can only matter when
 * nothing was found.
 */
function findAll(engine: MiniSearch, terms: readonly string[]): EngineResult[] {
  const asPrefixes: TermQuery[] = terms.map((term) => ({ term, prefix: true }));
  const found = engine.search(allTermsQuery(asPrefixes));
  if (found.length) return found;
  let changed = false;
  const narrowed = asPrefixes.map((query) => {
    if (engine.search(query.term, { prefix: true }).length) return query;
    for (let end = query.term.length - 1; end >= SHORTEST_STAND_IN; end--) {
      const shorter = query.term.slice(0, end);
      if (engine.search(shorter).length) {
        changed = true;
        return { term: shorter, prefix: false };
      }
    }
    return query;
  });
  return changed ? engine.search(allTermsQuery(narrowed)) : [];
}

/**
 * About EXCERPT_WORDS words of the page where the matched terms are thickest, with the words
 * that matched marked. `matched` holds the index's terms that matched (stems, as MiniSearch reports them).
 */
export function excerpt(text: string, matched: ReadonlySet<string>): string {
  const words = wordsOf(text);
  const hits = words.map((word) => matched.size > 0 && indexTerms(word).some((term) => matched.has(term)));
  // Slide a window of EXCERPT_WORDS along the text, counting the matches in it; keep the first best.
  let count = hits.slice(0, EXCERPT_WORDS).filter(Boolean).length;
  let best = count;
  let start = 0;
  for (let from = 1; from + EXCERPT_WORDS <= words.length; from++) {
    count += Number(hits[from + EXCERPT_WORDS - 1]) - Number(hits[from - 1]);
    if (count > best) [best, start] = [count, from];
  }
  // Begin a little before the first match in the window, so it is read in context.
  const firstHit = hits.indexOf(true, start);
  if (firstHit > start + 3) start = Math.max(0, Math.min(firstHit - 3, words.length - EXCERPT_WORDS));
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  const html = words
    .slice(start, end)
    .map((word, offset) => {
      if (!hits[start + offset]) return escapeHtml(word);
      // The mark goes round the word, not the punctuation on either side of it.
      const [, before = "", core = "", after = ""] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
      return `${escapeHtml(before)}<mark>${escapeHtml(core)}</mark>${escapeHtml(after)}`;
    })
    .join(" ");
  return `${start > 0 ? "… " : ""}${html}${end < words.length ? " …" : ""}`;
}

function matchesFilters(page: OfflinePage, filters: SelectedFilters): boolean {
  return Object.entries(filters).every(
    ([name, chosen]) => !chosen?.length || chosen.some((value) => page.filters[name]?.includes(value)),
  );
}

/** How the backend reads the archive's search files, and learns when the page is idle. */
export interface OfflineFiles {
  /** One text file's texts, by its number (see OfflineIndex.pagesPerTextFile). */
  texts(file: number): Promise<readonly string[]>;
  /** One term file's terms, by its key (see termFileKey). */
  terms(key: string): Promise<OfflineTerms>;
  /** Resolves when the page has nothing else to do. */
  idle(): Promise<void>;
}

/**
 * Search over the index the offline archive carries, for pages opened from disk, where Pagefind
 * cannot run: MiniSearch, with words read and stemmed as Pagefind reads them (offlineEngine.ts),
 * and the same filters and sorting as the live site. The index's terms and the pages' texts are
 * in files loaded as queries need them; once the first results show, the rest load while the page
 * is idle (`everythingLoaded` resolves then), so later queries load nothing.
 */
export function offlineBackend(
  index: OfflineIndex,
  files: OfflineFiles,
): SearchBackend & { everythingLoaded: Promise<void> } {
  const { pages, pagesPerTextFile } = index;

  const loadedTerms = new Map<string, OfflineTerms>();
  const loadedTexts = new Map<number, Promise<readonly string[]>>();
  const engines = new Map<string, MiniSearch>();
  /** MiniSearch over every term, made once every term file has loaded. */
  let wholeEngine: MiniSearch | undefined;

  async function loadTerms(keys: readonly string[]): Promise<void> {
    const missing = keys.filter((key) => !loadedTerms.has(key));
    const arrived = await Promise.all(missing.map(async (key) => [key, await files.terms(key)] as const));
    // Once the whole engine is made, it holds every term: nothing more is kept.
    if (!wholeEngine) for (const [key, entries] of arrived) loadedTerms.set(key, entries);
  }

  /**
   * MiniSearch over the term files the query's words can match, and no others, until the whole
   * index is loaded: each file is loaded once, and an engine made for each set of files (the last
   * few kept), so a query costs what its own words need. A term's score depends only on its own
   * pages and on the pages' lengths, which every term file shares, so results are as from the
   * whole index.
   */
  async function engineFor(terms: readonly string[]): Promise<MiniSearch> {
    if (wholeEngine) return wholeEngine;
    const keys = [...new Set(terms.flatMap((term) => termFilesFor(term, index.termFiles)))].sort();
    await loadTerms(keys);
    // Made while the files loaded, the whole engine has let go of the terms loaded for one set.
    if (wholeEngine) return wholeEngine;
    const name = keys.join(",");
    let engine = engines.get(name);
    if (!engine) {
      const entries = keys.flatMap((key) => loadedTerms.get(key) ?? []);
      engine = MiniSearch.loadJS({ ...index.engine, index: entries }, ENGINE_OPTIONS);
      if (engines.size >= ENGINES_KEPT) engines.delete(engines.keys().next().value as string);
    }
    // The most recently used last, so the oldest goes first.
    engines.delete(name);
    engines.set(name, engine);
    return engine;
  }

  /**
   * Loads the rest of the index, a file at a time while the page is idle: a later query then
   * loads nothing, and searches one engine made once (at 5,000 reviews, loading a query's term
   * files and making an engine for them took most of a later query's time). The whole engine is
   * made in steps (loadJSAsync), so a query typed meanwhile is not kept waiting.
   */
  async function loadEverything(): Promise<void> {
    for (const key of index.termFiles) {
      await files.idle();
      await loadTerms([key]);
    }
    await files.idle();
    const entries = index.termFiles.flatMap((key) => loadedTerms.get(key) ?? []);
    wholeEngine = await MiniSearch.loadJSAsync({ ...index.engine, index: entries }, ENGINE_OPTIONS);
    // The whole engine holds every term now: what it was made from can go.
    engines.clear();
    loadedTerms.clear();
    for (let file = 0; file * pagesPerTextFile < pages.length; file++) {
      await files.idle();
      await textsOf(file);
    }
  }

  let firstResultsShown: () => void = () => {};
  const everythingLoaded = new Promise<void>((resolve) => {
    firstResultsShown = resolve;
  }).then(loadEverything);

  /** One text file's texts, loaded once and kept, for excerpts. */
  function textsOf(file: number): Promise<readonly string[]> {
    let texts = loadedTexts.get(file);
    if (!texts) {
      texts = files.texts(file);
      loadedTexts.set(file, texts);
    }
    return texts;
  }

  async function textOf(id: number): Promise<string> {
    return (await textsOf(Math.floor(id / pagesPerTextFile)))[id % pagesPerTextFile] ?? "";
  }

  return {
    everythingLoaded,
    async filterOptions(): Promise<FilterOptions> {
      const options: FilterOptions = {};
      for (const page of pages) {
        for (const [name, values] of Object.entries(page.filters)) {
          const counts = options[name as FilterName] ?? {};
          options[name as FilterName] = counts;
          for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
        }
      }
      return options;
    },
    async search(query: string, filters: SelectedFilters, sort: SortOrder) {
      const terms = queryTerms(query);
      // No words (nothing, or only punctuation) chooses pages by the filters alone, if any are
      // chosen; with none, it chooses nothing, as on the live site.
      const filtered = Object.values(filters).some((values) => values?.length);
      // `terms`: the index's terms that matched, for the excerpt's marks.
      const found: readonly { id: number; score: number; terms: readonly string[] }[] = terms.length
        ? (findAll(await engineFor(terms), terms) as (EngineResult & { id: number })[])
        : filtered
          ? pages.map((_, id) => ({ id, score: 0, terms: [] }))
          : [];
      const date = (id: number) => pages[id]?.meta.date ?? "";
      // Dates are YYYY-MM-DD, so they sort as plain strings.
      const byDate = (a: number, b: number) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0);
      let shown = found.filter(({ id }) => pages[id] && matchesFilters(pages[id], filters));
      if (sort === "relevance") shown.sort((a, b) => b.score - a.score || byDate(b.id, a.id));
      else {
        const direction = sort === "newest" ? -1 : 1;
        // Like Pagefind, sorting by date leaves out pages that have no date.
        shown = shown.filter(({ id }) => date(id)).sort((a, b) => direction * byDate(a.id, b.id));
      }
      return {
        total: shown.length,
        async load(start: number, count: number): Promise<SearchResult[]> {
          const results = await Promise.all(
            shown.slice(start, start + count).map(async ({ id, terms: matched }) => {
              const { url, title, meta } = pages[id] as OfflinePage;
              return {
                url,
                title,
                excerptHtml: excerpt(await textOf(id), new Set(matched)),
                ...(meta.type ? { type: meta.type } : {}),
                ...(meta.partnership ? { partnership: meta.partnership } : {}),
                ...(meta.date ? { date: meta.date } : {}),
                ...(meta.summary ? { summary: meta.summary } : {}),
              };
            }),
          );
          firstResultsShown();
          return results;
        },
      };
    },
  };
}
