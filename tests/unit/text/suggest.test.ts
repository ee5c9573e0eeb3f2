import assert from "node:assert/strict";
import { test } from "node:test";
import { closestMatch, editDistance } from "../../../src/_build/text/suggest.ts";

const themes = ["domestic-abuse", "neglect", "physical-abuse", "sexual-abuse", "hidden-men"];

test("edit distance counts single-letter insertions, deletions and substitutions", () => {
  assert.equal(editDistance("title", "title"), 0);
  assert.equal(editDistance("tittle", "title"), 1);
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("", "abc"), 3);
});

test("a typo is matched to the word it was meant to be", () => {
  assert.equal(closestMatch("domestic-abus", themes), "domestic-abuse");
  assert.equal(closestMatch("neglet", themes), "neglect");
  assert.equal(closestMatch("tittle", ["title", "reviewType", "published"]), "title");
});

test("matching ignores capital letters but returns the known word as written", () => {
  assert.equal(closestMatch("Neglect", themes), "neglect");
  assert.equal(closestMatch("reviewtype", ["title", "reviewType"]), "reviewType");
});

test("nothing is suggested when no known word is close", () => {
  assert.equal(closestMatch("poverty", themes), undefined);
  assert.equal(closestMatch("neglect", []), undefined);
});
