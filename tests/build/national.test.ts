// The national index built from the fictional partnerships' feeds (tests/build/buildTestSites.ts,
// tests/support/nationalFixture.ts): what it publishes, what it refuses and says so, and its archive.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { MANIFEST_NAME } from "../../src/_build/archive/manifest.ts";
import { unzipFiles } from "../../src/_build/archive/zipFiles.ts";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { allFiles, htmlFiles } from "../../src/_build/siteFiles.ts";
import { namesFirstPartnership } from "../support/firstPartnership.ts";
import { checkSiteLinks } from "../support/linkCheck.ts";
import { nationalInput, partnershipKey, partnershipName, tamperedItems } from "../support/nationalFixture.ts";
import { runScript } from "../support/projectCopy.ts";
import { identityOf, nationalArchive, nationalData, testSites } from "../support/testSites.ts";

const siteDir = testSites.national;
const national = identityOf(nationalData);
const page = (url: string) => readFile(path.join(siteDir, url, "index.html"), "utf8");
const reviewPage = (partnership: Parameters<typeof partnershipKey>[0], slug: string) =>
  page(`reviews/${partnershipKey(partnership)}/${slug}`);
let scratch: string;
before(async () => (scratch = await mkdtemp(path.join(os.tmpdir(), "scr-national-"))));
after(() => rm(scratch, { recursive: true, force: true }));

test("accepted reviews of all three partnerships are published, the joint one once, and no refused one", async () => {
  const keys = new Set((["lowmere", "marlwick", "stavesend"] as const).map(partnershipKey));
  const reviews = (await htmlFiles(siteDir)).filter(
    (file) => file.startsWith("reviews/") && keys.has(file.split("/")[1] ?? ""),
  );
  assert.deepEqual(reviews.map((file) => file.split("/").slice(1, 3).join("/")).sort(), [
    `${partnershipKey("lowmere")}/fictional-lowmere-child-p-2019`,
    `${partnershipKey("lowmere")}/fictional-lowmere-child-r-2022`,
    `${partnershipKey("lowmere")}/fictional-lowmere-child-s-2025`,
    `${partnershipKey("lowmere")}/fictional-lowmere-thematic-review-young-adults-2024`,
    `${partnershipKey("marlwick")}/fictional-marlwick-child-k-2019`,
    `${partnershipKey("marlwick")}/fictional-marlwick-thematic-review-missing-from-school-2024`,
    `${partnershipKey("stavesend")}/fictional-stavesend-child-m-2025`,
    `${partnershipKey("stavesend")}/fictional-stavesend-child-n-2022`,
  ]);
  const joint = await reviewPage("lowmere", "fictional-lowmere-child-r-2022");
  for (const name of ["lowmere", "marlwick"] as const)
    assert.ok(joint.includes(`>${partnershipName(name)}</a>`), `the joint review names ${name}`);
  const feed = JSON.parse(await readFile(path.join(siteDir, "feed.json"), "utf8"));
  assert.equal(feed.items.length, 8);
  for (const refused of ["Child X", "Child Y", "Child V", "Child W"]) {
    assert.ok(
      !feed.items.some((item: { title: string }) => item.title.includes(refused)),
      `${refused} is not in the feed`,
    );
  }
});

test("a refused title's script is never markup: only the sources page names it, and as text", async () => {
  const files = (await allFiles(siteDir)).filter((file) => !file.startsWith("pagefind/"));
  const carrying: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(siteDir, file), "utf8");
    if (text.includes("<script>alert(")) carrying.push(file);
    if (text.includes("alert(&#39;fictional&#39;)") && file !== "sources/index.html")
      carrying.push(`${file} (as text)`);
  }
  assert.deepEqual(carrying, []);
  assert.match(
    await page("sources"),
    /titled <q>&lt;script&gt;alert\(&#39;fictional&#39;\)&lt;\/script&gt;Child X<\/q>/,
  );
});

