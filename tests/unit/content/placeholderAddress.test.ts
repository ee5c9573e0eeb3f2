import assert from "node:assert/strict";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { loadContent } from "../../../src/_build/content/loadContent.ts";
import { isPlaceholderAddress } from "../../../src/_build/content/placeholderAddress.ts";
import { ContentProblemsError } from "../../../src/_build/content/problems.ts";
import { paths } from "../../../src/_build/projectPaths.ts";
import { makeTempDir } from "../support/tempDir.ts";

// A partnership's copy just after `npm run new-partnership` without --url: its address is the
// placeholder the hand-over writes.
const PLACEHOLDER = "https://fictional-borough-case-reviews.example";
let temp: Awaited<ReturnType<typeof makeTempDir>>;
before(async () => {
  temp = await makeTempDir();
  await cp(paths.data, path.join(temp.dir, "_data"), { recursive: true });
  await mkdir(path.join(temp.dir, "reviews"));
  const file = path.join(temp.dir, "_data", "site.json");
  const site = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  await writeFile(file, JSON.stringify({ ...site, url: PLACEHOLDER }, null, 2));
});
after(() => temp.remove());

const load = (publishing: boolean) =>
  loadContent({ includeFixtures: false, includeDrafts: false, today: "2026-12-02", partnership: temp.dir, publishing });

test("a site being published with a placeholder address stops, naming the file, the field and the address", async () => {
  const error = await load(true).then(
    () => assert.fail("the build went on with a placeholder address"),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof ContentProblemsError);
  assert.equal(error.problems.length, 1);
  const [problem] = error.problems;
  assert.ok(problem?.file.endsWith("_data/site.json"), problem?.file);
  assert.equal(problem?.field, "url");
  assert.equal(problem?.value, PLACEHOLDER);
  assert.match(
    problem?.message ?? "",
    /is a placeholder, which no visitor can reach.*Put the site's real address here/,
  );
});

test("a placeholder address is fine while the copy is tried out: built and previewed, not published", async () => {
  const content = await load(false);
  assert.equal(content.siteData.site.url, PLACEHOLDER);
});

test("the names kept for examples are placeholders; real addresses are not", () => {
  for (const address of [
    PLACEHOLDER,
    "https://reviews.test",
    "https://example.org",
    "https://www.example.com/reviews",
    "https://site.invalid",
  ])
    assert.equal(isPlaceholderAddress(address), true, address);
  for (const address of ["https://www.lowmere-scp.org.uk", "https://www.example-scp.org.uk", "https://examples.org"])
    assert.equal(isPlaceholderAddress(address), false, address);
});
