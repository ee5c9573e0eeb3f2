import { rename, rm } from "node:fs/promises";
import { startRendering } from "./eleventy/renderProcess.ts";
import { paths } from "./projectPaths.ts";
import { startStreamingIndex } from "./search/streamingIndex.ts";
import { timed, type StageTiming } from "./timings.ts";

export type { StageTiming };

export interface SiteBuildResult {
  outputDir: string;
  pageCount: number;
  timings: StageTiming[];
}

/** Swaps a finished build into place: the old output stays until the new one is whole. */
async function publish(stagingDir: string, outputDir: string): Promise<void> {
  const retired = `${outputDir}.old-${process.pid}`;
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
 * (see renderChild.ts), checking the content on a thread of its own meanwhile and writing each
 * page's searchable part into folders that this process hands to Pagefind as they fill up. Once
 * that process has ended, taking Eleventy's memory with it, Pagefind writes its index (the step
 * that needs most memory) and the staging folder is swapped into place. If any stage fails, the
 * staging folder is removed and the previous output is left exactly as it was. Throws
 * ContentProblemsError for bad content, in preference to any error it causes in Eleventy.
 * The build options (fixtures, drafts, archive) are read from the environment, by `.eleventy.ts`.
 */
export async function buildSite(outputDir: string = paths.output, { searchIndex = true } = {}): Promise<SiteBuildResult> {
  const stagingDir = `${outputDir}.staging-${process.pid}`;
  // Eleventy resolves the input, includes and passthrough copies from the project root.
  process.chdir(paths.root);
  await rm(stagingDir, { recursive: true, force: true });
  const index = searchIndex ? startStreamingIndex() : undefined;
  const timings: StageTiming[] = [];
  let rendering: ReturnType<typeof startRendering> | undefined;
  try {
    rendering = startRendering(stagingDir, index?.room, index && ((folder) => index.addFolder(folder)));
    await timed(timings, "eleventy", () => (rendering as ReturnType<typeof startRendering>).finished);
    const { pageCount } = index ? await timed(timings, "search index", () => index.finish(stagingDir)) : { pageCount: 0 };
    await publish(stagingDir, outputDir);
    return { outputDir, pageCount, timings };
  } catch (error) {
    await rendering?.stop();
    await index?.abandon();
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }
}
