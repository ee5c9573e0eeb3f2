// Builds what the checks and browser tests run against, in parallel: the production site, the
// same with the fictional reviews from tests/fixtures, and an offline archive with them, unzipped.
import { spawn } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { unzipFiles } from "../../src/_build/archive/zipFiles.ts";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { testArchive, testSites } from "../support/testSites.ts";

function run(name: string, script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, script), ...args], {
      cwd: projectRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, SCR_FIXTURES: "", SCR_DRAFTS: "", CONTEXT: "" },
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`The ${name} did not build (exit code ${code}).`))));
  });
}

try {
  await rm(testArchive.dist, { recursive: true, force: true });
  await Promise.all([
    run("production test site", "src/_build/cli/build.ts", ["--output", testSites.production]),
    run("fixtures test site", "src/_build/cli/build.ts", ["--fixtures", "--output", testSites.fixtures]),
    run("test archive", "src/_build/cli/archive.ts", ["--fixtures", "--date", testArchive.date, "--output", testArchive.dist]).then(async () => {
      // Unzipped as an archivist would, for the browser to open from disk.
      const { files, topFolder } = unzipFiles(new Uint8Array(await readFile(testArchive.zip)));
      for (const [name, content] of files) {
        const target = path.join(testArchive.unzipped, topFolder, name);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    }),
  ]);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
