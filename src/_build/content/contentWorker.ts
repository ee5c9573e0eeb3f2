// The production build's content checks, on a worker thread started by contentChecks.ts: the data
// files are sent as soon as they are checked, then all the content, so Eleventy can start on its
// templates meanwhile. When the thread ends, what it read goes with it.
import { parentPort, workerData } from "node:worker_threads";
import { describeFailure } from "../workers/startWorker.ts";
import type { FromContentChecks } from "./contentChecks.ts";
import { loadContent, type ContentOptions } from "./loadContent.ts";
import { ContentProblemsError } from "./problems.ts";

if (!parentPort) throw new Error("contentWorker.ts runs only as a worker thread: see contentChecks.ts.");
const main = parentPort;
const { options } = workerData as { options: ContentOptions };
const send = (message: FromContentChecks) => main.postMessage(message);

try {
  const content = await loadContent(options, (siteData) => send({ type: "siteData", siteData }));
  send({ type: "content", content });
} catch (error) {
  if (error instanceof ContentProblemsError) send({ type: "problems", problems: [...error.problems] });
  else send({ type: "failed", report: describeFailure(error) });
}
