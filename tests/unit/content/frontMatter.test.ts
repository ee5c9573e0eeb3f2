import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFrontMatterYaml, readFrontMatter } from "../../../src/_build/content/frontMatter.ts";

test("front matter is read as YAML 1.2's core schema: dates and yes/no stay the text the editor typed", () => {
  const data = parseFrontMatterYaml(
    [
      "published: 2024-02-30",
      "answer: yes",
      "pages: 12",
      "ratio: 1.5",
      "draft: false",
      "note: ~",
      "themes:",
      "  - neglect",
      "  - 'self-harm'",
      'title: "Child A: a review"',
    ].join("\n"),
  );
  assert.deepEqual(data, {
    published: "2024-02-30",
    answer: "yes",
    pages: 12,
    ratio: 1.5,
    draft: false,
    note: null,
    themes: ["neglect", "self-harm"],
    title: "Child A: a review",
  });
  assert.deepEqual(parseFrontMatterYaml(""), {});
});

test("a field written twice is refused with its line, not silently overwritten", () => {
  const result = readFrontMatter(["---", "title: Child A", "summary: One", "title: Child B", "---", "Body"].join("\n"));
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.line, 4);
  assert.match(result.message, /not valid YAML/);
});
