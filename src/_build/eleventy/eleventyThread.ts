import { Worker } from "node:worker_threads";
import type { Content } from "../content/loadContent.ts";
import type { SiteData } from "../content/siteData.ts";

/** What the build's main thread tells the Eleventy thread. */
export type ToEleventyThread = { type: "siteData"; siteData: SiteData } | { type: "content"; content: Content };

/** What the Eleventy thread tells the main thread. */
export type FromEleventyThread = { type: "page"; url: string; searchableHtml: string } | { type: "done" } | { type: "failed"; report: string };

export interface EleventyThreadData {
  /** The worker module's address, for the TypeScript starter (typescriptWorker.mjs). */
  module: string;
  outputDir: string;
  /** Whether to send each page's searchable part back, for the search index. */
  sendPages: boolean;
}

/** Eleventy running on a thread of its own: see eleventyWorker.ts. */
export interface EleventyThread {
  supplySiteData(siteData: SiteData): void;
  supplyContent(content: Content): void;
  /** Settles when Eleventy has written every page, or has failed (with its report as the error). */
  finished: Promise<void>;
  /** Ends the thread, and with it all the memory Eleventy held. */
  stop(): Promise<void>;
}

/**
 * Starts Eleventy, writing to `outputDir`, on a worker thread. It reads its templates at once and
 * waits for the checked content as it needs it. `onPage` receives each page's searchable part.
 */
export function startEleventyThread(outputDir: string, onPage?: (url: string, searchableHtml: string) => void): EleventyThread {
  const workerData: EleventyThreadData = { module: new URL("./eleventyWorker.ts", import.meta.url).href, outputDir, sendPages: Boolean(onPage) };
  const worker = new Worker(new URL("../typescriptWorker.mjs", import.meta.url), { workerData });
  const finished = new Promise<void>((resolve, reject) => {
    worker.on("message", (message: FromEleventyThread) => {
      if (message.type === "page") onPage?.(message.url, message.searchableHtml);
      else if (message.type === "done") resolve();
      else reject(Object.assign(new Error("Eleventy failed."), { stack: message.report }));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`Eleventy's thread stopped (exit code ${code}) before it had written the site.`)));
  });
  // A failure is reported by whoever awaits `finished`; the thread may also be stopped before then.
  finished.catch(() => undefined);
  const send = (message: ToEleventyThread) => worker.postMessage(message);
  return {
    supplySiteData: (siteData) => send({ type: "siteData", siteData }),
    supplyContent: (content) => send({ type: "content", content }),
    finished,
    stop: async () => {
      await worker.terminate();
    },
  };
}
