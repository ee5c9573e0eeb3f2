import type { MessagePort } from "node:worker_threads";
import { failureFromWorker, startTypeScriptWorker } from "../workers/startWorker.ts";
import type { ContentOptions } from "./loadContent.ts";
import { ContentProblemsError, type Problem } from "./problems.ts";

/** The packages the content checks use, loaded first: Eleventy waits for the checked content, so every part of a second counts. */
const CONTENT_PACKAGES = ["zod", "yaml", "js-yaml", "gray-matter", "markdown-it", "markdown-it-anchor", "htmlparser2", "entities", "jsonc-parser"];

/** What the content checks' thread tells the main thread. */
export type FromContentChecks = { type: "sound"; reviewCount: number } | { type: "problems"; problems: Problem[] } | { type: "failed"; report: string };

/**
 * Checks all content on a worker thread (see contentWorker.ts), sending the checked content to
 * `contentPort` (Eleventy's thread). Resolves when the content is sound; rejects with a
 * ContentProblemsError naming every problem otherwise.
 */
export function checkContentOnThread(options: ContentOptions, contentPort: MessagePort): Promise<void> {
  const worker = startTypeScriptWorker(new URL("./contentWorker.ts", import.meta.url), { options, contentPort }, [contentPort], CONTENT_PACKAGES);
  return new Promise<void>((resolve, reject) => {
    worker.once("message", (message: FromContentChecks) => {
      if (message.type === "sound") resolve();
      else if (message.type === "problems") reject(new ContentProblemsError(message.problems));
      else reject(failureFromWorker("The content could not be checked.", message.report));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The content checks stopped (exit code ${code}) before they had finished.`)));
  });
}
