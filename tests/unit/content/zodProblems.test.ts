import assert from "node:assert/strict";
import { test } from "node:test";
import { z } from "zod";
import { fieldName, valueAt, zodProblems } from "../../../src/_build/content/zodProblems.ts";

test("a field path reads as an editor counts: from 1, in square brackets", () => {
  assert.equal(fieldName(["documents", 1, "file"]), "documents[2].file");
  assert.equal(fieldName([0, "key"]), "[1].key");
  assert.equal(fieldName([]), "");
});

test("valueAt finds the value the editor gave, or nothing when the path runs out", () => {
  const data = { documents: [{ file: "a.pdf" }, { file: "b.pdf" }] };
  assert.equal(valueAt(data, ["documents", 1, "file"]), "b.pdf");
  assert.equal(valueAt(data, ["documents", 5, "file"]), undefined);
  assert.equal(valueAt(data, ["documents", 0, "file", "more"]), undefined);
});

test("an unknown field inside a nested object is named by its full path, without a top-level suggestion", () => {
  const schema = z.strictObject({ quickExit: z.strictObject({ url: z.string() }) });
  const data = { quickExit: { url: "https://example.org", lable: "Exit" } };
  const result = schema.safeParse(data);
  assert.ok(!result.success);
  assert.deepEqual(zodProblems("_data/site.json", result.error, data, ["quickExit"]), [
    { file: "_data/site.json", field: "quickExit.lable", value: "Exit", message: '"lable" is not a field we know.' },
  ]);
});