test("the sources page and the console both list every refused item, with its partnership and reason", async () => {
  const sources = await page("sources");
  const log = await readFile(nationalInput.log, "utf8");
  const tampered: { id: string }[] = JSON.parse(await readFile(tamperedItems, "utf8"));
  const reasons = [
    "must be plain text",
    "is on another host (elsewhere.example)",
    "is not a known review type",
    "is in the future",
  ];
  for (const [index, item] of tampered.entries()) {
    assert.ok(sources.includes(`<code>${item.id}</code>`), `the sources page names ${item.id}`);
    assert.ok(log.includes(`refused ${item.id}`), `the console names ${item.id}`);
    assert.ok(sources.includes(reasons[index] ?? ""), `the sources page says why: ${reasons[index]}`);
  }
  const marlwickLines = log.split("\n").filter((line) => line.startsWith(`${partnershipName("marlwick")}:`));
  assert.deepEqual(
    marlwickLines.map((line) => line.replace(/ Fetched on .*/, "")),
    [`${partnershipName("marlwick")}: 3 reviews accepted, 4 refused.`],
  );
  assert.match(
    log,
    /refused https:\/\/marlwick-scp\.example\/reviews\/fictional-marlwick-child-v-2024\/ \(title "Child V"\):\n\s+_review\.type \(gave "case-audit"\): is not a known review type/,
  );
});

test("a site that is down keeps its cached reviews, each marked with the day they were last fetched", async () => {
  const stale = await reviewPage("stavesend", "fictional-stavesend-child-n-2022");
  assert.match(
    stale,
    new RegExp(
      `The ${partnershipName("stavesend")}'s feed could not be fetched for the latest build of this index: ` +
        "this is the review as last fetched, on 20 November 2026",
    ),
  );
  assert.doesNotMatch(await reviewPage("lowmere", "fictional-lowmere-child-p-2019"), /could not be fetched/);
  const log = await readFile(nationalInput.log, "utf8");
  assert.match(
    log,
    new RegExp(
      `${partnershipName("stavesend")}: 2 reviews accepted\\. The feed could not be fetched: ` +
        "the server answered 503 Service Unavailable \\(tried 2 times\\)\\. " +
        "Its reviews are from the copy last fetched on 20 November 2026\\.",
    ),
  );
});

test("each page says it is fictional, with the index in its header; no file names the first partnership", async () => {
  const files = await allFiles(siteDir);
  for (const file of files.filter((name) => name.endsWith(".html"))) {
    const html = await readFile(path.join(siteDir, file), "utf8");
    assert.match(
      html,
      /<strong>Fictional example\.<\/strong> This is a demonstration build of a fictional national index/,
      file,
    );
    assert.ok(html.includes(`<span class="header__partnership">${national.name}</span>`), file);
  }
  const naming: string[] = [];
  for (const file of files)
    if (namesFirstPartnership.test(await readFile(path.join(siteDir, file), "latin1"))) naming.push(file);
  assert.deepEqual(naming, []);
});

test("--strict turns a refused item or an unfetched feed into a failure, before anything is built", async () => {
  const output = path.join(scratch, "strict");
  const result = await runScript(projectRoot, "src/_build/cli/buildNational.ts", [
    "--sources",
    nationalInput.sources,
    "--cache",
    nationalInput.cache,
    "--allow-loopback",
    "--offline",
    "--strict",
    "--output",
    output,
  ]);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /Marlwick Safeguarding Children Partnership: 3 reviews accepted, 4 refused/);
  assert.match(
    result.stderr,
    /--strict: a feed could not be fetched or an item was refused \(see above\), so nothing was built/,
  );
  await assert.rejects(readFile(path.join(output, "index.html")), "nothing was written");
});

test("a sources file with mistakes stops the national build, naming each, and says how to give one", async () => {
  const bad = path.join(scratch, "sources.json");
  await writeFile(
    bad,
    JSON.stringify([
      {
        name: "Fenmarch Safeguarding Children Partnership",
        region: "Fen Country",
        site: "https://fenmarch-scp.example",
        feed: "http://fenmarch-scp.example/feed.json",
      },
    ]),
  );
  const result = await runScript(projectRoot, "src/_build/cli/buildNational.ts", [
    "--sources",
    bad,
    "--output",
    path.join(scratch, "bad"),
  ]);
  assert.equal(result.code, 1);
  assert.match(
    result.stderr,
    /sources\.json:1 field "\[1\]\.feed" \(you gave "http:\/\/fenmarch-scp\.example\/feed\.json"\): must start with https:\/\//,
  );
  assert.match(
    result.stderr,
    /_data\/site\.json: The national index.s identity is missing/,
    "its identity is looked for beside the sources file, never borrowed",
  );
  const missing = await runScript(projectRoot, "src/_build/cli/buildNational.ts", []);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /Give the national index's sources file: --sources <file>/);
});

