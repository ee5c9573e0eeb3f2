// `npm run archive`: an offline copy of the site, dist/<site>-archive-<date>.zip.
// `npm run archive -- --verify <zip>`: checks a copy against its manifest, naming any file missing or changed.
// `npm run archive -- --help` lists the options (docs/archive.md has more).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import {
  ArchiveExistsError,
  archiveDateProblem,
  isFictionalArchiveName,
  makeOfflineArchive,
} from "../archive/offlineArchive.ts";
import { verifyFiles } from "../archive/manifest.ts";
import { readArchiveCopy, UnreadableCopyError } from "../archive/readCopy.ts";
import { stopOnSignals } from "../lifecycle/stopSignals.ts";
import { sweepLeftovers } from "../lifecycle/ownedFolders.ts";
import { GATHERED_PLACE } from "../national/nationalContent.ts";
import { prepareNational, StrictProblemsError } from "../national/prepareNational.ts";
import { displayPath } from "../projectPaths.ts";
import { readBuildOptions } from "../buildOptions.ts";
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
      value: "<zip or folder>",
      help: "Checks that copy (its zip, or the folder it was unzipped into) against its SHA256SUMS, naming any file missing or changed; writes nothing.",
    },
    date: {
      type: "string",
      value: "YYYY-MM-DD",
      help: "The day the archive is made (default today): not after today, nor before 1980.",
    },
    output: { type: "string", value: "<dir>", help: "Writes the zip into that folder instead of dist/." },
    replace: {
      type: "boolean",
      default: false,
      help: "Writes over a zip of the same name; without it, one there already is kept and nothing is written.",
    },
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
    "npm run archive -- --verify dist/example-scp-reviews-archive-2026-11-25.zip",
    "npm run archive -- --national --sources national/sources.json",
  ],
});

async function verify(target: string): Promise<number> {
  const { topFolder, files, outside } = await readArchiveCopy(target);
  const result = verifyFiles(files);
  const lines = [
    ...result.missing.map((name) => `  missing: ${name}`),
    ...result.changed.map((name) => `  changed: ${name}`),
    ...result.unexpected.map((name) => `  not in the manifest: ${name}`),
    ...outside.map((name) => `  outside the top folder: ${name}`),
    ...result.malformed.map((line) => `  unreadable manifest line: ${line}`),
  ];
  if (result.ok && !outside.length) {
    const fictional = isFictionalArchiveName(topFolder) ? " It holds fictional reviews: not for keeping." : "";
    console.log(`${target}: all ${result.checked} files in ${topFolder}/ match the manifest.${fictional}`);
    return 0;
  }
  console.error(`${target}: this copy does not match its manifest.\n${lines.join("\n")}`);
  return 1;
}

const stopping = stopOnSignals();
let removeGathered: (() => Promise<void>) | undefined;
try {
  if (values.verify) {
    process.exitCode = await verify(values.verify);
  } else {
    const { today } = readBuildOptions();
    const date = values.date ?? today;
    const dateProblem = archiveDateProblem(date, today);
    if (dateProblem) throw new UsageError(dateProblem);
    if (values.fixtures) process.env.SCR_FIXTURES = "1";
    if (values.partnership) process.env.SCR_PARTNERSHIP = path.resolve(values.partnership);
    if (values.national) {
      await sweepLeftovers([GATHERED_PLACE]);
      const prepared = await prepareNational(readNationalFlags(values), {
        today,
        signal: stopping.signal,
      });
      removeGathered = prepared.remove;
      process.env.SCR_NATIONAL_DATA = prepared.input.dataDir;
      process.env.SCR_NATIONAL_CONTENT = prepared.input.contentFile;
    }
    const result = await makeOfflineArchive(date, {
      ...(values.output ? { distDir: path.resolve(values.output) } : {}),
      replace: values.replace,
      signal: stopping.signal,
    });
    if (values.report) await writeFile(values.report, JSON.stringify(result, null, 2));
    const replaced = result.replaced ? " It replaced the zip of the same name that was there." : "";
    const fictional = result.fictional ? " Includes fictional reviews: not for keeping." : "";
    console.log(
      `Wrote ${displayPath(result.zipPath)}: ${result.fileCount} files in ${result.topFolder}/. ` +
        `Unzip it and open index.html.${replaced}${fictional}`,
    );
  }
} catch (error) {
  if (error instanceof UnreadableCopyError) {
    console.error(error.message);
    process.exitCode = 1;
  } else if (
    error instanceof StrictProblemsError ||
    error instanceof UsageError ||
    error instanceof ArchiveExistsError
  ) {
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
