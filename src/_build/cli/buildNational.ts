// `npm run build:national -- --sources <file>`: the national index, gathered from every
// partnership's feed, in _site-national/ (docs/national-index.md; `-- --help` for the options).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuildOptions } from "../buildOptions.ts";
import { stopOnSignals } from "../lifecycle/stopSignals.ts";
import { sweepLeftovers } from "../lifecycle/ownedFolders.ts";
import { formatBuiltSummary } from "../national/gatherReport.ts";
import { GATHERED_PLACE } from "../national/nationalContent.ts";
import { prepareNational, StrictProblemsError } from "../national/prepareNational.ts";
import { displayPath, paths } from "../projectPaths.ts";
import { buildSite } from "../siteBuild.ts";
import type { StageTiming } from "../timings.ts";
import { readCommandLine, UsageError } from "./commandLine.ts";
import { nationalFlags, readNationalFlags } from "./nationalFlags.ts";
import { reportStopOrFailure } from "./reportFailure.ts";

const { values } = readCommandLine({
  command: "npm run build:national",
  does:
    "Builds the national index into _site-national/, from every partnership's feed listed in the sources file " +
    "(docs/national-index.md). A problem leaves the previous index as it was.",
  options: {
    ...nationalFlags,
    output: { type: "string", value: "<dir>", help: "Builds into that folder instead of _site-national/." },
    report: { type: "string", value: "<file>", help: "Writes the stages' timings there as JSON (for the benchmark)." },
  },
  examples: [
    "npm run build:national -- --sources national/sources.json",
    "npm run build:national -- --sources national/sources.json --offline",
  ],
});
const outputDir = path.resolve(values.output ?? path.join(paths.root, "_site-national"));

const stopping = stopOnSignals();
let remove: (() => Promise<void>) | undefined;
try {
  const national = readNationalFlags(values);
  await sweepLeftovers([GATHERED_PLACE]);
  const timings: StageTiming[] = [];
  const prepared = await prepareNational(national, {
    today: readBuildOptions().today,
    signal: stopping.signal,
    timings,
  });
  remove = prepared.remove;
  process.env.SCR_NATIONAL_DATA = prepared.input.dataDir;
  process.env.SCR_NATIONAL_CONTENT = prepared.input.contentFile;
  const result = await buildSite(outputDir, { signal: stopping.signal });
  const all = [...timings, ...result.timings];
  if (values.report) await writeFile(values.report, JSON.stringify({ ...result, timings: all }, null, 2));
  const stages = all.map((timing) => `${timing.stage} ${(timing.milliseconds / 1000).toFixed(1)} s`).join(", ");
  console.log(
    formatBuiltSummary(displayPath(result.outputDir), prepared.gathered.reviews.length, result.pageCount, stages),
  );
} catch (error) {
  if (error instanceof StrictProblemsError || error instanceof UsageError) {
    console.error(`\n${error.message} The national index in ${displayPath(outputDir)}/ is unchanged.\n`);
    process.exitCode = 1;
  } else {
    process.exitCode = reportStopOrFailure(
      error,
      stopping,
      `the build has cleaned up after itself, and the national index in ${displayPath(outputDir)}/ is unchanged.`,
    );
  }
} finally {
  await remove?.();
  stopping.dispose();
}
