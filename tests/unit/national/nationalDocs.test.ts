// docs/national-index.md tells whoever runs the index what to write: it must name every field the
// build requires of the index's site.json, or the first build fails on a field the docs never named.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { siteSchema } from "../../../src/_build/content/siteDataSchema.ts";
import { projectRoot } from "../../../src/_build/projectPaths.ts";

const doc = () => readFile(path.join(projectRoot, "docs", "national-index.md"), "utf8");

test("the national index's docs name every field its site.json must have", async () => {
  const section = (await doc()).split("## The sources file and the index's own data")[1]?.split("\n## ")[0] ?? "";
  const required = Object.entries(siteSchema.shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([key]) => key);
  assert.ok(required.includes("quickExit") && required.includes("textSource"));
  assert.deepEqual(
    required.filter((key) => !section.includes(`\`${key}\``)),
    [],
  );
});

test("the docs say that with --allow-loopback only the feed is on this machine, the site staying the real one", async () => {
  const row = (await doc()).split("\n").find((line) => line.startsWith("| `--allow-loopback`")) ?? "";
  assert.match(row, /`site` stays the partnership's real https address/);
  assert.match(row, /only `feed` points at this machine/);
});
