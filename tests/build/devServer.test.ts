import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { appendFile, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { indexedUrls } from "../support/pagefindFragments.ts";
import { copyProject } from "../support/projectCopy.ts";
import { scriptEnvironment } from "../support/scriptEnvironment.ts";

let project: Awaited<ReturnType<typeof copyProject>>;
let log = "";
let stop: () => Promise<void> = async () => {};

/** Waits until `npm start` prints a line matching `pattern` after `from` in its output; returns that line. */
async function nextLine(pattern: RegExp, from: number, what: string): Promise<string> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    const line = pattern.exec(log.slice(from))?.[0];
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`npm start did not ${what}:\n${log.slice(-1500)}`);
}

/** Waits until `npm start` reports a finished build after `from` in its output; returns that line. */
const nextBuild = (from: number) => nextLine(/Wrote \d+ files?[^\n]*/, from, "rebuild");
/** Waits until `npm start` has indexed the site for search again after `from`. */
const nextIndex = (from: number) => nextLine(/\[search\] Indexed \d+ pages/, from, "index the site for search");

before(async () => {
  project = await copyProject();
  await cp(
    path.join(project.root, "tests", "fixtures", "reviews", "fictional-child-b-2014.md"),
    path.join(project.root, "src", "reviews", "child-b.md"),
  );
  await cp(
    path.join(project.root, "tests", "fixtures", "reviews", "fictional-child-d-2020.md"),
    path.join(project.root, "src", "reviews", "child-d.md"),
  );
  // The page of a review deleted before npm start, left in _site/ by an earlier build.
  await mkdir(path.join(project.root, "_site", "reviews", "child-gone"), { recursive: true });
  await writeFile(
    path.join(project.root, "_site", "reviews", "child-gone", "index.html"),
    "<!DOCTYPE html><title>Child gone</title>",
  );
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "node_modules/@11ty/eleventy/cmd.cjs",
      "--config=.eleventy.ts",
      "--serve",
      "--incremental",
      `--port=${8200 + Math.floor(Math.random() * 500)}`,
    ],
    {
      cwd: project.root,
      env: scriptEnvironment(),
    },
  );
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  stop = async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill();
    await exited;
  };
  await nextBuild(0);
  await nextIndex(0);
});
after(async () => {
  await stop();
  await project.remove();
});

const review = () => path.join(project.root, "src", "reviews", "child-b.md");
const built = (file: string) => readFile(path.join(project.root, "_site", file), "utf8");

test("with npm start running, editing a review's text rebuilds its page alone, at once", async () => {
  const from = log.length;
  await appendFile(review(), "\nA sentence added while writing.\n");
  assert.match(await nextBuild(from), /^Wrote 1 file/);
  assert.match(await built("reviews/child-b/index.html"), /A sentence added while writing\./);
});

test("with npm start running, changing a review's title updates the lists that show it", async () => {
  const from = log.length;
  await writeFile(review(), (await readFile(review(), "utf8")).replace(/^title: .*$/m, "title: Child B renamed"));
  assert.doesNotMatch(await nextBuild(from), /^Wrote 1 file/);
  assert.match(await built("reviews/index.html"), /Child B renamed/);
  assert.match(await built("reviews/themes/index.html"), /Reviews by theme/);
  assert.match(await built("reviews/child-b/index.html"), /aria-label="Breadcrumb"[\s\S]*Local reviews/);
});

test("with npm start running, a broken review prints the problem alone, with no stack trace", async () => {
  const valid = await readFile(review(), "utf8");
  const from = log.length;
  await writeFile(review(), valid.replace(/^published: .*$/m, "published: 2020-02-30"));
  try {
    await nextBuild(from);
    const printed = log.slice(from);
    assert.match(
      printed,
      /src\/reviews\/child-b\.md:\d+ field "published" \(you gave "2020-02-30"\): is not a real date/,
    );
    assert.doesNotMatch(printed, /stack trace|^\S*\s+at /m, printed);
    assert.doesNotMatch(printed, /\(via /, printed);
  } finally {
    const fixed = log.length;
    await writeFile(review(), valid);
    await nextBuild(fixed);
    assert.doesNotMatch(log.slice(fixed), /not a real date/);
  }
});

test("with npm start running, a failure that is not a content problem keeps its stack trace", async () => {
  const page = path.join(project.root, "src", "privacy.md");
  const original = await readFile(page, "utf8");
  const from = log.length;
  await writeFile(page, `${original}\n{{ "x" | noSuchFilter }}\n`);
  try {
    await nextBuild(from);
    const printed = log.slice(from);
    assert.match(printed, /noSuchFilter/);
    assert.match(printed, /Original error stack trace/);
    assert.match(printed, /^\S*\s+at /m);
  } finally {
    const restored = log.length;
    await writeFile(page, original);
    await nextBuild(restored);
  }
});

/** Waits until search has been indexed again after the last rebuild, so its files are whole. */
async function searchSettled(): Promise<void> {
  for (let waited = 0; log.lastIndexOf("[search] Indexed") < log.lastIndexOf("Wrote "); waited += 100) {
    if (waited > 60_000) throw new Error(`npm start did not index the site for search:\n${log.slice(-1500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("a review deleted before npm start never shows: its old page is gone from the site and from search", async () => {
  await searchSettled();
  assert.equal(existsSync(path.join(project.root, "_site", "reviews", "child-gone")), false);
  const urls = await indexedUrls(path.join(project.root, "_site", "pagefind"));
  assert.ok(urls.includes("/reviews/child-b/"), urls.join(", "));
  assert.ok(!urls.includes("/reviews/child-gone/"), urls.join(", "));
});

test("with npm start running, a deleted review's page leaves the site and search at the next rebuild", async () => {
  await rm(review());
  // Eleventy does not rebuild when a file is deleted, only at the next change.
  const from = log.length;
  await appendFile(path.join(project.root, "src", "reviews", "child-d.md"), "\nA sentence added later.\n");
  await nextBuild(from);
  await searchSettled();
  assert.equal(existsSync(path.join(project.root, "_site", "reviews", "child-b")), false);
  assert.doesNotMatch(await built("reviews/index.html"), /Child B/);
  assert.ok(!(await indexedUrls(path.join(project.root, "_site", "pagefind"))).includes("/reviews/child-b/"));
});
