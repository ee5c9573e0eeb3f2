import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { startRendering, type Rendering } from "./eleventy/renderProcess.ts";
import { ownedName, sweepLeftovers, type OwnedPlace } from "./lifecycle/ownedFolders.ts";
import { BuildStoppedError } from "./lifecycle/stopSignals.ts";
import { displayPath, paths } from "./projectPaths.ts";
import { searchRoomPlaces, startStreamingIndex } from "./search/streamingIndex.ts";
import { timed, type StageTiming } from "./timings.ts";

export type { StageTiming };

export interface SiteBuildResult {
  outputDir: string;
  pageCount: number;
  timings: StageTiming[];
}

/** The folders a build makes beside its output: see ownedFolders.ts. */
function outputFolders(outputDir: string): { staging: string; retired: string; places: OwnedPlace[] } {
  const dir = path.dirname(outputDir);
  const name = path.basename(outputDir);
  return {
    staging: path.join(dir, ownedName(`${name}.staging`)),
    retired: path.join(dir, ownedName(`${name}.old`)),
    places: [
      { dir, prefix: `${name}.staging` },
      { dir, prefix: `${name}.old` },
    ],
  };
}

/**
 * Removes what earlier builds, killed outright (SIGKILL, a power cut), left behind: staging
 * folders and folders of search pages whose process no longer exists. Says what it removed.
 */
export async function removeLeftovers(
  outputDir: string = paths.output,
  extra: readonly OwnedPlace[] = [],
): Promise<void> {
  const removed = await sweepLeftovers([...outputFolders(outputDir).places, ...searchRoomPlaces(), ...extra]);
  if (removed.length) {
    const folders = removed.map((folder) => displayPath(folder)).join(", ");
    console.log(`Removed what an earlier build left behind when it was stopped: ${folders}.`);
  }
}

/** Swaps a finished build into place: the old output stays until the new one is whole. */
async function publish(stagingDir: string, outputDir: string, retired: string): Promise<void> {
  await rm(retired, { recursive: true, force: true });
  try {
    await rename(outputDir, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await rename(stagingDir, outputDir);
  await rm(retired, { recursive: true, force: true });
}

/**
 * The production build. A child process renders the site with Eleventy into a staging folder
 * (see renderChild.ts), checking the content before it writes anything, and writing each
 * page's searchable part into folders that this process hands to Pagefind as they fill up. Once
 * that process has ended, taking Eleventy's memory with it, Pagefind writes its index (the step
 * that needs most memory) and the staging folder is swapped into place. If any stage fails, or
 * `signal` stops the build, the rendering process and Pagefind are stopped, the staging folder
 * and the folders of search pages are removed, and the previous output is left exactly as it was.
 * Throws ContentProblemsError for bad content, in preference to any error it causes in Eleventy,
 * and BuildStoppedError when stopped. The build options (fixtures, drafts, archive) are read
 * from the environment, by `.eleventy.ts`.
 */
export async function buildSite(
  outputDir: string = paths.output,
  { searchIndex = true, signal }: { searchIndex?: boolean; signal?: AbortSignal } = {},
): Promise<SiteBuildResult> {
  const { staging, retired } = outputFolders(outputDir);
  // Eleventy resolves the input, includes and passthrough copies from the project root.
  process.chdir(paths.root);
  await removeLeftovers(outputDir);
  await rm(staging, { recursive: true, force: true });
  const timings: StageTiming[] = [];
  const index = searchIndex ? startStreamingIndex() : undefined;
  let rendering: Rendering | undefined;
  // Stopping ends the rendering and Pagefind at once: whatever was waiting on them fails, and
  // the clean-up below runs.
  const stop = () => void Promise.all([rendering?.stop(), index?.abandon()]);
  signal?.addEventListener("abort", stop, { once: true });
  try {
    signal?.throwIfAborted();
    rendering = startRendering(
      staging,
      index && { room: index.room, fallbackRoom: index.fallbackRoom, onFolder: (folder) => index.addFolder(folder) },
    );
    const renderingDone = rendering.finished;
    await timed(timings, "eleventy", () => renderingDone);
    const { pageCount } = index ? await timed(timings, "search index", () => index.finish(staging)) : { pageCount: 0 };
    signal?.throwIfAborted();
    // From here the swap runs to its end, even if stopped meanwhile: _site/ is the old site or the new, never neither.
    signal?.removeEventListener("abort", stop);
    await publish(staging, outputDir, retired);
    return { outputDir, pageCount, timings };
  } catch (error) {
    await rendering?.stop();
    await index?.abandon();
    await rm(staging, { recursive: true, force: true });
    throw signal?.aborted ? new BuildStoppedError(signal.reason) : error;
  } finally {
    signal?.removeEventListener("abort", stop);
  }
}
