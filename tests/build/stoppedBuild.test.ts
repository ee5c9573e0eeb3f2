import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { loadSiteData } from "../../src/_build/content/siteData.ts";
import { memoryFolder, SEARCH_ROOM_PREFIX } from "../../src/_build/search/streamingIndex.ts";
import { generateReviews } from "../bench/generateReviews.ts";
import { copyProject, runScript } from "../support/projectCopy.ts";
import { mountTinyFileSystem } from "../support/tinyFileSystem.ts";
import { treeDigest } from "../support/treeDigest.ts";
import { scriptEnvironment } from "../support/scriptEnvironment.ts";

// A production build stopped at any moment leaves the machine as it found it, apart from the
// published site, which stays the old one.

const BUILD = "src/_build/cli/build.ts";
let project: Awaited<ReturnType<typeof copyProject>>;
let published: string[];

before(async () => {
  project = await copyProject();
  const { data } = await loadSiteData();
  assert.ok(data);
  await generateReviews(path.join(project.root, "tests", "fixtures", "reviews"), 300, data);
  const first = await runScript(project.root, BUILD, ["--fixtures"]);
  assert.equal(first.code, 0, first.stderr);
  published = await treeDigest(path.join(project.root, "_site"));
});
after(() => project.remove());

/** Folders a build with this process id left: beside the site, and among the folders of search pages. */
function leftBehind(pid: number): string[] {
  const places = [project.root, memoryFolder(), tmpdir()];
  return places.flatMap((dir) =>
    readdirSync(dir)
      .filter(
        (name) =>
          name === `_site.staging-${pid}` ||
          name === `_site.old-${pid}` ||
          name.startsWith(`${SEARCH_ROOM_PREFIX}-${pid}-`),
      )
      .map((name) => path.join(dir, name)),
  );
}

/** Processes still running whose command line names this copy of the project (the rendering process, say). */
function processesOfProject(): string[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
        return command.includes(project.root) && command.includes("renderChild") ? [`${pid}: ${command}`] : [];
      } catch {
        return []; // Ended meanwhile.
      }
    });
}

/** Starts a production build, and sends it `signal` once it is writing pages. */
async function stopMidway(signal: "SIGINT" | "SIGTERM"): Promise<{ code: number | null; stderr: string; pid: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", BUILD, "--fixtures"], {
    cwd: project.root,
    env: scriptEnvironment(),
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const pid = child.pid as number;
  const reviews = path.join(project.root, `_site.staging-${pid}`, "reviews");
  // Midway: Eleventy has written some of the 300 reviews' pages, not all.
  for (let waited = 0; !(existsSync(reviews) && readdirSync(reviews).length >= 20); waited += 20) {
    if (waited > 120_000) throw new Error(`The build never started writing pages:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill(signal);
  return { code: await exited, stderr, pid };
}

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  test(`a build stopped by ${signal} exits ${code}, says so, leaves _site/ unchanged and nothing behind`, async () => {
    const stopped = await stopMidway(signal);
    assert.equal(stopped.code, code, stopped.stderr);
    assert.match(
      stopped.stderr,
      new RegExp(
        `Stopped \\(${signal}\\): the build has cleaned up after itself, ` +
          "and the published site in _site/ is unchanged\\.",
      ),
    );
    assert.deepEqual(await treeDigest(path.join(project.root, "_site")), published, "_site/ must be exactly as it was");
    assert.deepEqual(leftBehind(stopped.pid), []);
    assert.deepEqual(processesOfProject(), []);
  });
}

/**
 * Starts `npm run build` as a terminal runs a command, in a process group of its own, and sends
 * `signal` to the whole group once the build is writing pages: what Ctrl-C does (every process of
 * the command gets SIGINT at once), and how CI stops a job's processes.
 */
async function stopCommandMidway(signal: "SIGINT" | "SIGTERM"): Promise<{ stderr: string; pid: number }> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const child = spawn(npm, ["run", "build", "--", "--fixtures"], {
    cwd: project.root,
    detached: true,
    env: scriptEnvironment(),
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.resume();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let staging: string | undefined;
  for (let waited = 0; ; waited += 20) {
    if (waited > 120_000) throw new Error(`The build never started writing pages:\n${stderr}`);
    staging = readdirSync(project.root).find((name) => name.startsWith("_site.staging-"));
    const reviews = staging && path.join(project.root, staging, "reviews");
    if (reviews && existsSync(reviews) && readdirSync(reviews).length >= 20) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  process.kill(-(child.pid as number), signal);
  await exited;
  // npm ends as soon as the build's process has; wait for that process too.
  const pid = Number(staging?.slice("_site.staging-".length));
  for (let waited = 0; existsSync(`/proc/${pid}`) && waited < 30_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { stderr, pid };
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  test(`npm run build, sent ${signal} to every process at once as Ctrl-C does, cleans up and says so`, async () => {
    const stopped = await stopCommandMidway(signal);
    assert.match(
      stopped.stderr,
      new RegExp(`Stopped \\(${signal}\\): the build has cleaned up after itself`),
      stopped.stderr,
    );
    assert.deepEqual(await treeDigest(path.join(project.root, "_site")), published, "_site/ must be exactly as it was");
    assert.deepEqual(leftBehind(stopped.pid), []);
    assert.deepEqual(processesOfProject(), []);
  });
}

test("the next build removes what a build killed outright left behind, says so, and succeeds", async () => {
  // A process id no build has now: a process that has ended.
  const ended = spawn(process.execPath, ["-e", ""]);
  const deadPid = ended.pid as number;
  await new Promise((resolve) => ended.once("exit", resolve));
  const leftovers = [
    path.join(project.root, `_site.staging-${deadPid}`, "reviews"),
    path.join(memoryFolder(), `${SEARCH_ROOM_PREFIX}-${deadPid}-AbCdEf`, "0"),
    path.join(tmpdir(), `${SEARCH_ROOM_PREFIX}-${deadPid}-GhIjKl`),
  ];
  for (const folder of leftovers) await mkdir(folder, { recursive: true });

  const result = await runScript(project.root, BUILD, ["--fixtures"]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(
    result.stdout,
    new RegExp(`Removed what an earlier build left behind when it was stopped: .*_site\\.staging-${deadPid}`),
  );
  assert.deepEqual(leftBehind(deadPid), []);
  assert.match(result.stdout, /Built the site into _site\/, 3\d\d pages in its search index/);
});

test("with a memory folder too small for the search pages, they wait on disk and the build succeeds", async (t) => {
  const tiny = mountTinyFileSystem("64k");
  if ("reason" in tiny) return t.skip(tiny.reason);
  try {
    const result = await runScript(project.root, BUILD, ["--fixtures"], { SCR_MEMORY_DIR: tiny.dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Built the site into _site\/, 3\d\d pages in its search index/);
    assert.deepEqual(readdirSync(tiny.dir), []);
  } finally {
    tiny.unmount();
  }
});
