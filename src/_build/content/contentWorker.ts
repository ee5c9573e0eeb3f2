// The production build's content checks, on a worker thread started by contentChecks.ts. The
// checked content goes straight to Eleventy's thread through `contentPort`, and after it the
// reviews' text as HTML (see textMadeAhead.ts); this thread tells the main thread only whether the
// content is sound. When it ends, what it read goes with it.
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import type { ToEleventyThread } from "../eleventy/eleventyThread.ts";
import { createMarkdown } from "../markdown/createMarkdown.ts";
import { describeFailure } from "../workers/startWorker.ts";
import type { FromContentChecks } from "./contentChecks.ts";
import { loadContent, type ContentOptions } from "./loadContent.ts";
import { ContentProblemsError } from "./problems.ts";

if (!parentPort) throw new Error("contentWorker.ts runs only as a worker thread: see contentChecks.ts.");
const main = parentPort;
const { options, contentPort } = workerData as { options: ContentOptions; contentPort: MessagePort };
const toEleventy = (message: ToEleventyThread) => contentPort.postMessage(message);
const toMain = (message: FromContentChecks) => main.postMessage(message);

try {
  const content = await loadContent(options, (siteData) => toEleventy({ type: "siteData", siteData }));
  toEleventy({ type: "content", content });
  toMain({ type: "sound", reviewCount: content.reviews.length });
  // The reviews' text as HTML, made while Eleventy prepares its pages, so its thread need not.
  const markdown = createMarkdown();
  toEleventy({ type: "reviewText", html: content.reviews.map((review) => markdown.render(review.body)) });
} catch (error) {
  if (error instanceof ContentProblemsError) toMain({ type: "problems", problems: [...error.problems] });
  else toMain({ type: "failed", report: describeFailure(error) });
} finally {
  contentPort.close();
}
