import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { indexedLookup, rememberedNormalization, speedUpEleventy } from "../../../src/_build/eleventy/eleventyAtScale.ts";

type Entry = { inputPath: string; id: number };
type Lookup = (this: { map: Entry[] }, inputPath: string) => Entry | undefined;
const eleventyModule = async <T>(relativePath: string) => ((await import(new URL(relativePath, import.meta.resolve("@11ty/eleventy")).href)) as { default: T }).default;
// Eleventy's own versions, kept before speedUpEleventy replaces them.
const TemplateMap = await eleventyModule<{ prototype: { getMapEntryForInputPath: Lookup } }>("./TemplateMap.js");
const PathNormalizer = await eleventyModule<{ fullNormalization: (inputPath: unknown) => unknown }>("./Util/PathNormalizer.js");
const eleventyScan = TemplateMap.prototype.getMapEntryForInputPath;
const eleventyFullNormalization = PathNormalizer.fullNormalization;
const eleventyNormalize = (inputPath: unknown) => eleventyFullNormalization.call(PathNormalizer, inputPath);

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

test("remembered path normalizations are the ones Eleventy works out, asked once or many times", () => {
  let calls = 0;
  const normalize = rememberedNormalization((inputPath) => (calls++, eleventyNormalize(inputPath)));
  const paths = ["./src/reviews/child-a.md", path.resolve("src/reviews/child-a.md"), "src/../_includes/layouts/review.njk", pathToUrl("src/index.njk"), ""];
  for (const inputPath of [...paths, ...paths]) assert.equal(normalize(inputPath), eleventyNormalize(inputPath), inputPath);
  assert.equal(calls, paths.length, "each path worked out once");
  assert.equal(normalize(undefined), eleventyNormalize(undefined));
});

test("both quicker lookups are put on Eleventy's own classes, once", async () => {
  const names = ["TemplateMap.getMapEntryForInputPath", "PathNormalizer.fullNormalization"];
  assert.deepEqual(await speedUpEleventy(), names);
  const [lookup, normalize] = [TemplateMap.prototype.getMapEntryForInputPath, PathNormalizer.fullNormalization];
  assert.notEqual(normalize, eleventyFullNormalization);
  assert.notEqual(lookup, eleventyScan);
  assert.deepEqual(await speedUpEleventy(), names);
  assert.equal(TemplateMap.prototype.getMapEntryForInputPath, lookup);
  assert.equal(PathNormalizer.fullNormalization, normalize);
  assert.equal(lookup.call({ map: [{ inputPath: "./src/privacy.md", id: 1 }] }, "./src/privacy.md")?.id, 1);
  assert.equal(PathNormalizer.fullNormalization(path.resolve("src/privacy.md")), "src/privacy.md");
});

function pathToUrl(relative: string): string {
  return new URL(`file://${path.resolve(relative)}`).href;
}
