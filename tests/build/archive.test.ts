import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { MANIFEST_NAME } from "../../src/_build/archive/manifest.ts";
import { unzipFiles, zipFiles } from "../../src/_build/archive/zipFiles.ts";
import { htmlFiles } from "../../src/_build/siteFiles.ts";
import { checkSiteLinks } from "../support/linkCheck.ts";
import { runScript } from "../support/projectCopy.ts";
import { fictionalPartnership, identityOf, partnershipArchive, testArchive } from "../support/testSites.ts";
import { paths, projectRoot } from "../../src/_build/projectPaths.ts";

const ARCHIVE = "src/_build/cli/archive.ts";
let scratch: string;
before(async () => (scratch = await mkdtemp(path.join(os.tmpdir(), "scr-archive-"))));
after(() => rm(scratch, { recursive: true, force: true }));

async function readArchive(zipPath: string) {
  return unzipFiles(new Uint8Array(await readFile(zipPath)));
}

/** Each archive the tests make, with a review and a stored document it must hold. */
const archives = [
  {
    label: "the project's",
    archive: testArchive,
    site: identityOf(paths.data),
    review: "reviews/fictional-family-m-2016/index.html",
    document: "assets/documents/family-m-executive-summary-fictional.pdf",
  },
  {
    label: "the fictional partnership's",
    archive: partnershipArchive,
    site: identityOf(path.join(fictionalPartnership, "_data")),
    review: "reviews/fictional-lowmere-child-p-2019/index.html",
    document: "assets/documents/lowmere-child-p-executive-summary-fictional.txt",
  },
];

for (const { label, archive, site, review, document } of archives) {
  test(`${label} archive is one archiveSlug folder of every page, asset and document, with a manifest`, async () => {
    const { topFolder, files, outside } = await readArchive(archive.zip);
    assert.equal(topFolder, `${site.archiveSlug}-archive-2026-11-25`);
    assert.deepEqual(outside, []);
    for (const name of [
      "index.html",
      "serious-case-reviews/index.html",
      review,
      "reviews/themes/neglect/index.html",
      "search/index.html",
      "assets/search/index.js",
      "assets/search/search.js",
      "assets/search/text-0000.js",
      "assets/search/terms-6e-65.js", // the terms that start with "ne", "neglect" among them
      document,
      "sitemap.xml",
      "404.html",
      MANIFEST_NAME,
    ]) {
      assert.ok(files.has(name), `${name} is in the archive`);
    }
    assert.ok(
      [...files.keys()].some((name) => /^assets\/dist\/site-css-\w+\.css$/.test(name)),
      "the stylesheet is in the archive",
    );
    assert.ok(
      ![...files.keys()].some((name) => name.startsWith("pagefind/")),
      "Pagefind, which cannot run from disk, is left out",
    );
    assert.deepEqual(
      [...files.keys()].filter((name) => name.startsWith("assets/dist/search-js")),
      [],
      "the live site's search script, which loads Pagefind, is left out",
    );
    assert.doesNotMatch(new TextDecoder().decode(files.get(MANIFEST_NAME)), /search-js/);
  });

  test(`every page of ${label} archive says when it was archived and where the live site is`, async () => {
    const liveSite = new RegExp(
      "<strong>Archived copy\\.</strong>.*made on 25 November 2026." +
        `*the live site is at <a href="${site.url.replaceAll(".", "\\.")}/">`,
      "s",
    );
    for (const file of await htmlFiles(archive.root)) {
      const html = await readFile(path.join(archive.root, file), "utf8");
      assert.match(html, liveSite, file);
      // Each page also names its own address on the live site (the archive keeps no canonical link).
      const pageUrl = `/${file.replace(/index\.html$/, "")}`;
      if (pageUrl !== "/" && pageUrl !== "/404.html")
        assert.ok(html.includes(`and this page at <a href="${site.url}${pageUrl}">`), `${file} names ${pageUrl}`);
    }
  });

  test(`every link in ${label} archive is relative and lands on a file; index.html leads to every page`, async () => {
    const { problems, pages } = await checkSiteLinks(archive.root);
    assert.ok(pages > 25);
    assert.deepEqual(
      problems.map((problem) => `${problem.page}: ${problem.link} ${problem.problem}`),
      [],
    );
    for (const file of await htmlFiles(archive.root)) {
      const html = await readFile(path.join(archive.root, file), "utf8");
      assert.doesNotMatch(
        html,
        /(href|src|action)="\/(?!\/)/,
        `${file} has a link from the site's root, which breaks when opened from disk`,
      );
      assert.doesNotMatch(html, /search-js|pagefind\.js/, `${file} loads nothing of Pagefind's`);
    }
  });

  test(`${label} archive verifies against its manifest`, async () => {
    const result = await runScript(projectRoot, ARCHIVE, ["--verify", archive.zip]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.includes(`files in ${archive.name}/ match the manifest`), result.stdout);
  });
}

test("a copy with a changed, a missing and an added file fails verification, naming each", async () => {
  const { topFolder, files } = await readArchive(testArchive.zip);
  files.set("reviews/fictional-family-m-2016/index.html", new TextEncoder().encode("<p>tampered</p>"));
  files.delete("privacy/index.html");
  files.set("extra.html", new TextEncoder().encode("<p>added</p>"));
  const damaged = path.join(scratch, "damaged.zip");
  await writeFile(damaged, zipFiles(files, topFolder, "2026-11-25"));
  const result = await runScript(projectRoot, ARCHIVE, ["--verify", damaged]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /does not match its manifest/);
  assert.match(result.stderr, /changed: reviews\/fictional-family-m-2016\/index\.html/);
  assert.match(result.stderr, /missing: privacy\/index\.html/);
  assert.match(result.stderr, /not in the manifest: extra\.html/);
});

test("the same input gives the same files and checksums, byte for byte", async () => {
  const result = await runScript(projectRoot, ARCHIVE, ["--fixtures", "--date", testArchive.date, "--output", scratch]);
  assert.equal(result.code, 0, result.stderr);
  const again = await readArchive(path.join(scratch, path.basename(testArchive.zip)));
  const first = await readArchive(testArchive.zip);
  assert.deepEqual([...again.files.keys()].sort(), [...first.files.keys()].sort());
  assert.equal(
    new TextDecoder().decode(again.files.get(MANIFEST_NAME)),
    new TextDecoder().decode(first.files.get(MANIFEST_NAME)),
  );
  assert.deepEqual(await readFile(path.join(scratch, path.basename(testArchive.zip))), await readFile(testArchive.zip));
});
