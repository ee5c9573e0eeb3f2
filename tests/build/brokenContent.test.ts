import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { copyProject, runScript } from "../support/projectCopy.ts";
import { treeDigest } from "../support/treeDigest.ts";

const BUILD = "src/_build/cli/build.ts";
let project: Awaited<ReturnType<typeof copyProject>>;
let published: string[];

before(async () => {
  project = await copyProject();
  const first = await runScript(project.root, BUILD);
  assert.equal(first.code, 0, first.stderr);
  published = await treeDigest(path.join(project.root, "_site"));
});
after(() => project.remove());

const review = (fields: string) => `---\n${fields}\n---\n\n## Background\n\nText.\n`;
const VALID =
  "title: Child A\nreviewType: serious-case-review\npublished: 2020-01-02\n" +
  "summary: A valid summary.\nthemes:\n  - neglect";

test("broken reviews and data stop the build, every problem named at once, the published site untouched", async () => {
  const reviews = path.join(project.root, "src", "reviews");
  await writeFile(path.join(reviews, "child-a.md"), review(VALID.replace("  - neglect", "  - domestic-abus")));
  await writeFile(
    path.join(reviews, "child-b.md"),
    review(VALID.replace("Child A", "Child B").replace("2020-01-02", "2020-02-30")),
  );
  await writeFile(
    path.join(reviews, "child-c.md"),
    review(`${VALID.replace("Child A", "Child C")}\nsummary: second: colon`),
  );
  // What the page would not show, and what would load from another site.
  const leaks =
    "## Background\n\n<!-- Mother's name: check it is removed -->\n\n![Chart](https://example.org/chart.png)\n";
  await writeFile(path.join(reviews, "child-e.md"), `---\n${VALID.replace("Child A", "Child E")}\n---\n\n${leaks}`);
  const statistics = path.join(project.root, "_data", "dcsf-statistics.json");
  await writeFile(statistics, (await readFile(statistics, "utf8")).replace('"percent": 66', '"percent": 166'));

  const result = await runScript(project.root, BUILD);
  assert.notEqual(result.code, 0, "the build must fail");
  const message = result.stderr;
  assert.match(message, /6 problems in 5 files/);
  // The unknown theme: file, field, value, and what is allowed (with the likely fix).
  assert.match(
    message,
    /src\/reviews\/child-a\.md:7 field "themes\[1\]" \(you gave "domestic-abus"\): is not a known theme\. Did you mean "domestic-abuse"\? Use one of: "domestic-abuse" \(Domestic abuse\)/,
  );
  assert.match(message, /src\/reviews\/child-b\.md:4 field "published" \(you gave "2020-02-30"\): is not a real date/);
  assert.match(message, /src\/reviews\/child-c\.md:\d+: The front matter is not valid YAML/);
  assert.match(
    message,
    /_data\/dcsf-statistics\.json:\d+ field "findings\[1\]\.percent" \(you gave 166\): A percentage must be between 0 and 100/,
  );
  assert.match(
    message,
    /src\/reviews\/child-e\.md:12 \(you gave "<!-- Mother's name: check it is removed -->"\): An HTML comment/,
  );
  assert.match(
    message,
    /src\/reviews\/child-e\.md:14 \(you gave "!\[Chart\]\(https:\/\/example\.org\/chart\.png\)"\): This image would make every visitor's browser ask another website/,
  );
  assert.doesNotMatch(message, / {4}at /, "no stack trace for content problems");
  assert.doesNotMatch(result.stdout, /\[11ty\]/, "nothing from Eleventy above the problems, such as 'Wrote 0 files'");

  assert.deepEqual(
    await treeDigest(path.join(project.root, "_site")),
    published,
    "the previous _site/ must stay exactly as it was",
  );
});

test("in GitHub Actions, each problem is also an annotation on the file and line", async () => {
  const result = await runScript(project.root, BUILD, [], { GITHUB_ACTIONS: "true" });
  assert.notEqual(result.code, 0);
  assert.match(result.stdout, /^::error file=src\/reviews\/child-a\.md,line=7::/m);
  assert.match(result.stdout, /^::error file=src\/reviews\/child-c\.md,line=\d+::/m);
});

test("no review can take another's address: not by a permalink, nor by a fictional example's name", async () => {
  const reviews = path.join(project.root, "src", "reviews");
  await writeFile(
    path.join(reviews, "child-d.md"),
    review(`${VALID.replace("Child A", "Child D")}\npermalink: /reviews/child-e/`),
  );
  const fixture = path.join(project.root, "tests", "fixtures", "reviews", "fictional-child-a-2013.md");
  await writeFile(path.join(reviews, "fictional-child-a-2013.md"), await readFile(fixture, "utf8"));
  const result = await runScript(project.root, BUILD, ["--fixtures"]);
  assert.notEqual(result.code, 0);
  assert.match(
    result.stderr,
    /src\/reviews\/child-d\.md:\d+ field "permalink" \(you gave "\/reviews\/child-e\/"\): "permalink" is not a field we know/,
  );
  assert.match(
    result.stderr,
    /src\/reviews\/fictional-child-a-2013\.md: File names starting "fictional-" are kept for the made-up examples/,
  );
});
