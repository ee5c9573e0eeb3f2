// `npm run new-partnership` on a copy of the project: it leaves a site that builds and checks with
// the new identity and none of the old partnership's reviews (docs/new-partnership.md).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { htmlFiles } from "../../src/_build/siteFiles.ts";
import { namesFirstPartnership } from "../support/firstPartnership.ts";
import { copyProject, runScript } from "../support/projectCopy.ts";
import { identityOf } from "../support/testSites.ts";

const NAME = "Example Safeguarding Children Partnership";
let project: Awaited<ReturnType<typeof copyProject>>;
let handedOver: Awaited<ReturnType<typeof runScript>>;
const read = (file: string) => readFile(path.join(project.root, file), "utf8");

before(async () => {
  project = await copyProject();
  // The old partnership's own review and document, which must go.
  await writeFile(path.join(project.root, "src", "reviews", "child-a.md"), "---\ntitle: Child A\n---\n");
  await mkdir(path.join(project.root, "assets", "documents"), { recursive: true });
  await writeFile(path.join(project.root, "assets", "documents", "child-a.pdf"), "%PDF-");
  handedOver = await runScript(project.root, "src/_build/cli/newPartnership.ts", [NAME]);
});
after(() => project.remove());

test("the new partnership is named in _data/site.json; the old one's reviews and documents are removed", async () => {
  assert.equal(handedOver.code, 0, handedOver.stderr);
  assert.match(handedOver.stdout, /placeholder/);
  const site = identityOf(path.join(project.root, "_data"));
  assert.deepEqual([site.name, site.place, site.shortName], [NAME, "Example", "Example case reviews"]);
  assert.deepEqual(await readdir(path.join(project.root, "src", "reviews")), [".gitkeep"]);
  assert.deepEqual(await readdir(path.join(project.root, "assets", "documents")), [".gitkeep"]);
});

test("the new site builds with its identity, no reviews, and the old partnership named only as a source", async () => {
  const built = await runScript(project.root, "src/_build/cli/build.ts");
  assert.equal(built.code, 0, built.stderr);
  const siteDir = path.join(project.root, "_site");
  const home = await read("_site/index.html");
  assert.ok(home.includes(`<span class="header__partnership">${NAME}</span>`));
  assert.match(
    home,
    /Executive summaries of reviews commissioned in Example\. None has been published on this site yet\./,
  );
  const naming = [];
  for (const page of await htmlFiles(siteDir))
    if (namesFirstPartnership.test(await readFile(path.join(siteDir, page), "utf8"))) naming.push(page);
  // Where the serious case reviews page's words and figures come from: still where they came from.
  assert.deepEqual(naming, ["serious-case-reviews/index.html"]);
  assert.doesNotMatch(await read("_site/feed.json"), namesFirstPartnership);
});

test("in the copy, the data loads and the check that code names no partnership passes", async () => {
  const run = promisify(execFile);
  await run(
    process.execPath,
    ["--import", "tsx", "--test", "tests/unit/identity.test.ts", "tests/unit/content/siteData.test.ts"],
    { cwd: project.root },
  );
});

test("a name the place cannot be worked out from is refused, asking for --place, and nothing changes", async () => {
  const before = await read("_data/site.json");
  const refused = await runScript(project.root, "src/_build/cli/newPartnership.ts", [
    "Safeguarding Children Partnership",
  ]);
  assert.equal(refused.code, 1);
  assert.match(
    refused.stderr,
    /The place could not be worked out from "Safeguarding Children Partnership".*Give it with --place/,
  );
  assert.equal(await read("_data/site.json"), before);
});
