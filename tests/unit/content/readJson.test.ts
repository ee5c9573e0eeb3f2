import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { lineAndColumn, readJsonFile } from "../../../src/_build/content/readJson.ts";
import { makeTempDir } from "../support/tempDir.ts";

let temp: { dir: string; remove: () => Promise<void> };
before(async () => {
  temp = await makeTempDir();
});
after(() => temp.remove());

async function read(text: string) {
  const absolutePath = path.join(temp.dir, "data.json");
  await writeFile(absolutePath, text);
  return readJsonFile(absolutePath, "_data/data.json");
}

test("lineAndColumn counts lines and columns from 1", () => {
  const text = "ab\ncde\nf";
  assert.deepEqual(lineAndColumn(text, 0), { line: 1, column: 1 });
  assert.deepEqual(lineAndColumn(text, 4), { line: 2, column: 2 });
  assert.deepEqual(lineAndColumn(text, 7), { line: 3, column: 1 });
});

test("valid JSON is returned as data with no problems", async () => {
  const { data, problems } = await read('{ "a": [1, 2] }');
  assert.deepEqual(data, { a: [1, 2] });
  assert.deepEqual(problems, []);
});

test("a field's line can be found, so a problem with it points at that line", async () => {
  const { lineOf } = await read('{\n  "a": [\n    1,\n    2\n  ],\n  "b": { "c": true }\n}\n');
  assert.equal(lineOf?.(["a", 1]), 4);
  assert.equal(lineOf?.(["b", "c"]), 6);
  assert.equal(lineOf?.(["b", "missing"]), 6, "a missing field points at its parent");
});

test("a missing comma between fields is reported at the line where the parser stopped", async () => {
  const { data, problems } = await read('{\n  "a": 1\n  "b": 2\n}\n');
  assert.equal(data, undefined);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.file, "_data/data.json");
  assert.equal(problems[0]?.line, 3);
  assert.match(problems[0]?.message ?? "", /not valid JSON/);
});

test("a missing file says the file must exist", async () => {
  const { problems } = await readJsonFile(path.join(temp.dir, "nowhere.json"), "_data/nowhere.json");
  assert.deepEqual(problems, [
    { file: "_data/nowhere.json", message: "This file is missing. It must exist for the site to build." },
  ]);
});

test("a comma after the last item of a list is reported with its line", async () => {
  const { problems } = await read('[\n  { "key": "a", "label": "A" },\n]\n');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.line, 3);
});
