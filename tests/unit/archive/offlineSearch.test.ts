import assert from "node:assert/strict";
import { test } from "node:test";
import { indexTerms, queryTerms } from "../../../assets/js/search/words.ts";
import { excerpt, offlineBackend } from "../../../assets/js/search/offlineBackend.ts";
import { extractRecord, offlineSearchFiles, PAGES_PER_TEXT_FILE } from "../../../src/_build/archive/offlineIndex.ts";
import {
  OFFLINE_INDEX_GLOBAL,
  OFFLINE_SEARCH_FILES,
  OFFLINE_TERMS_GLOBAL,
  OFFLINE_TEXT_GLOBAL,
  type OfflineIndex,
  type OfflineRecord,
  type OfflineTerms,
} from "../../../src/_build/archive/offlineIndexFormat.ts";

test("words are stemmed as Pagefind stems them, so inflected forms are one term", () => {
  // Each stem as Pagefind 1.6 indexes the word (read from its index of Snowball's English vocabulary).
  const pagefindStems: Record<string, string> = {
    neglected: "neglect",
    neglecting: "neglect",
    abused: "abus",
    abuse: "abus",
    misuse: "misus",
    sleeping: "sleep",
    babies: "babi",
    baby: "babi",
    parents: "parent",
    children: "children",
    visits: "visit",
    injuries: "injuri",
  };
  for (const [word, stem] of Object.entries(pagefindStems)) {
    assert.deepEqual(indexTerms(word), [stem], word);
    assert.deepEqual(queryTerms(word), [stem], word);
  }
});

test("a page's word is indexed whole, without punctuation or accents, and in its parts when it is compound", () => {
  assert.deepEqual(indexTerms("Café"), ["cafe"]);
  assert.deepEqual(indexTerms("child's"), ["child"]);
  assert.deepEqual(indexTerms("well-being"), ["wellb", "well", "be"]);
  assert.deepEqual(indexTerms("TypeSerious"), ["typeseri", "type", "serious"]);
  assert.deepEqual(indexTerms("2016-03-01"), ["20160301", "2016", "03", "01"]);
  assert.deepEqual(indexTerms("—"), []);
});

test("a query's words lose their punctuation as Pagefind's do, so a hyphenated word stays one word", () => {
  assert.deepEqual(queryTerms("  Child's  well-being, NEGLECTED! "), ["child", "wellb", "neglect"]);
  assert.deepEqual(queryTerms("?!"), []);
});

test("an excerpt shows the words around the matches, each inflected form marked, and nothing as HTML", () => {
  const text =
    "Filler words here. ".repeat(20) +
    "Practitioners neglected the <child>; neglect was seen. " +
    "More words after. ".repeat(20);
  const html = excerpt(text, new Set(["neglect"]));
  assert.match(html, /^… .*<mark>neglected<\/mark> the &lt;child&gt;; <mark>neglect<\/mark> was seen\. .* …$/);
  assert.ok(html.split(" ").length < 32, html);
  assert.equal(excerpt("Short text.", new Set()), "Short text.");
});

const page = (
  url: string,
  title: string,
  summary: string,
  text: string,
  extra: Partial<OfflineRecord> = {},
): OfflineRecord => ({
  url,
  title,
  text: `${title}. ${summary} ${text}`,
  meta: { summary, date: extra.meta?.date ?? "2020-01-01", ...extra.meta },
  filters: extra.filters ?? {},
});

/**
 * The backend over the files the archive would carry, read as the browser reads them. The page is
 * never idle unless `idle` says otherwise, so only what queries need is loaded.
 */
function backendFor(records: OfflineRecord[], idle: () => Promise<void> = () => new Promise(() => {})) {
  const window: Record<string, unknown> = {};
  const files = offlineSearchFiles(records);
  new Function("window", files.get(OFFLINE_SEARCH_FILES.index) as string)(window);
  const loaded: number[] = [];
  const loadedTerms: string[] = [];
  const backend = offlineBackend(window[OFFLINE_INDEX_GLOBAL] as OfflineIndex, {
    async texts(file) {
      loaded.push(file);
      new Function("window", files.get(OFFLINE_SEARCH_FILES.text(file)) as string)(window);
      return (window[OFFLINE_TEXT_GLOBAL] as Record<number, string[]>)[file] ?? [];
    },
    async terms(key) {
      loadedTerms.push(key);
      new Function("window", files.get(OFFLINE_SEARCH_FILES.terms(key)) as string)(window);
      return (window[OFFLINE_TERMS_GLOBAL] as Record<string, OfflineTerms>)[key] ?? [];
    },
    idle,
  });
  return { backend, files, loaded, loadedTerms };
}

