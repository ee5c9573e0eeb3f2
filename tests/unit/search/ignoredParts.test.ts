import assert from "node:assert/strict";
import { test } from "node:test";
import { withoutIgnoredParts } from "../../../src/_build/search/ignoredParts.ts";

const page = (main: string) => `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"></head><body><main data-pagefind-body>${main}</main></body></html>`;

test("parts Pagefind ignores are left out before indexing, and everything else is kept as written", () => {
  const html = page('<h1>Child A &amp; family</h1><p>Neglect was missed.</p><section data-pagefind-ignore><h2>How to cite</h2><p>Citation</p></section><p data-pagefind-ignore>Note</p>');
  assert.equal(withoutIgnoredParts(html), page("<h1>Child A &amp; family</h1><p>Neglect was missed.</p>"));
});

test("an ignored part holding filter, metadata or sort values is kept, since Pagefind still reads those", () => {
  const html = page('<div data-pagefind-ignore><span data-pagefind-filter="theme">Neglect</span></div><div data-pagefind-ignore><time data-pagefind-sort="date[datetime]" datetime="2024-01-01">1 January 2024</time></div>');
  assert.equal(withoutIgnoredParts(html), html);
});

test('a part ignored with "all" is left out even when it holds filter values, as Pagefind ignores them too', () => {
  const html = page('<p>Kept</p><div data-pagefind-ignore="all"><span data-pagefind-filter="theme">Neglect</span></div>');
  assert.equal(withoutIgnoredParts(html), page("<p>Kept</p>"));
});

test("a page with nothing ignored comes back unchanged", () => {
  const html = page("<h1>Title</h1><p>Text</p>");
  assert.equal(withoutIgnoredParts(html), html);
});
