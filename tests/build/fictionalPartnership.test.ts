// The fictional second partnership (tests/fixtures/partnerships/lowmere) builds with the same
// command as the project's own site: its site is its own, and names the first partnership nowhere.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { decodeHTML } from "entities";
import { unzipFiles } from "../../src/_build/archive/zipFiles.ts";
import { allFiles, publicPages } from "../../src/_build/siteFiles.ts";
import { FIRST_PARTNERSHIP, namesFirstPartnership } from "../support/firstPartnership.ts";
import { fictionalPartnership, identityOf, partnershipArchive, testSites } from "../support/testSites.ts";

const site = identityOf(path.join(fictionalPartnership, "_data"));
const siteDir = testSites.partnership;

/** A file's text; Pagefind's index files are gzipped, so they are read as Pagefind reads them. */
function textOf(content: Uint8Array): string {
  const gzipped = content[0] === 0x1f && content[1] === 0x8b;
  return Buffer.from(gzipped ? gunzipSync(content) : content).toString("latin1");
}

/** The files among `files` whose text names the first partnership. */
function naming(files: Map<string, Uint8Array>): string[] {
  return [...files].filter(([, content]) => namesFirstPartnership.test(textOf(content))).map(([name]) => name);
}

test(`the fictional partnership's built site, feeds and search index name "${FIRST_PARTNERSHIP}" nowhere`, async () => {
  const names = await allFiles(siteDir);
  for (const part of ["feed.json", "feed.xml", "feed.schema.json", "sitemap.xml", "pagefind/pagefind-entry.json"])
    assert.ok(names.includes(part), `${part} was built`);
  assert.ok(
    names.filter((name) => name.startsWith("pagefind/fragment/")).length >= 4,
    "the search index holds the reviews",
  );
  const files = new Map(
    await Promise.all(
      names.map(async (name) => [name, new Uint8Array(await readFile(path.join(siteDir, name)))] as const),
    ),
  );
  // The search index is read as text, ungzipped, so a name in it would be found.
  const fragments = names.filter((name) => name.startsWith("pagefind/fragment/"));
  const reviewFragments = fragments.filter((name) =>
    /A fictional review/.test(textOf(files.get(name) ?? new Uint8Array())),
  );
  assert.ok(reviewFragments.length >= 4, "the reviews' search fragments are read as text");
  assert.deepEqual(naming(files), []);
});

test(`the fictional partnership's archive, search index and all, names "${FIRST_PARTNERSHIP}" nowhere`, async () => {
  const { files } = unzipFiles(new Uint8Array(await readFile(partnershipArchive.zip)));
  assert.ok(files.has("assets/search/index.js"));
  assert.deepEqual(naming(files), []);
});

test("each page of the fictional partnership's site says it is fictional, published by that partnership", async () => {
  const pages = await publicPages(siteDir);
  assert.ok(pages.length > 25);
  for (const page of pages) {
    const html = await readFile(path.join(siteDir, page), "utf8");
    assert.match(
      html,
      /<strong>Fictional example\.<\/strong> This is a demonstration build of a fictional partnership's site/,
      page,
    );
    assert.ok(
      html.includes(`<span class="header__partnership">${site.name}</span>`),
      `${page} names ${site.name} in its header`,
    );
  }
});

test("the fictional partnership's own feed marks its local themes local and every review fictional", async () => {
  const feed = JSON.parse(await readFile(path.join(siteDir, "feed.json"), "utf8"));
  assert.deepEqual(feed._review.publisher, { name: site.name, url: `${site.url}/` });
  assert.equal(feed.items.length, 4);
  const themes = feed.items.flatMap(
    (item: { _review: { themes: { key: string; local: boolean }[] } }) => item._review.themes,
  );
  assert.deepEqual(
    themes.find((theme: { key: string }) => theme.key === "housing-and-homelessness"),
    { key: "housing-and-homelessness", label: "Housing and homelessness", local: true },
  );
  assert.deepEqual(
    themes.find((theme: { key: string }) => theme.key === "neglect"),
    { key: "neglect", label: "Neglect", local: false },
  );
  for (const item of feed.items) {
    assert.equal(item._review.fictional, true, item.id);
    assert.ok(item.id.startsWith(`${site.url}/reviews/fictional-`), item.id);
  }
});

test("on the serious case reviews page, words the partnership's site says of itself are not credited to the source page", async () => {
  const html = await readFile(path.join(siteDir, "serious-case-reviews", "index.html"), "utf8");
  // Each paragraph, and the source each "Source:" note credits, in order.
  const paragraphs = [...html.matchAll(/<p( class="source")?>([\s\S]*?)<\/p>/g)].map((match) => ({
    source: Boolean(match[1]),
    text: decodeHTML(match[2]?.replace(/<[^>]+>/g, "") ?? ""),
  }));
  const own = paragraphs.findIndex((paragraph) =>
    paragraph.text.startsWith(`Executive summaries of ${site.place} SCRs`),
  );
  assert.ok(own > 0, "the page says where the partnership's summaries are");
  // The next "Source:" note after it, if any, is not the source page's: the sentence is the site's own.
  const nextSource = paragraphs.slice(own + 1).find((paragraph) => paragraph.source);
  assert.ok(!nextSource?.text.includes(site.textSource), `credited to "${site.textSource}"`);
});
