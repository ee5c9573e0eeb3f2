import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { reviewTemplate, slugForTitle } from "../../../src/_build/content/reviewTemplate.ts";
import { readReviewText, TODAY } from "../support/reviewFiles.ts";
import { realSiteData } from "../support/siteData.ts";
import { makeTempDir } from "../support/tempDir.ts";

let temp: Awaited<ReturnType<typeof makeTempDir>>;
before(async () => (temp = await makeTempDir()));
after(() => temp.remove());

test("a new review's file name comes from its title", () => {
  assert.equal(slugForTitle("Child A"), "child-a");
  assert.equal(slugForTitle("Thematic review: Babies & sleep"), "thematic-review-babies-sleep");
});

test("the new-review template is a valid draft as it stands, so the preview builds at once", async () => {
  const data = await realSiteData();
  const result = await readReviewText(temp.dir, reviewTemplate("Child A", data, TODAY), data);
  assert.deepEqual(result.problems, []);
  assert.equal(result.review?.title, "Child A");
  assert.equal(result.review?.draft, true);
  assert.equal(result.review?.published, TODAY);
});

test("the template explains every field and lists every allowed theme, type and age group", async () => {
  const data = await realSiteData();
  const text = reviewTemplate("Child A", data, TODAY);
  for (const field of [
    "title:",
    "reviewType:",
    "published:",
    "summary:",
    "themes:",
    "childAge:",
    "documents:",
    "draft:",
  ])
    assert.ok(text.includes(field), field);
  for (const entry of [...data.themes, ...data.reviewTypes, ...data.ageGroups])
    assert.ok(text.includes(entry.key), entry.key);
});

test("a title with quotes and colons stays one valid YAML string", async () => {
  const data = await realSiteData();
  const result = await readReviewText(temp.dir, reviewTemplate('Thematic review: "hidden" harm', data, TODAY), data, {
    slug: "thematic",
  });
  assert.deepEqual(result.problems, []);
  assert.equal(result.review?.title, 'Thematic review: "hidden" harm');
});

test("a review published with the template's example words still in is refused, each with its line", async () => {
  const data = await realSiteData();
  const text = reviewTemplate("Child A", data, TODAY).replace(/^draft: true\n/m, "");
  const result = await readReviewText(temp.dir, text, data);
  assert.equal(result.review, undefined);
  const lines = text.split("\n");
  const summary = result.problems.find((problem) => problem.field === "summary");
  assert.match(summary?.message ?? "", /still the new review's example\. Write one or two sentences about this review/);
  assert.equal(lines[(summary?.line ?? 0) - 1]?.startsWith("summary:"), true);
  const bodyLines = result.problems.filter((problem) => !problem.field);
  // Background, key findings, recommendations, the partnership's response and learning for practice.
  assert.equal(bodyLines.length, 5);
  for (const problem of bodyLines) {
    assert.match(problem.message, /still the new review's example text\. Replace it/);
    assert.ok(lines[(problem.line ?? 0) - 1]?.includes(String(problem.value)), `line ${problem.line}`);
  }
});

test("a review with its own words is not mistaken for the template's example", async () => {
  const data = await realSiteData();
  const text = reviewTemplate("Child A", data, TODAY)
    .replace(/^draft: true\n/m, "")
    .replace(/^summary: .*$/m, 'summary: "A fictional review of what the partnership learned."')
    .replace(/\n---\n[\s\S]*$/, "\n---\n\n## Background\n\nWhat happened in this fictional case.\n");
  const result = await readReviewText(temp.dir, text, data);
  assert.deepEqual(result.problems, []);
});
