import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { appendFile, cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import { copyProject } from "../support/projectCopy.ts";

let project: Awaited<ReturnType<typeof copyProject>>;
let log = "";
let stop: () => Promise<void> = async () => {};

/** Waits until `npm start` reports a finished build after `from` in its output; returns that line. */
async function nextBuild(from: number): Promise<string> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    const line = /Wrote \d+ files?[^\n]*/.exec(log.slice(from))?.[0];
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`npm start did not rebuild:\n${log.slice(-1500)}`);
}

before(async () => {
  project = await copyProject();
  await cp(path.join(project.root, "tests", "fixtures", "reviews", "fictional-child-b-2014.md"), path.join(project.root, "src", "reviews", "child-b.md"));
  const child = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", "--incremental", `--port=${8200 + Math.floor(Math.random() * 500)}`], {
    cwd: project.root,
    env: { ...process.env, SCR_FIXTURES: "", CONTEXT: "" },
  });
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  stop = async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill();
    await exited;
  };
  await nextBuild(0);
  await new Promise((resolve) => setTimeout(resolve, 1500));
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
    assert.match(printed, /src\/reviews\/child-b\.md:\d+ field "published" \(you gave "2020-02-30"\): is not a real date/);
    assert.doesNotMatch(printed, /stack trace|^\S*\s+at /m, printed);
    assert.doesNotMatch(printed, /\(via /, printed);
  } finally {
    const fixed = log.length;
    await writeFile(review(), valid);
    await nextBuild(fixed);
    assert.doesNotMatch(log.slice(fixed), /not a real date/);
  }
});

test("with npm start running, a failure that is not a content problem keeps its stack trace for the developer", async () => {
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
