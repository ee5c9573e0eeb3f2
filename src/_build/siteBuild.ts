import { rename, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { readBuildOptions, type BuildOptions } from "./buildOptions.ts";
import { loadContent } from "./content/loadContent.ts";
import { contentState } from "./eleventy/contentState.ts";
import { paths } from "./projectPaths.ts";
import { searchIndexState, startStreamingIndex, type StreamingSearchIndex } from "./search/streamingIndex.ts";

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
 * The production build: check all content, run Eleventy into a staging folder, index it with
 * Pagefind, then swap it into place. If any stage fails, the staging folder is removed and the
 * previous output is left exactly as it was. Throws ContentProblemsError for bad content.
 */
export async function buildSite(outputDir: string = paths.output, options: BuildOptions = readBuildOptions(), { searchIndex = true } = {}): Promise<SiteBuildResult> {
  const timings: StageTiming[] = [];
  const stagingDir = `${outputDir}.staging-${process.pid}`;
  // Eleventy resolves the input, includes and passthrough copies from the project root.
  process.chdir(paths.root);
  await rm(stagingDir, { recursive: true, force: true });
  try {
    contentState.preloaded = await timed(timings, "validation", () => loadContent(options));
    // Pagefind indexes each page while Eleventy renders the next, so the two stages overlap.
    if (searchIndex) searchIndexState.current = startStreamingIndex();
    await timed(timings, "eleventy", async () => {
      const eleventy = new Eleventy(paths.input, stagingDir, { configPath: path.join(paths.root, ".eleventy.ts"), quietMode: true });
      await eleventy.write();
    });
    const { pageCount } = searchIndexState.current ? await timed(timings, "search index", () => (searchIndexState.current as StreamingSearchIndex).finish(stagingDir)) : { pageCount: 0 };
    await publish(stagingDir, outputDir);
    return { outputDir, pageCount, timings };
  } catch (error) {
    await searchIndexState.current?.abandon();
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  } finally {
    contentState.preloaded = undefined;
    searchIndexState.current = undefined;
  }
}
