// `npm run build`: the production site in _site/. See siteBuild.ts for the stages.
// Options: --fixtures adds the fictional reviews (demo only); --drafts publishes drafts;
// --output <dir> writes somewhere other than _site/; --partnership <dir> builds another
// partnership's content (docs/new-partnership.md).
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { displayPath, paths } from "../projectPaths.ts";
import { stopOnSignals } from "../lifecycle/stopSignals.ts";
import { buildSite } from "../siteBuild.ts";
import { reportStopOrFailure } from "./reportFailure.ts";

const { values } = parseArgs({
  options: {
    fixtures: { type: "boolean", default: false },
    // Another partnership's folder (its _data/, reviews/ and assets/documents/) instead of this project's content.
    partnership: { type: "string" },
    drafts: { type: "boolean", default: false },
    output: { type: "string" },
    // For the benchmark: write the stage timings as JSON to this file.
    report: { type: "string" },
  },
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
