import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { ContentProblemsError, type Problem } from "../content/problems.ts";
import type { SearchFolder } from "../search/searchFolders.ts";
import { failureFromWorker, TYPESCRIPT_STARTER } from "../workers/startWorker.ts";

/** What the rendering process tells the build: folders of searchable pages as they are complete, then one outcome. */
export type FromRendering =
  | { type: "searchFolder"; folder: SearchFolder }
  | { type: "done" }
  | { type: "problems"; problems: Problem[] }
  | { type: "failed"; report: string };

/** Tells the build's process of a complete folder of searchable pages: see .eleventy.ts. */
export function tellBuildOfSearchFolder(folder: SearchFolder): void {
  const message: FromRendering = { type: "searchFolder", folder };
  process.send?.(message);
}

/** Eleventy, in a process of its own: see renderChild.ts. */
export interface Rendering {
  /**
   * Settles once the site is rendered and the process has ended; rejects with a
   * ContentProblemsError for bad content, or with Eleventy's failure.
   */
  finished: Promise<void>;
  /** Ends the process, if it is still running. */
  stop(): Promise<void>;
}

/**
 * Renders the site into `outputDir` in a child process, as a production build (see .eleventy.ts,
 * which reads the kind of run from the environment). With `search`, the pages' searchable parts
 * are written into its room (or its fallback room, if that fills up), and its `onFolder` hears of
 * each folder once it is complete.
 */
export function startRendering(
  outputDir: string,
  search?: { room: string; fallbackRoom: string | undefined; onFolder: (folder: SearchFolder) => void },
): Rendering {
  const module = new URL("./renderChild.ts", import.meta.url).href;
  const env = {
    ...process.env,
    SCR_RENDERING: "1",
    SCR_SEARCH_ROOM: search?.room ?? "",
    SCR_SEARCH_FALLBACK_ROOM: search?.fallbackRoom ?? "",
  };
  // "advanced" serialization copies strings as they are, without JSON's escaping.
  const child = fork(fileURLToPath(TYPESCRIPT_STARTER), [module, outputDir], {
    serialization: "advanced",
    execArgv: [],
    stdio: "inherit",
    env,
  });
  // Ended, and every message read: the channel closes only after its last message.
  const exited = Promise.all([once(child, "exit").then(() => child.exitCode), once(child, "disconnect")]).then(
    ([code]) => code,
  );
  let outcome: Exclude<FromRendering, { type: "searchFolder" }> | undefined;
  child.on("message", (message: FromRendering) => {
    if (message.type === "searchFolder") search?.onFolder(message.folder);
    else outcome = message;
  });
  const finished = (async () => {
    const code = await exited;
    if (outcome?.type === "done") return;
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
