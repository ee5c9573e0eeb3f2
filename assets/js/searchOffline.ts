// The search page's script in the offline archive, a copy opened from disk where Pagefind cannot
// run: the same interface (search/searchPage.ts) over the index the archive carries. The archive
// bundles it (src/_build/archive/offlineSearchScript.ts); the index script runs before it.
import {
  OFFLINE_INDEX_GLOBAL,
  OFFLINE_SEARCH_FILES,
  OFFLINE_TEXT_GLOBAL,
  type OfflineIndex,
} from "../../src/_build/archive/offlineIndexFormat.ts";
import { offlineBackend } from "./search/offlineBackend.ts";
import { initSearchPage } from "./search/searchPage.ts";
import { siteRootOf } from "./search/siteRoot.ts";

const siteRoot = siteRootOf(document.currentScript);
const globals = window as unknown as Record<string, unknown>;
const loading = new Map<number, Promise<readonly string[]>>();

/** A text file's texts. A file:// page cannot fetch, but it can add a script, which sets a global. */
function loadTexts(file: number): Promise<readonly string[]> {
  let texts = loading.get(file);
  if (!texts) {
    texts = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = new URL(OFFLINE_SEARCH_FILES.text(file), siteRoot).href;
      script.addEventListener("load", () =>
        resolve((globals[OFFLINE_TEXT_GLOBAL] as Record<number, string[]> | undefined)?.[file] ?? []),
      );
      script.addEventListener("error", () =>
        reject(new Error(`The archive's search text ${script.src} did not load.`)),
      );
      document.head.append(script);
    });
    loading.set(file, texts);
  }
  return texts;
}

const index = globals[OFFLINE_INDEX_GLOBAL] as OfflineIndex | undefined;
const unavailable = () =>
  Promise.reject(new Error(`The archive's search index (${OFFLINE_SEARCH_FILES.index}) did not load.`));
initSearchPage(
  index ? offlineBackend(index, loadTexts) : { filterOptions: unavailable, search: unavailable },
  (url) => new URL(url, siteRoot).href,
);
