// `npm run archive`: an offline copy of the site, dist/<site>-archive-<date>.zip.
// `npm run archive -- --verify <zip>`: checks a copy against its manifest, naming any file missing or changed.
// Options: --date YYYY-MM-DD (default today), --output <dir> (default dist/), --fixtures (add the
// fictional reviews: tests and demos only), --partnership <dir> (another partnership's content),
// --national with --sources <file> (the national index, gathered as build:national gathers it, with
// its --cache, --offline, --allow-loopback and --strict: docs/national-index.md).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { makeOfflineArchive } from "../archive/offlineArchive.ts";
import { verifyFiles } from "../archive/manifest.ts";
import { unzipFiles } from "../archive/zipFiles.ts";
import { stopOnSignals } from "../lifecycle/stopSignals.ts";
import { sweepLeftovers } from "../lifecycle/ownedFolders.ts";
import { GATHERED_PLACE } from "../national/nationalContent.ts";
import { prepareNational, StrictProblemsError } from "../national/prepareNational.ts";
import { displayPath } from "../projectPaths.ts";
import { readBuildOptions } from "../buildOptions.ts";
import { isRealIsoDate, todayInLondon } from "../text/dates.ts";
import { nationalFlags, readNationalFlags, UsageError } from "./nationalFlags.ts";
import { reportStopOrFailure } from "./reportFailure.ts";

const { values } = parseArgs({
  options: {
    verify: { type: "string" },
    date: { type: "string" },
    fixtures: { type: "boolean", default: false },
    // Another partnership's folder (its _data/, reviews/ and assets/documents/) instead of this project's content.
    partnership: { type: "string" },
    national: { type: "boolean", default: false },
    ...nationalFlags,
    output: { type: "string" },
    // For the benchmark: write the stage timings as JSON to this file.
    report: { type: "string" },
  },
});

async function verify(zipPath: string): Promise<number> {
  const { topFolder, files, outside } = unzipFiles(new Uint8Array(await readFile(zipPath)));
  const result = verifyFiles(files);
  const lines = [
    ...result.missing.map((name) => `  missing: ${name}`),
    ...result.changed.map((name) => `  changed: ${name}`),
    ...result.unexpected.map((name) => `  not in the manifest: ${name}`),
    ...outside.map((name) => `  outside the top folder: ${name}`),
    ...result.malformed.map((line) => `  unreadable manifest line: ${line}`),
  ];
  if (result.ok && !outside.length) {
    console.log(`${zipPath}: all ${result.checked} files in ${topFolder}/ match the manifest.`);
    return 0;
  }
  console.error(`${zipPath}: this copy does not match its manifest.\n${lines.join("\n")}`);
  return 1;
}

const stopping = stopOnSignals();
let removeGathered: (() => Promise<void>) | undefined;
try {
  if (values.verify) {
    process.exitCode = await verify(values.verify);
  } else {
    const date = values.date ?? todayInLondon();
    if (!isRealIsoDate(date))
      throw new Error(`--date must be a date written as YYYY-MM-DD, like 2026-11-25 (you gave "${date}").`);
    if (values.fixtures) process.env.SCR_FIXTURES = "1";
    if (values.partnership) process.env.SCR_PARTNERSHIP = path.resolve(values.partnership);
    if (values.national) {
      await sweepLeftovers([GATHERED_PLACE]);
      const prepared = await prepareNational(readNationalFlags(values), {
        today: readBuildOptions().today,
        signal: stopping.signal,
      });
      removeGathered = prepared.remove;
      process.env.SCR_NATIONAL_DATA = prepared.input.dataDir;
      process.env.SCR_NATIONAL_CONTENT = prepared.input.contentFile;
    }
    const result = await makeOfflineArchive(
      date,
      values.output ? path.resolve(values.output) : undefined,
      stopping.signal,
    );
    if (values.report) await writeFile(values.report, JSON.stringify(result, null, 2));
    const fictional = values.fixtures ? " Includes fictional reviews: not for keeping." : "";
    console.log(
      `Wrote ${displayPath(result.zipPath)}: ${result.fileCount} files in ${result.topFolder}/. ` +
        `Unzip it and open index.html.${fictional}`,
    );
  }
} catch (error) {
  if (error instanceof StrictProblemsError || error instanceof UsageError) {
    console.error(`\n${error.message} No zip was written.\n`);
    process.exitCode = 1;
  } else {
    process.exitCode = reportStopOrFailure(
      error,
      stopping,
      "the archive has cleaned up after itself, and no zip was written.",
    );
  }
} finally {
  await removeGathered?.();
  stopping.dispose();
}
