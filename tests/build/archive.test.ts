import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
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
    // Fictional reviews, so the name says so: never the name of the real archive of that day.
    assert.equal(topFolder, `${site.archiveSlug}-archive-fictional-2026-11-25`);
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
      "README.txt",
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
    const manifest = new TextDecoder().decode(files.get(MANIFEST_NAME));
    assert.match(manifest, /^[0-9a-f]{64} {2}README\.txt$/m, "README.txt is in the manifest");
    assert.doesNotMatch(manifest, /search-js/);
  });

  test(`${label} archive's README.txt says what it is, when and where from, how to open and check it`, async () => {
    const { files } = await readArchive(archive.zip);
    const readme = new TextDecoder().decode(files.get("README.txt"));
    assert.match(readme, new RegExp(`offline copy of the ${site.name}'s case reviews site`));
    assert.match(readme, new RegExp(`${site.url.replaceAll(".", "\\.")}/, made on 25 November 2026\\.`));
    assert.match(readme, /open index\.html in a web browser/);
    assert.match(readme, /FICTIONAL: this copy holds fictional reviews/);
    assert.match(readme, /sha256sum -c SHA256SUMS/);
    // What it says to run works, in the unzipped folder.
    const checked = execFileSync("sha256sum", ["--quiet", "-c", "SHA256SUMS"], { cwd: archive.root, encoding: "utf8" });
    assert.equal(checked, "");
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

  test(`${label} archive verifies against its manifest, as a zip and unzipped, and says it is fictional`, async () => {
    // The zip, its unzipped folder, and the folder it was unzipped into.
    for (const copy of [archive.zip, archive.root, archive.unzipped]) {
      const result = await runScript(projectRoot, ARCHIVE, ["--verify", copy]);
      assert.equal(result.code, 0, result.stderr);
      assert.ok(result.stdout.includes(`files in ${archive.name}/ match the manifest`), result.stdout);
      assert.match(result.stdout, /It holds fictional reviews: not for keeping\.$/m);
    }
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

test("an unzipped copy with a changed and an added file fails verification, naming each", async () => {
  const copy = path.join(scratch, "unzipped-copy", testArchive.name);
  await cp(testArchive.root, copy, { recursive: true });
  await writeFile(path.join(copy, "privacy", "index.html"), "<p>tampered</p>");
  await writeFile(path.join(copy, "notes.txt"), "added");
  const result = await runScript(projectRoot, ARCHIVE, ["--verify", copy]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /changed: privacy\/index\.html/);
  assert.match(result.stderr, /not in the manifest: notes\.txt/);
});

test("a missing, damaged or unknown copy is refused in one plain line, with no stack trace", async () => {
  const damaged = path.join(scratch, "damaged-bytes.zip");
  await writeFile(damaged, (await readFile(testArchive.zip)).subarray(0, 5000));
  const notAnArchive = path.join(scratch, "not-an-archive");
  await mkdir(notAnArchive, { recursive: true });
  const cases = [
    [path.join(scratch, "nothing-here.zip"), /^There is no file or folder at .*nothing-here\.zip\.$/m],
    [damaged, /^.*damaged-bytes\.zip cannot be read as a zip: it may be damaged, or only partly copied\. /],
    [notAnArchive, /^.*not-an-archive has no SHA256SUMS in it: give the archive's own folder/],
  ] as const;
  for (const [copy, message] of cases) {
    const result = await runScript(projectRoot, ARCHIVE, ["--verify", copy]);
    assert.equal(result.code, 1, copy);
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split("\n").length, 1, result.stderr);
    assert.doesNotMatch(result.stderr, /not built|Error|\n\s+at /);
  }
});

test("a date after today, or before 1980 (a zip's first year), is refused before anything is built", async () => {
  const cases = [
    ["2099-01-01", /--date 2099-01-01 is after today \(2026-12-03\)/],
    ["2026-12-04", /--date 2026-12-04 is after today/],
    ["1970-01-01", /--date 1970-01-01 is before 1980, the first year a zip file can record\./],
    ["2026-02-30", /--date must be a date written as YYYY-MM-DD/],
  ] as const;
  for (const [date, message] of cases) {
    const result = await runScript(projectRoot, ARCHIVE, ["--fixtures", "--date", date, "--output", scratch], {
      SCR_TODAY: "2026-12-03",
    });
    assert.equal(result.code, 1, date);
    assert.match(result.stderr, message);
    assert.match(result.stderr, /No zip was written\./);
    assert.doesNotMatch(result.stderr, /not built|\n\s+at /);
  }
});

test("an archive already there is kept, and nothing written, unless --replace is given", async () => {
  const before = await stat(testArchive.zip);
  const result = await runScript(projectRoot, ARCHIVE, [
    "--fixtures",
    "--date",
    testArchive.date,
    "--output",
    testArchive.dist,
  ]);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /is there already, and was left as it was\. .*--replace/);
  assert.equal((await stat(testArchive.zip)).mtimeMs, before.mtimeMs);
});

test("the same input gives the same files and checksums, byte for byte; --replace writes over a zip", async () => {
  // Something of the archive's name is there already: --replace takes its place, and says so.
  await writeFile(path.join(scratch, path.basename(testArchive.zip)), "an earlier zip");
  const result = await runScript(projectRoot, ARCHIVE, [
    "--fixtures",
    "--date",
    testArchive.date,
    "--output",
    scratch,
    "--replace",
  ]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /It replaced the zip of the same name that was there\./);
  const again = await readArchive(path.join(scratch, path.basename(testArchive.zip)));
  const first = await readArchive(testArchive.zip);
  assert.deepEqual([...again.files.keys()].sort(), [...first.files.keys()].sort());
  assert.equal(
    new TextDecoder().decode(again.files.get(MANIFEST_NAME)),
    new TextDecoder().decode(first.files.get(MANIFEST_NAME)),
  );
  assert.deepEqual(await readFile(path.join(scratch, path.basename(testArchive.zip))), await readFile(testArchive.zip));
});