const LIBRARY = [
  page(
    "reviews/a/index.html",
    "Child A",
    "A review of sleeping arrangements.",
    "The baby was sleeping with adults. Agencies were told.",
  ),
  page("reviews/b/index.html", "Neglect of Child B", "Long-term neglect.", "Practitioners saw the home.", {
    filters: { theme: ["Neglect"] },
    meta: { date: "2021-05-01" },
  }),
  page(
    "reviews/c/index.html",
    "Child C",
    "A review.",
    "Concerns were neglected by several agencies, and the babies were exploited.",
    { filters: { theme: ["Exploitation"] }, meta: { date: "2019-02-01" } },
  ),
  page("about/index.html", "About", "About the partnership.", "Neglect is one theme among many.", {
    meta: { date: "" },
  }),
];

async function urls(
  backend: ReturnType<typeof backendFor>["backend"],
  query: string,
  filters = {},
  sort: "relevance" | "newest" | "oldest" = "relevance",
) {
  const response = await backend.search(query, filters, sort);
  return (await response.load(0, 50)).map((result) => result.url);
}

test("offline search finds inflected and half-typed words, pages with all words, title or summary first", async () => {
  const { backend } = backendFor(LIBRARY);
  // "neglected" finds "neglect" and back; the review about neglect (in its title) comes first.
  assert.deepEqual(await urls(backend, "neglected"), [
    "reviews/b/index.html",
    "about/index.html",
    "reviews/c/index.html",
  ]);
  assert.deepEqual((await urls(backend, "neglect")).sort(), [
    "about/index.html",
    "reviews/b/index.html",
    "reviews/c/index.html",
  ]);
  assert.deepEqual(await urls(backend, "negl"), await urls(backend, "neglect"));
  assert.deepEqual((await urls(backend, "baby")).sort(), ["reviews/a/index.html", "reviews/c/index.html"]);
  assert.deepEqual(await urls(backend, "babies exploited"), ["reviews/c/index.html"]);
  assert.deepEqual(await urls(backend, "babies unicorns"), []);
  // A word longer than any indexed term stands for the longest term it starts with, as in Pagefind,
  // if that is three letters or more: the "b" of "Child B" means nothing of "bananas".
  assert.deepEqual(await urls(backend, "exploitedness"), ["reviews/c/index.html"]);
  assert.deepEqual(await urls(backend, "bananas"), []);
});

test("offline search keeps the live site's filters and sorting, leaving undated pages out of date order", async () => {
  const { backend } = backendFor(LIBRARY);
  assert.deepEqual(await urls(backend, "neglect", { theme: ["Neglect"] }), ["reviews/b/index.html"]);
  assert.deepEqual(await urls(backend, "", { theme: ["Neglect", "Exploitation"] }, "oldest"), [
    "reviews/c/index.html",
    "reviews/b/index.html",
  ]);
  assert.deepEqual(await urls(backend, "neglect", {}, "newest"), ["reviews/b/index.html", "reviews/c/index.html"]);
  assert.deepEqual(await backend.filterOptions(), { theme: { Neglect: 1, Exploitation: 1 } });
});

test("a query of punctuation alone finds nothing, unless filters are chosen: then the filters choose", async () => {
  const { backend } = backendFor(LIBRARY);
  for (const query of ["'", "-", "&", "?", ".", "…", " - ' "]) {
    assert.deepEqual(await urls(backend, query), [], query);
    assert.deepEqual(await urls(backend, query, { theme: ["Neglect", "Exploitation"] }, "newest"), [
      "reviews/b/index.html",
      "reviews/c/index.html",
    ]);
  }
});

test("a result shows its title, type, date and an excerpt whose matched words are marked", async () => {
  const { backend } = backendFor(LIBRARY);
  const [result] = await (await backend.search("exploited", {}, "relevance")).load(0, 1);
  assert.equal(result?.title, "Child C");
  assert.equal(result?.date, "2019-02-01");
  assert.match(result?.excerptHtml ?? "", /babies were <mark>exploited<\/mark>\./);
});

