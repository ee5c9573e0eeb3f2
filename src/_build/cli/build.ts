// `npm run build`: the production site in _site/. See siteBuild.ts for the stages, and
// `npm run build -- --help` for the options.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { displayPath, paths } from "../projectPaths.ts";
import { stopOnSignals } from "../lifecycle/stopSignals.ts";
import { buildSite } from "../siteBuild.ts";
import { readCommandLine } from "./commandLine.ts";
import { reportStopOrFailure } from "./reportFailure.ts";

const { values } = readCommandLine({
  command: "npm run build",
  does:
    "Builds the production site into _site/, with its search index. " +
    "A problem in the content stops it, naming each one, and leaves the previous _site/ as it was.",
  options: {
    drafts: { type: "boolean", default: false, help: "Publishes the reviews marked draft too." },
    output: { type: "string", value: "<dir>", help: "Builds into that folder instead of _site/." },
    partnership: {
      type: "string",
      value: "<dir>",
      help: "Builds another partnership's folder (its _data/, reviews/, assets/documents/): docs/new-partnership.md.",
    },
    fixtures: {
      type: "boolean",
      default: false,
      help: "Adds the fictional reviews from tests/fixtures/ (tests and demos only: never publish it).",
    },
    report: { type: "string", value: "<file>", help: "Writes the stages' timings there as JSON (for the benchmark)." },
  },
  examples: ["npm run build", "npm run build -- --drafts --output .test-output/drafts"],
});
if (values.fixtures) process.env.SCR_FIXTURES = "1";
if (values.drafts) process.env.SCR_DRAFTS = "1";
if (values.partnership) process.env.SCR_PARTNERSHIP = path.resolve(values.partnership);
const outputDir = values.output ? path.resolve(values.output) : paths.output;

const stopping = stopOnSignals();
try {
  const result = await buildSite(outputDir, { signal: stopping.signal });
  const stages = result.timings
    .map((timing) => `${timing.stage} ${(timing.milliseconds / 1000).toFixed(1)} s`)
    .join(", ");
  if (values.report) await writeFile(values.report, JSON.stringify(result, null, 2));
  const fictional = values.fixtures ? " Includes fictional reviews: not for publishing." : "";
  console.log(
    `Built the site into ${displayPath(result.outputDir)}/, ` +
      `${result.pageCount} pages in its search index (${stages}).${fictional}`,
  );
} catch (error) {
  process.exitCode = reportStopOrFailure(
    error,
    stopping,
    `the build has cleaned up after itself, and the published site in ${displayPath(outputDir)}/ is unchanged.`,
  );
} finally {
  stopping.dispose();
}
