// The production build's rendering, in a process started by renderProcess.ts: Eleventy writes the
// site into the staging folder given as the first argument. `.eleventy.ts` sees from the
// environment that it is this kind of run: each page's searchable part goes into folders for the
// build's process to hand to Pagefind.
// A process of its own because, when it ends, all the memory Eleventy held goes back to the
// system before Pagefind writes its index, the step that needs most memory.
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { findContentProblems } from "../content/problems.ts";
import { paths } from "../projectPaths.ts";
import { describeFailure } from "../workers/startWorker.ts";
import type { FromRendering } from "./renderProcess.ts";

if (!process.send) throw new Error("renderChild.ts runs only as a child process: see renderProcess.ts.");
const outputDir = process.argv[3] ?? "";
const send = (message: FromRendering) =>
  new Promise<void>((resolve) => process.send?.(message, undefined, undefined, () => resolve()));

try {
  const eleventy = new Eleventy(paths.input, outputDir, {
    configPath: path.join(paths.root, ".eleventy.ts"),
    quietMode: true,
  });
  // The build's process reports every failure, content problems as a plain list: Eleventy's own
  // report of it, with its stack traces, would say the same thing again, less plainly. Its summary
  // ("Wrote 6768 files in ...") is printed once the site is built: after a failure it would say
  // "Wrote 0 files" above that list, which tells an editor nothing.
  const summary: unknown[][] = [];
  eleventy.logger.overrideLogger({
    ...console,
    log: (...line: unknown[]) => summary.push(line),
    error: () => undefined,
  });
  await eleventy.write();
  for (const line of summary) console.log(...line);
  await send({ type: "done" });
} catch (error) {
  // Bad content makes Eleventy fail where it first reads it: the checks say why, plainly.
  const problems = findContentProblems(error);
  await send(
    problems
      ? { type: "problems", problems: [...problems.problems] }
      : { type: "failed", report: describeFailure(error) },
  );
} finally {
  // Every message has gone (messages go in order, and the last one was awaited): the process can end.
  process.disconnect();
}
