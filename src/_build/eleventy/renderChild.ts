// The production build's rendering, in a process started by renderProcess.ts: the content is
// checked on one thread and handed straight to Eleventy on another, while this thread writes each
// rendered page's searchable part into folders and tells the parent of each complete folder, for
// Pagefind. A process of its own because, when it ends, all the memory Eleventy held goes back to
// the system, before Pagefind (fed by the parent) writes its index; a finished thread's memory
// partly stays with the process.
import { MessageChannel } from "node:worker_threads";
import { checkContentOnThread } from "../content/contentChecks.ts";
import { ContentProblemsError } from "../content/problems.ts";
import { timed, type StageTiming } from "../timings.ts";
import { searchFolders } from "../search/searchFolders.ts";
import { describeFailure } from "../workers/startWorker.ts";
import { startEleventyThread } from "./eleventyThread.ts";
import type { FromRendering, RenderingData } from "./renderProcess.ts";

if (!process.send) throw new Error("renderChild.ts runs only as a child process: see renderProcess.ts.");
const { outputDir, options, searchRoom } = JSON.parse(process.argv[3] ?? "{}") as RenderingData;
const send = (message: FromRendering) => new Promise<void>((resolve) => process.send?.(message, undefined, undefined, () => resolve()));

const timings: StageTiming[] = [];
const { port1: toEleventy, port2: fromChecks } = new MessageChannel();
const search = searchRoom ? searchFolders(searchRoom, (folder) => void send({ type: "searchFolder", folder })) : undefined;
const eleventy = startEleventyThread(outputDir, toEleventy, search && ((pages) => pages.forEach(search.add)));
const checks = timed(timings, "validation", () => checkContentOnThread(options, fromChecks));
try {
  await timed(timings, "eleventy", async () => {
    await checks;
    await eleventy.finished;
    // Every page has arrived (the thread's messages come in order, "done" last): the last folder is complete.
    search?.flush();
  });
  await send({ type: "done", timings });
} catch (error) {
  // Bad content can make Eleventy fail before the checks finish: the checks say why, plainly.
  const failure = (await checks.then(() => undefined, (problems: unknown) => problems)) ?? error;
  await send(failure instanceof ContentProblemsError ? { type: "problems", problems: [...failure.problems] } : { type: "failed", report: describeFailure(failure) });
} finally {
  await eleventy.stop();
  // Every message has gone (messages go in order, and the last one was awaited): the process can end.
  process.disconnect();
}
