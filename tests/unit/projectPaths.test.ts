import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { displayPath, paths, projectRoot } from "../../src/_build/projectPaths.ts";

test("a file in the project is shown relative to the project root, with forward slashes", () => {
  assert.equal(displayPath(path.join(projectRoot, "src", "reviews", "child-a.md")), "src/reviews/child-a.md");
  assert.equal(displayPath(path.join(paths.data, "themes.json")), "_data/themes.json");
});

test("the project root is the folder holding package.json and _data", () => {
  assert.equal(path.basename(paths.data), "_data");
  assert.equal(path.dirname(paths.data), projectRoot);
  assert.equal(paths.fixtureReviews, path.join(projectRoot, "tests", "fixtures", "reviews"));
});

test("displayPath can show a path relative to another root", () => {
  assert.equal(displayPath("/a/b/c/file.md", "/a/b"), "c/file.md");
});
