import assert from "node:assert/strict";
import { test } from "node:test";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { indexedUrls } from "../../support/pagefindFragments.ts";
import { searchFolders } from "../../../src/_build/search/searchFolders.ts";
import { searchablePart, startStreamingIndex } from "../../../src/_build/search/streamingIndex.ts";

const page = (main: string) =>
  '<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body><header><nav>Menu words</nav></header>' +
  `${main}<footer>Footer words</footer></body></html>`;

test("only a page's main content goes to the search index, with its language", () => {
  const part = searchablePart(page('<main id="main-content" data-pagefind-body><h1>Child A</h1><p>Neglect</p></main>'));
  assert.ok(part);
  assert.match(part, /^<!DOCTYPE html><html lang="en-GB">/);
  assert.match(part, /<h1>Child A<\/h1><p>Neglect<\/p><\/main>/);
  assert.doesNotMatch(part, /Menu words|Footer words/);
});

test("on a review's page only the review goes, without the related reviews and neighbours after it", () => {
  const part = searchablePart(
    page(
      '<main id="main-content"><article class="review" data-pagefind-body><h1>Child A</h1><p>Neglect</p></article>' +
        "<section><h2>Related reviews</h2><p>Child B</p></section><nav>Next review</nav></main>",
    ),
  );
  assert.ok(part);
  assert.match(
    part,
    /<body><article class="review" data-pagefind-body><h1>Child A<\/h1><p>Neglect<\/p><\/article><\/body>/,
  );
  assert.doesNotMatch(part, /Related reviews|Child B|Next review|Menu words/);
});

test("a page whose main content is not marked for search is left out", () => {
  assert.equal(searchablePart(page('<main id="main-content"><h1>Search</h1></main>')), undefined);
  assert.equal(searchablePart("<p>No main at all</p>"), undefined);
});

test("headings lose their ids in the indexed copy, so results carry no unused section data", () => {
  const part =
    searchablePart(page('<main data-pagefind-body><h2 id="background">Background</h2><h3 id="x">X</h3></main>')) ?? "";
  assert.match(part, /<h2>Background<\/h2><h3>X<\/h3>/);
});

test("the mark's words in the page's text do not stand for the marked element", () => {
  const html = page(
    "<main data-pagefind-body><p>Pages carry data-pagefind-body on their main content.</p></main>",
  ).replace("<title>T</title>", "<title>About data-pagefind-body</title>");
  const part = searchablePart(html) ?? "";
  assert.match(
    part,
    /<body><main data-pagefind-body><p>Pages carry data-pagefind-body on their main content\.<\/p><\/main><\/body>/,
  );
  assert.equal(
    searchablePart(page('<main id="main-content"><p>Pages carry data-pagefind-body on their main content.</p></main>')),
    undefined,
  );
});

test("pages written into folders for the streaming index are all searchable at their own addresses", async () => {
  const site = await mkdtemp(path.join(tmpdir(), "streaming-index-"));
  const index = startStreamingIndex();
  try {
    const folders = searchFolders(index.room, (folder) => index.addFolder(folder), { size: 200 });
    const urls = ["/", "/about.html", ...Array.from({ length: 450 }, (_, n) => `/reviews/child-${n}/`)];
    for (const url of urls)
      folders.add({
        url,
        html: searchablePart(page(`<main data-pagefind-body><h1>Page ${url}</h1><p>Neglect</p></main>`)) ?? "",
      });
    folders.flush();
    assert.deepEqual(await index.finish(site), { pageCount: urls.length });
    assert.deepEqual(await indexedUrls(path.join(site, "pagefind")), [...urls].sort());
    await assert.rejects(stat(index.room), { code: "ENOENT" }, "the waiting pages are cleared away");
  } finally {
    await rm(site, { recursive: true, force: true });
  }
});

test("pages Pagefind did not read fail the index, and nothing is written", async () => {
  const site = await mkdtemp(path.join(tmpdir(), "streaming-index-"));
  const index = startStreamingIndex();
  try {
    const folders = searchFolders(index.room, (folder) => index.addFolder(folder));
    for (const child of ["child-a", "child-b"])
      folders.add({
        url: `/reviews/${child}/`,
        html: searchablePart(page(`<main data-pagefind-body><h1>${child}</h1></main>`)) ?? "",
      });
    // A page gone before Pagefind reads its folder.
    await rm(path.join(index.room, "0", "reviews", "child-b"), { recursive: true });
    folders.flush();
    await assert.rejects(
      index.finish(site),
      /The search index could not be built:\n {2}- Pagefind indexed 1 of the 2 searchable pages\./,
    );
    assert.deepEqual(await readdir(site), []);
    await assert.rejects(stat(index.room), { code: "ENOENT" });
  } finally {
    await rm(site, { recursive: true, force: true });
  }
});
