// The editors' form at /admin/ is on the built site, and nowhere a visitor or an archive meets it:
// not in either sitemap, the search index, the feeds or the offline archive.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { unzipFiles } from "../../src/_build/archive/zipFiles.ts";
import { paths } from "../../src/_build/projectPaths.ts";
import { allFiles } from "../../src/_build/siteFiles.ts";
import { indexedUrls } from "../support/pagefindFragments.ts";
import { partnershipArchive, testArchive, testSites } from "../support/testSites.ts";

const site = testSites.production;
const read = (file: string) => readFile(path.join(site, file), "utf8");

test("the built site has the form at /admin/: a noindex page, Decap from npm, its script and config.yml", async () => {
  const files = await allFiles(site);
  const page = await read("admin/index.html");
  assert.match(page, /<meta name="robots" content="noindex, nofollow">/);
  assert.match(page, /<script src="\/admin\/decap\/decap-cms\.js" integrity="sha384-[^"]+" defer><\/script>/);
  const own = /<script src="(\/admin\/cms-\w+\.js)" integrity="sha384-[^"]+" defer><\/script>/.exec(page)?.[1];
  assert.ok(own && files.includes(own.slice(1)), "the form's own script is built beside the page");
  assert.ok(
    files.includes("admin/decap/decap-cms.js") && files.filter((file) => file.startsWith("admin/decap/")).length > 50,
    "Decap and its chunks are served by the site",
  );
  assert.ok(
    !files.some((file) => file.startsWith("admin/decap/") && file.endsWith(".map")),
    "without Decap's source maps",
  );
  assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/, "no inline script");
});

test("admin/config.yml lists every review type, theme and age group in _data/ and saves by pull request", async () => {
  const config = parse(await read("admin/config.yml"));
  assert.equal(config.publish_mode, "editorial_workflow");
  assert.equal(config.backend.name, "github");
  assert.equal(config.local_backend, undefined);
  const fields = config.collections[0].fields as { name: string; options?: { value: string }[] }[];
  const lists = [
    ["reviewType", "review-types.json"],
    ["themes", "themes.json"],
    ["childAge", "age-groups.json"],
  ] as const;
  for (const [name, file] of lists) {
    const keys = (JSON.parse(await readFile(path.join(paths.data, file), "utf8")) as { key: string }[]).map(
      (entry) => entry.key,
    );
    assert.deepEqual(
      fields.find((field) => field.name === name)?.options?.map((option) => option.value),
      keys,
      `${name} is ${file}`,
    );
  }
});

test("no page for visitors links to /admin/, and neither sitemap, the feeds nor the search index has it", async () => {
  for (const file of ["sitemap.xml", "sitemap/index.html", "feed.xml", "feed.json", "index.html", "robots.txt"]) {
    assert.doesNotMatch(await read(file), /\/admin\//, `${file} does not name /admin/`);
  }
  for (const url of await indexedUrls(path.join(site, "pagefind")))
    assert.ok(!url.startsWith("/admin/"), `${url} is not in search`);
  const pages = (await allFiles(site)).filter((file) => file.endsWith(".html") && !file.startsWith("admin/"));
  for (const file of pages)
    assert.doesNotMatch(
      await read(file),
      /href="\/admin\/|decap-cms/,
      `${file} neither links to the form nor loads its scripts`,
    );
});

test("the offline archives hold nothing of the form", async () => {
  for (const archive of [testArchive, partnershipArchive]) {
    const { files } = unzipFiles(new Uint8Array(await readFile(archive.zip)));
    assert.ok(files.size > 20);
    assert.deepEqual(
      [...files.keys()].filter((name) => name.startsWith("admin/") || /decap/i.test(name)),
      [],
      archive.name,
    );
  }
});
