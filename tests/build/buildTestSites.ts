// Builds what the checks and browser tests run against, in parallel: the production site, the
// same with the fictional reviews from tests/fixtures, the fictional second partnership's site, and
// an offline archive of each of the last two, unzipped. Once the fictional partnerships' sites are
// built (the second's, and two more whose feeds the national index gathers), the national index
// is built from their feeds, served locally, and archived from the copies it kept.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { unzipFiles } from "../../src/_build/archive/zipFiles.ts";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { nationalInput, nationalPartnerships, serveNationalFixture } from "../support/nationalFixture.ts";
import { scriptEnvironment } from "../support/scriptEnvironment.ts";
import {
  fictionalPartnership,
  nationalArchive,
  partnershipArchive,
  testArchive,
  testSites,
} from "../support/testSites.ts";

/** Runs one of the project's scripts; with `log`, what it prints is kept in that file too. */
function run(name: string, script: string, args: string[], log?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, script), ...args], {
      cwd: projectRoot,
      stdio: ["ignore", log ? "pipe" : "inherit", "inherit"],
      env: scriptEnvironment(),
    });
    if (log && child.stdout) {
      const file = createWriteStream(log, { flags: "a" });
      child.stdout.pipe(file);
      child.stdout.pipe(process.stdout);
    }
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`The ${name} did not build (exit code ${code}).`)),
    );
  });
}

/** Makes an archive and unzips it as an archivist would, for the browser to open from disk. */
async function archive(name: string, target: typeof testArchive, args: string[], log?: string): Promise<void> {
  await run(name, "src/_build/cli/archive.ts", [...args, "--date", target.date, "--output", target.dist], log);
  const { files, topFolder } = unzipFiles(new Uint8Array(await readFile(target.zip)));
  for (const [file, content] of files) {
    const written = path.join(target.unzipped, topFolder, file);
    await mkdir(path.dirname(written), { recursive: true });
    await writeFile(written, content);
  }
}

/**
 * The national index, from the fictional partnerships' feeds: built while their feeds are
 * served, then archived offline, from the copies the build kept. What both print is kept in
 * the log, for the tests of what the console reports.
 */
async function nationalIndex(): Promise<void> {
  const server = await serveNationalFixture();
  try {
    await rm(nationalInput.log, { force: true });
    const flags = ["--sources", nationalInput.sources, "--cache", nationalInput.cache, "--allow-loopback"];
    await run(
      "national index",
      "src/_build/cli/buildNational.ts",
      [...flags, "--output", testSites.national],
      nationalInput.log,
    );
    await archive("national index's archive", nationalArchive, ["--national", ...flags, "--offline"]);
  } finally {
    await server.close();
  }
}

try {
  await Promise.all(
    [testArchive.dist, partnershipArchive.dist, nationalArchive.dist].map((dist) =>
      rm(dist, { recursive: true, force: true }),
    ),
  );
  const partnerships = Promise.all([
    run("fictional partnership's test site", "src/_build/cli/build.ts", [
      "--partnership",
      fictionalPartnership,
      "--output",
      testSites.partnership,
    ]),
    run("second fictional partnership's site", "src/_build/cli/build.ts", [
      "--partnership",
      nationalPartnerships.marlwick.folder,
      "--output",
      nationalPartnerships.marlwick.site,
    ]),
    run("third fictional partnership's site", "src/_build/cli/build.ts", [
      "--partnership",
      nationalPartnerships.stavesend.folder,
      "--output",
      nationalPartnerships.stavesend.site,
    ]),
  ]);
  await Promise.all([
    run("production test site", "src/_build/cli/build.ts", ["--output", testSites.production]),
    run("fixtures test site", "src/_build/cli/build.ts", ["--fixtures", "--output", testSites.fixtures]),
    partnerships.then(nationalIndex),
    archive("test archive", testArchive, ["--fixtures"]),
    archive("fictional partnership's archive", partnershipArchive, ["--partnership", fictionalPartnership]),
  ]);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