test("the archive has every page, relative links, its own search with a partnership filter, no Pagefind", async () => {
  const { topFolder, files } = unzipFiles(new Uint8Array(await readFile(nationalArchive.zip)));
  assert.equal(topFolder, `${national.archiveSlug}-archive-fictional-2026-11-25`);
  for (const name of [
    "index.html",
    "sources/index.html",
    "themes/index.html",
    "partnerships/index.html",
    "reviews/regions/westmarch/index.html",
    "assets/search/index.js",
    MANIFEST_NAME,
  ]) {
    assert.ok(files.has(name), `${name} is in the archive`);
  }
  assert.ok(
    ![...files.keys()].some((name) => name.startsWith("pagefind/") || name.startsWith("assets/documents/")),
    "no Pagefind, and no partnership's documents copied",
  );
  assert.match(
    new TextDecoder().decode(files.get("assets/search/index.js")),
    /Stavesend Safeguarding Children Partnership/,
    "the offline index carries the partnership filter",
  );
  const { problems, pages } = await checkSiteLinks(nationalArchive.root);
  assert.ok(pages > 25);
  assert.deepEqual(
    problems.map((problem) => `${problem.page}: ${problem.link} ${problem.problem}`),
    [],
  );
  const verified = await runScript(projectRoot, "src/_build/cli/archive.ts", ["--verify", nationalArchive.zip]);
  assert.equal(verified.code, 0, verified.stderr);
});

test("the national index has no editors' form: its reviews are edited on their partnerships' own sites", async () => {
  const files = await allFiles(siteDir);
  assert.deepEqual(
    files.filter((file) => file.startsWith("admin/")),
    [],
  );
  assert.ok(files.includes("index.html"));
});

test("the joint review is reported as a join, on the console and the sources page, with both addresses", async () => {
  const lowmere = "https://lowmere-scp.example/reviews/fictional-lowmere-child-r-2022/";
  const marlwick = "https://marlwick-scp.example/reviews/fictional-marlwick-child-r-2022/";
  const log = await readFile(nationalInput.log, "utf8");
  assert.ok(
    log.includes(`joined ${lowmere} (title "Child R") with the ${partnershipName("marlwick")}'s review at ${marlwick}`),
    log,
  );
  const sources = await page("sources");
  assert.ok(sources.includes("Items joined with another partnership's as one review"));
  assert.ok(sources.includes(`<code>${lowmere}</code>, titled <q>Child R</q>: joined with the`));
  // Each local theme once on the joint review's page.
  const joint = await reviewPage("lowmere", "fictional-lowmere-child-r-2022");
  assert.equal(joint.split(">Water safety <").length - 1, 1);
});

test("the sources page gives each feed's fetch date once, and the index's feed describes the index", async () => {
  const sources = await page("sources");
  assert.doesNotMatch(sources, /Last fetched/);
  const feed = JSON.parse(await readFile(path.join(siteDir, "feed.json"), "utf8"));
  assert.doesNotMatch(feed.description, /local case reviews/);
  assert.match(feed.description, /gathered from every partnership's feed/);
  assert.doesNotMatch(await readFile(path.join(siteDir, "feed.xml"), "utf8"), /local case reviews/);
});

test("a review's page names its partnership in its title and beside its heading", async () => {
  const html = await reviewPage("marlwick", "fictional-marlwick-child-k-2019");
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
  assert.ok(title.startsWith(`Child K, ${partnershipName("marlwick")}`), title);
  assert.ok(title.length <= 70, title);
  assert.match(html, new RegExp(`<p class="caption"[^>]*>.*? from the ${partnershipName("marlwick")}</p>\\s*<h1`));
  const joint = await reviewPage("lowmere", "fictional-lowmere-child-r-2022");
  assert.match(
    joint,
    new RegExp(
      `<p class="caption"[^>]*>.*? from the ${partnershipName("lowmere")} and the ${partnershipName("marlwick")}</p>`,
    ),
  );
  const console = await readFile(nationalInput.log, "utf8");
  assert.doesNotMatch(console, /\b1 (reviews|partnerships|pages)\b/);
});
