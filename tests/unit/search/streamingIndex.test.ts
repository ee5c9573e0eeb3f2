import assert from "node:assert/strict";
import { test } from "node:test";
import { searchablePart } from "../../../src/_build/search/streamingIndex.ts";

const page = (main: string) =>
  `<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body><header><nav>Menu words</nav></header>${main}<footer>Footer words</footer></body></html>`;

test("only a page's main content goes to the search index, with its language", () => {
  const part = searchablePart(page('<main id="main-content" data-pagefind-body><h1>Child A</h1><p>Neglect</p></main>'));
  assert.ok(part);
  assert.match(part, /^<!DOCTYPE html><html lang="en-GB">/);
  assert.match(part, /<h1>Child A<\/h1><p>Neglect<\/p><\/main>/);
  assert.doesNotMatch(part, /Menu words|Footer words/);
});

test("on a review's page only the review goes, without the related reviews and neighbours after it", () => {
  const part = searchablePart(
    page('<main id="main-content"><article class="review" data-pagefind-body><h1>Child A</h1><p>Neglect</p></article><section><h2>Related reviews</h2><p>Child B</p></section><nav>Next review</nav></main>'),
  );
  assert.ok(part);
  assert.match(part, /<body><article class="review" data-pagefind-body><h1>Child A<\/h1><p>Neglect<\/p><\/article><\/body>/);
  assert.doesNotMatch(part, /Related reviews|Child B|Next review|Menu words/);
});

test("a page whose main content is not marked for search is left out", () => {
  assert.equal(searchablePart(page('<main id="main-content"><h1>Search</h1></main>')), undefined);
  assert.equal(searchablePart("<p>No main at all</p>"), undefined);
});

test("headings lose their ids in the indexed copy, so results carry no unused section data", () => {
  const part = searchablePart(page('<main data-pagefind-body><h2 id="background">Background</h2><h3 id="x">X</h3></main>')) ?? "";
  assert.match(part, /<h2>Background<\/h2><h3>X<\/h3>/);
});

test("the mark's words in the page's text do not stand for the marked element", () => {
  const html = page('<main data-pagefind-body><p>Pages carry data-pagefind-body on their main content.</p></main>').replace("<title>T</title>", "<title>About data-pagefind-body</title>");
  const part = searchablePart(html) ?? "";
  assert.match(part, /<body><main data-pagefind-body><p>Pages carry data-pagefind-body on their main content\.<\/p><\/main><\/body>/);
  assert.equal(searchablePart(page('<main id="main-content"><p>Pages carry data-pagefind-body on their main content.</p></main>')), undefined);
});
