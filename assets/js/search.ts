// The search page's script: Pagefind on the live site; in the offline archive, the index the
// archive carries (Pagefind's modules and WebAssembly cannot load from file://).
import { OFFLINE_INDEX_GLOBAL, type OfflineRecord } from "../../src/_build/archive/offlineIndexFormat.ts";
import { offlineBackend } from "./search/offlineBackend.ts";
import { pagefindBackend } from "./search/pagefindBackend.ts";
import { initSearchPage } from "./search/searchPage.ts";

// This bundle is at <site root>/assets/dist/, online and offline alike: the root is two folders up.
const script = document.currentScript as HTMLScriptElement | null;
const siteRoot = new URL("../../", script?.src ?? window.location.href);
const offlineIndex = (window as unknown as Record<string, OfflineRecord[] | undefined>)[OFFLINE_INDEX_GLOBAL];

if (offlineIndex) initSearchPage(offlineBackend(offlineIndex), (url) => new URL(url, siteRoot).href);
else initSearchPage(pagefindBackend(new URL("pagefind/", siteRoot).href));
