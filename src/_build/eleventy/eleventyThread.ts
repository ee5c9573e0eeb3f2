import type { MessagePort } from "node:worker_threads";
import type { Content } from "../content/loadContent.ts";
import type { SiteData } from "../content/siteData.ts";
import type { SearchablePage } from "../search/pageBatches.ts";
import { failureFromWorker, startTypeScriptWorker } from "../workers/startWorker.ts";

/**
 * What the Eleventy thread receives on its content port: the data files first, then all the
 * content, then the reviews' text as HTML, in the order of the content's reviews.
 */
export type ToEleventyThread = { type: "siteData"; siteData: SiteData } | { type: "content"; content: Content } | { type: "reviewText"; html: string[] };

/** What the Eleventy thread tells the main thread. */
export type FromEleventyThread = { type: "pages"; pages: SearchablePage[] } | { type: "done" } | { type: "failed"; report: string };

export interface EleventyThreadData {
  outputDir: string;
  /** Where the checked content arrives (see ToEleventyThread). */
  contentPort: MessagePort;
  /** Whether to send each page's searchable part back, for the search index. */
  sendPages: boolean;
}

/** Eleventy running on a thread of its own: see eleventyWorker.ts. */
export interface EleventyThread {
  /** Settles when Eleventy has written every page, or has failed (with its report as the error). */
  finished: Promise<void>;
  /** Ends the thread, and with it all the memory Eleventy held. */
  stop(): Promise<void>;
}

/**
 * Starts Eleventy, writing to `outputDir`, on a worker thread. It reads its templates at once and
 * waits for the checked content, from `contentPort`, only where it needs it. `onPages` receives
 * the pages' searchable parts, a few dozen at a time, as they are rendered.
 */
export function startEleventyThread(outputDir: string, contentPort: MessagePort, onPages?: (pages: SearchablePage[]) => void): EleventyThread {
  const data: EleventyThreadData = { outputDir, contentPort, sendPages: Boolean(onPages) };
  const worker = startTypeScriptWorker(new URL("./eleventyWorker.ts", import.meta.url), { ...data }, [contentPort], ["@11ty/eleventy"]);
  const finished = new Promise<void>((resolve, reject) => {
    worker.on("message", (message: FromEleventyThread) => {
      if (message.type === "pages") {
        // A page that cannot be taken fails the rendering, rather than this thread.
        try {
          onPages?.(message.pages);
        } catch (error) {
          reject(error);
        }
      } else if (message.type === "done") resolve();
      else reject(failureFromWorker("Eleventy failed.", message.report));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`Eleventy's thread stopped (exit code ${code}) before it had written the site.`)));
  });
  // A failure is reported by whoever awaits `finished`; the thread may also be stopped before then.
  finished.catch(() => undefined);
  return {
    finished,
    stop: async () => {
      await worker.terminate();
    },
  };
}
