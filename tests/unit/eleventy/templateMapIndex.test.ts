import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { indexEleventyTemplateMap, indexedLookup } from "../../../src/_build/eleventy/templateMapIndex.ts";

type Entry = { inputPath: string; id: number };
type Lookup = (this: { map: Entry[] }, inputPath: string) => Entry | undefined;
const { default: TemplateMap } = (await import(new URL("./TemplateMap.js", import.meta.resolve("@11ty/eleventy")).href)) as { default: { prototype: { getMapEntryForInputPath: Lookup } } };
const eleventyScan = TemplateMap.prototype.getMapEntryForInputPath;

test("with the index, Eleventy finds the same template for every path, including templates added after a lookup", () => {
  const map: Entry[] = [
    { inputPath: "./src/index.njk", id: 1 },
    { inputPath: "./src/reviews/child-a.md", id: 2 },
    { inputPath: "./src/reviews/child-a.md", id: 3 },
  ];
  const templateMap = { map };
  const lookup = indexedLookup(eleventyScan);
  const paths = ["./src/index.njk", "./src/reviews/child-a.md", path.resolve("src/index.njk"), "./src/missing.md"];
  for (const inputPath of paths) assert.equal(lookup.call(templateMap, inputPath), eleventyScan.call(templateMap, inputPath), inputPath);
  map.push({ inputPath: "./src/reviews/child-b.md", id: 4 });
  assert.equal(lookup.call(templateMap, "./src/reviews/child-b.md")?.id, 4);
  assert.equal(lookup.call(templateMap, "./src/reviews/child-a.md")?.id, 2, "the first of two entries for a path, as Eleventy's scan finds");
});

test("the index is put on Eleventy's own TemplateMap, once", async () => {
  assert.equal(await indexEleventyTemplateMap(), true);
  const indexed = TemplateMap.prototype.getMapEntryForInputPath;
  assert.notEqual(indexed, eleventyScan);
  assert.equal(await indexEleventyTemplateMap(), true);
  assert.equal(TemplateMap.prototype.getMapEntryForInputPath, indexed);
  const map: Entry[] = [{ inputPath: "./src/privacy.md", id: 1 }];
  assert.equal(indexed.call({ map }, "./src/privacy.md")?.id, 1);
});