test("the pages' texts are in files of their own, and only the files with results shown are loaded", async () => {
  const many = Array.from({ length: PAGES_PER_TEXT_FILE * 2 + 1 }, (_, index) =>
    page(`p${index}/index.html`, `Page ${index}`, "Summary.", index === 70 ? "A rare word: zebra." : "Common words."),
  );
  const { backend, files, loaded } = backendFor(many);
  assert.ok(files.has(OFFLINE_SEARCH_FILES.text(2)) && !files.has(OFFLINE_SEARCH_FILES.text(3)));
  assert.doesNotMatch(files.get(OFFLINE_SEARCH_FILES.index) as string, /Common words/);
  assert.deepEqual(await urls(backend, "zebra"), ["p70/index.html"]);
  assert.deepEqual(loaded, [1]);
});

test("terms are filed by their first two letters, and a query loads only the files its words can match", async () => {
  const { backend, files, loadedTerms } = backendFor(LIBRARY);
  // "neglect" and "babies" (stemmed "babi") start with ne and ba: 6e-65 and 62-61.
  assert.ok(files.has(OFFLINE_SEARCH_FILES.terms("6e-65")) && files.has(OFFLINE_SEARCH_FILES.terms("62-61")));
  assert.doesNotMatch(files.get(OFFLINE_SEARCH_FILES.index) as string, /\["neglect",/);
  assert.match(files.get(OFFLINE_SEARCH_FILES.terms("6e-65")) as string, /\["neglect",/);
  assert.deepEqual((await urls(backend, "neglect")).sort(), [
    "about/index.html",
    "reviews/b/index.html",
    "reviews/c/index.html",
  ]);
  assert.deepEqual(loadedTerms, ["6e-65"]);
  assert.deepEqual(await urls(backend, "neglected babies"), ["reviews/c/index.html"]);
  // Only "62-61": a word with no match stands for no term shorter than three letters, such as the
  // "b" of "Child B" in "62".
  assert.deepEqual(loadedTerms, ["6e-65", "62-61"]);
  // A word of one letter matches every term that starts with it: here all in the file already loaded.
  assert.deepEqual((await urls(backend, "n")).sort(), (await urls(backend, "neglect")).sort());
  assert.deepEqual(loadedTerms, ["6e-65", "62-61"]);
  // "a" needs every file of terms starting with a: "about", "adults", "agencies", "among"...
  await urls(backend, "a");
  assert.ok(loadedTerms.filter((key) => key.startsWith("61")).length > 2, loadedTerms.join(" "));
});

test("after the first results, the rest of the index loads while the page is idle, and finds the same", async () => {
  const many = [
    ...LIBRARY,
    ...Array.from({ length: PAGES_PER_TEXT_FILE * 2 }, (_, index) =>
      page(`p${index}/index.html`, `Page ${index}`, "Summary.", "Common words, and some neglect."),
    ),
  ];
  let idleAsked = 0;
  const { backend, files, loaded, loadedTerms } = backendFor(many, async () => {
    idleAsked++;
  });
  const response = await backend.search("neglect", {}, "relevance");
  // Nothing more loads before the first results are shown.
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(idleAsked, 0);
  await response.load(0, 10);
  await backend.everythingLoaded;
  const termFiles = [...files.keys()].filter((name) => name.includes("/terms-"));
  assert.deepEqual(
    [...new Set(loadedTerms)].map(OFFLINE_SEARCH_FILES.terms).sort(),
    termFiles.sort(),
    "every term file is loaded",
  );
  assert.deepEqual([...new Set(loaded)].sort(), [0, 1, 2], "every text file is loaded");
  const termsLoaded = loadedTerms.length;
  const fresh = backendFor(many).backend;
  for (const query of ["neglected", "babies exploited", "common neglect", "exploitedness", "n", "unicorns"]) {
    assert.deepEqual(await urls(backend, query), await urls(fresh, query), query);
  }
  assert.equal(loadedTerms.length, termsLoaded, "later queries load no term file");
});

test("a page is read as Pagefind reads it: inline elements join words, sentences end, no navigation or forms", () => {
  const html =
    "<html><body><main data-pagefind-body><h1>Child <em>A</em></h1>" +
    "<p>Mother's <strong>well</strong>being</p><dl><dt>Type</dt><dd>Serious</dd></dl>\n" +
    "<nav>Menu</nav><form><label>Search</label></form>" +
    '<p data-pagefind-ignore>Ignored <span data-pagefind-meta="type">Thematic review</span></p>' +
    "<ul><li>One</li><li>Two</li></ul></main></body></html>";
  const record = extractRecord(html, "reviews/a/index.html");
  assert.equal(record?.text, "Child A. Mother's wellbeing. TypeSerious One. Two.");
  assert.equal(record?.title, "Child A");
  assert.deepEqual(record?.meta, { type: "Thematic review" });
});
