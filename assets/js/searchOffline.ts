// The search page's script in the offline archive, a copy opened from disk where Pagefind cannot
// run: the same interface (search/searchPage.ts) over the index the archive carries. The archive
// bundles it (src/_build/archive/offlineSearchScript.ts); the index script runs before it.
import {
  OFFLINE_INDEX_GLOBAL,
  OFFLINE_SEARCH_FILES,
  OFFLINE_TERMS_GLOBAL,
  OFFLINE_TEXT_GLOBAL,
  type OfflineIndex,
  type OfflineTerms,
} from "../../src/_build/archive/offlineIndexFormat.ts";
import { offlineBackend } from "./search/offlineBackend.ts";
import { initSearchPage } from "./search/searchPage.ts";
import type { SearchBackend } from "./search/types.ts";
import { siteRootOf } from "./search/siteRoot.ts";

const siteRoot = siteRootOf(document.currentScript);
const globals = window as unknown as Record<string, unknown>;
const loading = new Map<string, Promise<unknown>>();

/**
 * What one of the search's files adds to `global`, under `key`. A file:// page cannot fetch, but
 * it can add a script, which sets a global. The global lets go of it once read: the backend keeps
 * what it still needs, and nothing else holds on to it.
 */
function loadPart<T>(file: string, global: string, key: string | number, empty: T): Promise<T> {
  let part = loading.get(file);
  if (!part) {
    part = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL(file, siteRoot).href;
      script.addEventListener("load", () => {
        const added = globals[global] as Record<string, T> | undefined;
        resolve(added?.[key] ?? empty);
        delete added?.[key];
        loading.delete(file);
      });
      script.addEventListener("error", () => {
        loading.delete(file);
        reject(new Error(`The archive's search file ${script.src} did not load.`));
      });
      document.head.append(script);
    });
    // Two queries that need the same file while it loads share one load.
    loading.set(file, part);
  }
  return part as Promise<T>;
}

const loadTexts = (file: number) =>
  loadPart<readonly string[]>(OFFLINE_SEARCH_FILES.text(file), OFFLINE_TEXT_GLOBAL, file, []);
const loadTerms = (key: string) =>
  loadPart<OfflineTerms>(OFFLINE_SEARCH_FILES.terms(key), OFFLINE_TERMS_GLOBAL, key, []);

/** Resolves when the browser is idle (after a short wait in a browser without requestIdleCallback). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if ("requestIdleCallback" in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });
}

const index = globals[OFFLINE_INDEX_GLOBAL] as OfflineIndex | undefined;
const unavailable = () =>
  Promise.reject(new Error(`The archive's search index (${OFFLINE_SEARCH_FILES.index}) did not load.`));
let backend: SearchBackend = { filterOptions: unavailable, search: unavailable };
if (index) {
  const offline = offlineBackend(index, { texts: loadTexts, terms: loadTerms, idle });
  // A file that does not load in idle time says so when a query needs it, on the page.
  offline.everythingLoaded.catch(() => {});
  backend = offline;
}
initSearchPage(backend, (url) => new URL(url, siteRoot).href);
