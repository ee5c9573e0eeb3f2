import type { ContentSupply } from "./contentSupply.ts";
import { failureFromWorker, startTypeScriptWorker } from "../workers/startWorker.ts";
import type { Content, ContentOptions } from "./loadContent.ts";
import { ContentProblemsError, type Problem } from "./problems.ts";
import type { SiteData } from "./siteData.ts";

/**
 * The packages the content checks use, loaded first: Eleventy waits for the checked content, so
 * every part of a second counts.
 */
const CONTENT_PACKAGES = [
  "zod",
  "yaml",
  "js-yaml",
  "gray-matter",
  "markdown-it",
  "markdown-it-anchor",
  "htmlparser2",
  "entities",
  "jsonc-parser",
];

/** What the content checks' thread sends: the data files, then all the content, or why it cannot. */
export type FromContentChecks =
  | { type: "siteData"; siteData: SiteData }
  | { type: "content"; content: Content }
  | { type: "problems"; problems: Problem[] }
  | { type: "failed"; report: string };

/** A promise with its resolve and reject to hand (Promise.withResolvers, which Node 20 lacks). */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((resolveWith, rejectWith) => {
    resolve = resolveWith;
    reject = rejectWith;
  });
  return { promise, resolve, reject };
}

/**
 * Checks all content on a worker thread (see contentWorker.ts), so that Eleventy, on this thread,
 * reads its templates meanwhile. The data files arrive first, then the reviews. Both promises
 * reject with a ContentProblemsError naming every problem when the content is not sound.
 */
export function checkContentOnThread(options: ContentOptions): ContentSupply {
  const worker = startTypeScriptWorker(
    new URL("./contentWorker.ts", import.meta.url),
    { options },
    [],
    CONTENT_PACKAGES,
  );
  const siteData = deferred<SiteData>();
  const content = deferred<Content>();
  const fail = (error: unknown) => {
    siteData.reject(error);
    content.reject(error);
  };
  worker.on("message", (message: FromContentChecks) => {
    if (message.type === "siteData") siteData.resolve(message.siteData);
    else if (message.type === "content") content.resolve(message.content);
    else if (message.type === "problems") fail(new ContentProblemsError(message.problems));
    else fail(failureFromWorker("The content could not be checked.", message.report));
  });
  worker.once("error", fail);
  // Settled promises ignore this: it only fails the supply if the thread ends without sending it.
  worker.once("exit", (code) =>
    fail(new Error(`The content checks stopped (exit code ${code}) before they had finished.`)),
  );
  // Whoever reads the supply hears of a failure; until then it must not count as unhandled.
  siteData.promise.catch(() => undefined);
  content.promise.catch(() => undefined);
  return { siteData: siteData.promise, content: content.promise };
}
