// The search page's script on the live site: Pagefind, under the site's own interface. (The
// offline archive's search page runs searchOffline.ts instead, since Pagefind's modules and
// WebAssembly cannot load from file://.)
import { pagefindBackend } from "./search/pagefindBackend.ts";
import { initSearchPage } from "./search/searchPage.ts";
import { siteRootOf } from "./search/siteRoot.ts";

initSearchPage(pagefindBackend(new URL("pagefind/", siteRootOf(document.currentScript)).href));
