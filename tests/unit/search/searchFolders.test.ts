import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { pageFile, searchFolders, type SearchFolder } from "../../../src/_build/search/searchFolders.ts";

test("a page's address becomes the path Pagefind reads it from", () => {
  assert.equal(pageFile("/"), "index.html");
  assert.equal(pageFile("/reviews/child-a/"), "reviews/child-a/index.html");
  assert.equal(pageFile("/404.html"), "404.html");
});

test("an address that would not come back the same from a file's path is refused, naming it", () => {
  for (const url of ["/reviews/../secrets/", "reviews/child-a/", "/reviews/child a/", "/reviews/child-a", "/reviews/%2e%2e/", "/reviews/.hidden/"]) {
    assert.throws(() => pageFile(url), (error: Error) => error.message.includes(JSON.stringify(url)) && error.message.includes("cannot go into the search index"), url);
  }
});

test("pages are written into folders at their addresses, each folder passed on once, when full or flushed", async () => {
  const room = await mkdtemp(path.join(tmpdir(), "search-folders-"));
  try {
    const done: SearchFolder[] = [];
    const folders = searchFolders(room, (folder) => done.push(folder), 2);
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
