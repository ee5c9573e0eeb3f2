import { expect, test, type Page } from "@playwright/test";
import { showEveryResult } from "../../support/searchMore.ts";
import { testArchive, testPorts } from "../../support/testSites.ts";

// The offline archive promises the live site's search. Each query goes to both: the fixtures site
// served, searched by Pagefind, and its archive opened from disk (tests/build/buildTestSites.ts
// builds both from the same fictional reviews). Each must find the same pages; the order may differ.
// Inflected forms come first: plurals, past tenses and -ing forms that a stemmer has to bring
// to the same word as the pages use.
const QUERIES = [
  "neglect",
  "neglected",
  "abused",
  "misusing",
  "sleeping",
  "babies",
  "exploited",
  "parents",
  "children's",
  "visits",
  "injuries",
  "assessed",
  "recommendations",
  "safeguarding",
  "domestic abuse",
  "mental health",
  "health visitor",
  "school",
  "explo",
  // Longer than any word the pages have: Pagefind falls back to the longest word it starts with.
  "schoolroom",
  // Words no page has, where the longest word they start with is a letter ("Child D", "Child H"):
  // neither search offers a page for them.
  "drowning",
  "hanging",
  "2016",
  "Serious case review",
  "fictional",
  // Punctuation alone is no word: neither search lists every page for it.
  "'",
  "&",
  "…",
];

const online = `http://127.0.0.1:${testPorts.fixtures}/`;
const offline = testArchive.rootUrl;

/**
 * Every page a search finds, shown by pressing "Show more results", as addresses from the site's
 * root ("reviews/child-a/"). The first query opens the search page with it in the address; each
 * later one is typed into the open page, as a visitor searches again (offline, by then the rest of
 * the index may have loaded: both ways of searching it are used).
 */
async function pagesFound(page: Page, searchPage: string, query: string, root: string): Promise<string[]> {
  if (page.url().startsWith(searchPage)) {
    await page.getByRole("searchbox").fill(query);
    await page.getByRole("searchbox").press("Enter");
  } else await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole("status").filter({ hasText: `for "${query}"` })).toBeVisible();
  return (await pagesListed(page, query, root)).sort();
}

/** Every page the search page lists, in its order, as addresses from the site's root. */
async function pagesListed(page: Page, label: string, root: string): Promise<string[]> {
  await showEveryResult(page, label);
  const links = await page
    .locator(".search-result h2 a")
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  return links.map((link) => link.slice(root.length).replace(/index\.html$/, ""));
}

/** The pages a search of filters alone lists, in order, opened from its address ("theme=Neglect"). */
async function filterListing(page: Page, searchPage: string, params: string, root: string): Promise<string[]> {
  await page.goto(`${searchPage}?${params}`);
  return pagesListed(page, params, root);
}

// The list is searched in two halves, so that both of the tests' browsers share the work.
const HALVES = [QUERIES.slice(0, Math.ceil(QUERIES.length / 2)), QUERIES.slice(Math.ceil(QUERIES.length / 2))];

for (const [at, queries] of HALVES.entries()) {
  test(`every query finds the same pages in the archive on disk as online with Pagefind (${at + 1} of 2)`, async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const archivePage = await context.newPage();
    const differences: string[] = [];
    let found = 0;
    for (const query of queries) {
      const live = await pagesFound(page, `${online}search/`, query, online);
      const archived = await pagesFound(archivePage, `${offline}search/index.html`, query, offline);
      found += live.length;
      if (JSON.stringify(live) !== JSON.stringify(archived)) {
        differences.push(
          `"${query}": online ${live.length} [${live.join(", ")}], offline ${archived.length} [${archived.join(", ")}]`,
        );
      }
    }
    expect(differences).toEqual([]);
    // The list means something only if its queries find pages.
    expect(found).toBeGreaterThan(queries.length * 2);
  });
}

test("a search of filters alone lists the same pages in the same order online and offline: newest first", async ({
  page,
  context,
}) => {
  const archivePage = await context.newPage();
  for (const filter of ["theme=Domestic+abuse", "theme=Neglect", "type=Serious+case+review"]) {
    const live = await filterListing(page, `${online}search/`, filter, online);
    const archived = await filterListing(archivePage, `${offline}search/index.html`, filter, offline);
    const newest = await filterListing(page, `${online}search/`, `${filter}&sort=newest`, online);
    expect(live.length, filter).toBeGreaterThan(1);
    expect(archived, filter).toEqual(live);
    expect(live, filter).toEqual(newest);
  }
});
