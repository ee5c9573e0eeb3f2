import assert from "node:assert/strict";
import { test } from "node:test";
import { slugify } from "../../../src/_build/text/slug.ts";

test("a heading becomes lowercase words joined by hyphens", () => {
  assert.equal(slugify("Purpose of serious case reviews"), "purpose-of-serious-case-reviews");
});

test("punctuation runs become one hyphen, with none at either end", () => {
  assert.equal(slugify("  What happened? (2019–2021)  "), "what-happened-2019-2021");
  assert.equal(slugify("Child A's review: findings!"), "child-a-s-review-findings");
});

test("accents are dropped and HTML entities removed", () => {
  assert.equal(slugify("Café résumé"), "cafe-resume");
  assert.equal(slugify("Health &amp; social care"), "health-social-care");
});
