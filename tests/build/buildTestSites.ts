// Builds what the checks and browser tests run against, in parallel: the production site, the
// same with the fictional reviews from tests/fixtures, the fictional second partnership's site, and
// an offline archive of each of the last two, unzipped.
import { spawn } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { unzipFiles } from "../../src/_build/archive/zipFiles.ts";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { fictionalPartnership, partnershipArchive, testArchive, testSites } from "../support/testSites.ts";

function run(name: string, script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, script), ...args], {
      cwd: projectRoot,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, SCR_FIXTURES: "", SCR_DRAFTS: "", SCR_PARTNERSHIP: "", CONTEXT: "" },
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`The ${name} did not build (exit code ${code}).`)),
    );
  });
}

/** Makes an archive and unzips it as an archivist would, for the browser to open from disk. */
async function archive(name: string, target: typeof testArchive, args: string[]): Promise<void> {
  await run(name, "src/_build/cli/archive.ts", [...args, "--date", target.date, "--output", target.dist]);
  const { files, topFolder } = unzipFiles(new Uint8Array(await readFile(target.zip)));
  for (const [file, content] of files) {
    const written = path.join(target.unzipped, topFolder, file);
    await mkdir(path.dirname(written), { recursive: true });
    await writeFile(written, content);
  }
}

try {
  await Promise.all(
    [testArchive.dist, partnershipArchive.dist].map((dist) => rm(dist, { recursive: true, force: true })),
  );
  await Promise.all([
    run("production test site", "src/_build/cli/build.ts", ["--output", testSites.production]),
    run("fixtures test site", "src/_build/cli/build.ts", ["--fixtures", "--output", testSites.fixtures]),
    run("fictional partnership's test site", "src/_build/cli/build.ts", [
      "--partnership",
      fictionalPartnership,
      "--output",
      testSites.partnership,
    ]),
    archive("test archive", testArchive, ["--fixtures"]),
    archive("fictional partnership's archive", partnershipArchive, ["--partnership", fictionalPartnership]),
  ]);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
