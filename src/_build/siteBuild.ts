import { rename, rm } from "node:fs/promises";
import { MessageChannel } from "node:worker_threads";
import { readBuildOptions, type BuildOptions } from "./buildOptions.ts";
import { checkContentOnThread } from "./content/contentChecks.ts";
import { startEleventyThread } from "./eleventy/eleventyThread.ts";
import { paths } from "./projectPaths.ts";
import { withoutIgnoredParts } from "./search/ignoredParts.ts";
import { startStreamingIndex } from "./search/streamingIndex.ts";
import { releaseMemory } from "./workers/releaseMemory.ts";

/** How long a stage of the build took, for the build log and the benchmark. */
export interface StageTiming {
  stage: string;
  milliseconds: number;
}

export interface SiteBuildResult {
  outputDir: string;
  pageCount: number;
  timings: StageTiming[];
}

async function timed<T>(timings: StageTiming[], stage: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings.push({ stage, milliseconds: performance.now() - start });
  }
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
 * The production build, on three threads. Eleventy starts on one, writing into a staging folder,
 * and reads its templates while the content is checked on another, which hands it the checked
 * content; Eleventy waits only where it needs it. This thread sends each page to Pagefind as it is
 * rendered. Once Eleventy's thread has ended and this thread's garbage is collected, Pagefind
 * writes its index (the step that needs most memory) and the staging folder is swapped into
 * place. If any stage fails, the staging folder is removed and the previous output is left
 * exactly as it was. Throws ContentProblemsError for bad content, in preference to any error it
 * causes in Eleventy.
 */
export async function buildSite(outputDir: string = paths.output, options: BuildOptions = readBuildOptions(), { searchIndex = true } = {}): Promise<SiteBuildResult> {
  const timings: StageTiming[] = [];
  const stagingDir = `${outputDir}.staging-${process.pid}`;
  // Eleventy resolves the input, includes and passthrough copies from the project root.
  process.chdir(paths.root);
  await rm(stagingDir, { recursive: true, force: true });
  const index = searchIndex ? startStreamingIndex() : undefined;
  const { port1: toEleventy, port2: fromChecks } = new MessageChannel();
  const eleventy = startEleventyThread(stagingDir, toEleventy, index && ((url, searchableHtml) => index.add(url, withoutIgnoredParts(searchableHtml))));
  const checks = timed(timings, "validation", () => checkContentOnThread(options, fromChecks));
  try {
    await timed(timings, "eleventy", async () => {
      await checks;
      await eleventy.finished;
    });
    await eleventy.stop();
    await releaseMemory();
    const { pageCount } = index ? await timed(timings, "search index", () => index.finish(stagingDir)) : { pageCount: 0 };
    await publish(stagingDir, outputDir);
    return { outputDir, pageCount, timings };
  } catch (error) {
    await eleventy.stop();
    await index?.abandon();
    await rm(stagingDir, { recursive: true, force: true });
    // Bad content can make Eleventy fail before the checks finish: the checks say why, plainly.
    throw (await checks.then(() => undefined, (problems: unknown) => problems)) ?? error;
  }
}
