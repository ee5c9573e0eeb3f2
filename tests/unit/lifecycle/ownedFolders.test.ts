import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { ownedName, sweepLeftovers } from "../../../src/_build/lifecycle/ownedFolders.ts";
import { makeTempDir } from "../support/tempDir.ts";

let temp: Awaited<ReturnType<typeof makeTempDir>>;
before(async () => (temp = await makeTempDir()));
after(() => temp.remove());

test("a build's own folders are named with its process id", () => {
  assert.equal(ownedName("_site.staging", 1234), "_site.staging-1234");
});

test("folders left by ended builds are removed; those of running builds, and other folders, are not", async () => {
  const running = new Set([200]);
  const names = [
    "_site.staging-100",
    "_site.staging-200",
    "_site.old-100",
    "scr-search-100-AbC123",
    "scr-search-200-XyZ",
    "_site",
    "_site.staging-x",
    "scr-searching-100",
    "notes-100",
  ];
  for (const name of names) await mkdir(path.join(temp.dir, name, "reviews"), { recursive: true });
  await writeFile(path.join(temp.dir, "_site.staging-100", "reviews", "index.html"), "<p>half a build</p>");

  const removed = await sweepLeftovers(
    [
      { dir: temp.dir, prefix: "_site.staging" },
      { dir: temp.dir, prefix: "_site.old" },
      { dir: temp.dir, prefix: "scr-search" },
      { dir: path.join(temp.dir, "no-such-folder"), prefix: "scr-search" },
    ],
    (pid) => running.has(pid),
  );

  assert.deepEqual(removed.map((folder) => path.basename(folder)).sort(), [
    "_site.old-100",
    "_site.staging-100",
    "scr-search-100-AbC123",
  ]);
  for (const name of names)
    assert.equal(
      existsSync(path.join(temp.dir, name)),
      !removed.some((folder) => path.basename(folder) === name),
      name,
    );
});

test("a folder named with this process's own id is never swept, even if asked", async () => {
  await mkdir(path.join(temp.dir, ownedName("mine")));
  assert.deepEqual(await sweepLeftovers([{ dir: temp.dir, prefix: "mine" }], () => false), []);
});
