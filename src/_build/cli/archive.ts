// `npm run archive`: an offline copy of the site, dist/<site>-archive-<date>.zip.
// `npm run archive -- --verify <zip>`: checks a copy against its manifest, naming any file missing or changed.
// `npm run archive -- --help` lists the options (docs/archive.md has more).
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
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
import { readCommandLine, UsageError } from "./commandLine.ts";
import { nationalFlags, readNationalFlags } from "./nationalFlags.ts";
import { reportStopOrFailure } from "./reportFailure.ts";

const { values } = readCommandLine({
  command: "npm run archive",
  does:
    "Writes an offline copy of the whole site, dist/<site>-archive-<date>.zip: every page, document and its own " +
    "search, with relative links, to open from disk. With --verify, checks a copy against its SHA256SUMS instead.",
  options: {
    verify: {
      type: "string",
      value: "<zip>",
      help: "Checks that copy against its manifest, naming any file missing or changed; writes nothing.",
    },
    date: { type: "string", value: "YYYY-MM-DD", help: "The day the archive is made (default today)." },
    output: { type: "string", value: "<dir>", help: "Writes the zip into that folder instead of dist/." },
    partnership: {
      type: "string",
      value: "<dir>",
      help: "Archives another partnership's folder (its _data/, reviews/, assets/documents/).",
    },
    national: {
      type: "boolean",
      default: false,
      help: "Archives the national index, gathered as build:national gathers it (needs --sources).",
    },
    ...nationalFlags,
    fixtures: {
      type: "boolean",
      default: false,
      help: "Adds the fictional reviews from tests/fixtures/ (tests and demos only: not for keeping).",
    },
    report: { type: "string", value: "<file>", help: "Writes the stages' timings there as JSON (for the benchmark)." },
  },
  examples: [
    "npm run archive",
    "npm run archive -- --verify dist/haringey-scp-reviews-archive-2026-11-25.zip",
    "npm run archive -- --national --sources national/sources.json",
  ],
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
