// `npm run new-review` on a copy of the project: a draft from the template, which the checks pass,
// and nothing written for a missing title or an option.
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { listReviewSources, readReview } from "../../src/_build/content/reviews.ts";
import { todayInLondon } from "../../src/_build/text/dates.ts";
import { copyProject, runScript } from "../support/projectCopy.ts";
import { realSiteData } from "../unit/support/siteData.ts";

const NEW_REVIEW = "src/_build/cli/newReview.ts";
let project: Awaited<ReturnType<typeof copyProject>>;
const reviews = () => readdir(path.join(project.root, "src", "reviews"));

before(async () => {
  project = await copyProject();
});
after(() => project.remove());

test("--help, another option, no title or a title of symbols says how to use it, and writes no file", async () => {
  const before = await reviews();
  const help = await runScript(project.root, NEW_REVIEW, ["--help"]);
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /npm run new-review -- "Child A"/);
  const mistyped = await runScript(project.root, NEW_REVIEW, ["--titel", "Child A"]);
  assert.equal(mistyped.code, 1);
  assert.match(mistyped.stderr, /^npm run new-review: there is no option --titel\. .*npm run new-review -- --help$/m);
  const untitled = await runScript(project.root, NEW_REVIEW, []);
  assert.equal(untitled.code, 1);
  assert.match(untitled.stderr, /Give the review's title, like this: npm run new-review -- "Child A"/);
  const symbols = await runScript(project.root, NEW_REVIEW, ["!!!"]);
  assert.equal(symbols.code, 1);
  assert.match(symbols.stderr, /The title "!!!" has no letters or numbers\. Give the review's title, like this/);
  assert.deepEqual(await reviews(), before);
});

test("a title writes a draft named from it, which passes the checks; the same title again is refused", async () => {
  const written = await runScript(project.root, NEW_REVIEW, ["Child", "Q"]);
  assert.equal(written.code, 0, written.stderr);
  assert.match(written.stdout, /Wrote src\/reviews\/child-q\.md: a draft\./);
  const text = await readFile(path.join(project.root, "src", "reviews", "child-q.md"), "utf8");
  assert.match(text, /^title: "Child Q"$/m);
  assert.match(text, /^draft: true$/m);
  const again = await runScript(project.root, NEW_REVIEW, ["Child Q"]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /src\/reviews\/child-q\.md already exists/);
  // A draft from the template passes every check the build makes of a review.
  const { sources } = await listReviewSources(path.join(project.root, "src", "reviews"), false);
  const source = sources.find((found) => found.file.endsWith("child-q.md"));
  assert.ok(source, "the draft is listed as a review");
  const checked = await readReview(source, await realSiteData(), todayInLondon(), project.root);
  assert.deepEqual(checked.problems, []);
  assert.equal(checked.review?.title, "Child Q");
});
