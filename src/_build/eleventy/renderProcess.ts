import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { BuildOptions } from "../buildOptions.ts";
import type { SearchFolder } from "../search/searchFolders.ts";
import { ContentProblemsError, type Problem } from "../content/problems.ts";
import type { StageTiming } from "../timings.ts";
import { failureFromWorker, TYPESCRIPT_STARTER } from "../workers/startWorker.ts";

/** What the rendering process is started with. */
export interface RenderingData {
  outputDir: string;
  options: BuildOptions;
  /** Where to write the pages' searchable parts, for the search index (see searchFolders.ts); none, no search index. */
  searchRoom?: string;
}

/** What the rendering process tells the build: folders of searchable pages as they are complete, then one outcome. */
export type FromRendering =
  | { type: "searchFolder"; folder: SearchFolder }
  | { type: "done"; timings: StageTiming[] }
  | { type: "problems"; problems: Problem[] }
  | { type: "failed"; report: string };

/** The content checks and Eleventy, in a process of their own: see renderChild.ts. */
export interface Rendering {
  /**
   * Settles once the site is rendered and the process has ended, with the checks' and Eleventy's
   * timings; rejects with a ContentProblemsError for bad content, or with Eleventy's failure.
   */
  finished: Promise<StageTiming[]>;
  /** Ends the process, if it is still running. */
  stop(): Promise<void>;
}

/**
 * Checks the content and renders the site into `outputDir` in a child process. `onSearchFolder`
 * hears of each folder of searchable pages (in `data.searchRoom`) once it is complete.
 */
export function startRendering(data: RenderingData, onSearchFolder?: (folder: SearchFolder) => void): Rendering {
  const module = new URL("./renderChild.ts", import.meta.url).href;
  // "advanced" serialization copies strings as they are, without JSON's escaping.
  const child = fork(fileURLToPath(TYPESCRIPT_STARTER), [module, JSON.stringify(data)], { serialization: "advanced", execArgv: [], stdio: "inherit" });
  // Ended, and every message read: the channel closes only after its last message.
  const exited = Promise.all([once(child, "exit").then(() => child.exitCode), once(child, "disconnect")]).then(([code]) => code);
  let outcome: Exclude<FromRendering, { type: "searchFolder" }> | undefined;
  child.on("message", (message: FromRendering) => {
    if (message.type === "searchFolder") onSearchFolder?.(message.folder);
    else outcome = message;
  });
  const finished = (async () => {
    const code = await exited;
    if (outcome?.type === "done") return outcome.timings;
    if (outcome?.type === "problems") throw new ContentProblemsError(outcome.problems);
    if (outcome?.type === "failed") throw failureFromWorker("The site could not be rendered.", outcome.report);
    throw new Error(`The rendering process stopped (exit code ${code}) before it had written the site.`);
  })();
  // A failure is reported by whoever awaits `finished`; the process may also be stopped before then.
  finished.catch(() => undefined);
  return {
    finished,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
    },
  };
}
