// The search page's script: Pagefind on the live site; the offline archive supplies its own index.
import { pagefindBackend } from "./search/pagefindBackend.ts";
import { initSearchPage } from "./search/searchPage.ts";

initSearchPage(pagefindBackend(new URL("/pagefind/", window.location.href).href));
