import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { pageFile, searchFolders, type SearchFolder } from "../../../src/_build/search/searchFolders.ts";
import { mountTinyFileSystem } from "../../support/tinyFileSystem.ts";

test("a page's address becomes the path Pagefind reads it from", () => {
  assert.equal(pageFile("/"), "index.html");
  assert.equal(pageFile("/reviews/child-a/"), "reviews/child-a/index.html");
  assert.equal(pageFile("/404.html"), "404.html");
});

test("an address that would not come back the same from a file's path is refused, naming it", () => {
  for (const url of [
    "/reviews/../secrets/",
    "reviews/child-a/",
    "/reviews/child a/",
    "/reviews/child-a",
    "/reviews/%2e%2e/",
    "/reviews/.hidden/",
  ]) {
    assert.throws(
      () => pageFile(url),
      (error: Error) =>
        error.message.includes(JSON.stringify(url)) && error.message.includes("cannot go into the search index"),
      url,
    );
  }
});

test("pages are written into folders at their addresses, each passed on once, when full or flushed", async () => {
  const room = await mkdtemp(path.join(tmpdir(), "search-folders-"));
  try {
    const done: SearchFolder[] = [];
    const folders = searchFolders(room, (folder) => done.push(folder), { size: 2 });
    for (const n of [1, 2, 3]) folders.add({ url: `/reviews/child-${n}/`, html: `<p>Child ${n}</p>` });
    assert.deepEqual(done, [{ path: path.join(room, "0"), pageCount: 2 }]);
    folders.flush();
    folders.flush();
    assert.deepEqual(done, [
      { path: path.join(room, "0"), pageCount: 2 },
      { path: path.join(room, "1"), pageCount: 1 },
    ]);
    assert.deepEqual((await readdir(path.join(room, "0", "reviews"))).sort(), ["child-1", "child-2"]);
    assert.equal(await readFile(path.join(room, "1", "reviews", "child-3", "index.html"), "utf8"), "<p>Child 3</p>");
  } finally {
    await rm(room, { recursive: true, force: true });
  }
});

test("when the memory folder fills up, its pages go to Pagefind as they are, and the rest wait on disk", async (t) => {
  const tiny = mountTinyFileSystem("64k");
  if ("reason" in tiny) return t.skip(tiny.reason);
  const fallback = await mkdtemp(path.join(tmpdir(), "search-folders-disk-"));
  t.mock.method(console, "log", () => undefined);
  try {
    const done: SearchFolder[] = [];
    const folders = searchFolders(tiny.dir, (folder) => done.push(folder), { size: 500, fallbackRoom: fallback });
    // 40 pages of 8 KB: five times what the 64 KB folder holds.
    const text = "x".repeat(8 * 1024);
    for (let n = 1; n <= 40; n++) folders.add({ url: `/reviews/child-${n}/`, html: `<p>${n}</p>${text}` });
    folders.flush();
    assert.equal(done.length, 2, JSON.stringify(done));
    assert.ok(done[0]?.path.startsWith(tiny.dir) && done[1]?.path.startsWith(fallback), JSON.stringify(done));
    assert.equal(
      done.reduce((sum, folder) => sum + folder.pageCount, 0),
      40,
    );
    // Every page is in one folder or the other, whole; none was cut short in the full one.
    const pages = [];
    for (const folder of done) {
      for (const child of await readdir(path.join(folder.path, "reviews"))) {
        pages.push(await readFile(path.join(folder.path, "reviews", child, "index.html"), "utf8"));
      }
    }
    assert.equal(pages.length, 40);
    assert.ok(pages.every((page) => page.length > 8 * 1024));
  } finally {
    tiny.unmount();
    await rm(fallback, { recursive: true, force: true });
  }
});
