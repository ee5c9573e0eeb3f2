import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuildOptions } from "../buildOptions.ts";
import { contentFolders } from "../content/contentFolders.ts";
import { loadSiteData } from "../content/siteData.ts";
import { ContentProblemsError } from "../content/problems.ts";
import { paths } from "../projectPaths.ts";
import { ownedName } from "../lifecycle/ownedFolders.ts";
import { BuildStoppedError } from "../lifecycle/stopSignals.ts";
import { buildSite, removeLeftovers, type StageTiming } from "../siteBuild.ts";
import { allFiles, htmlFiles } from "../siteFiles.ts";
import { MANIFEST_NAME, writeManifest } from "./manifest.ts";
import { offlineSearchFiles, readRecords } from "./offlineIndex.ts";
import { OFFLINE_SEARCH_FILES } from "./offlineIndexFormat.ts";
import { offlineSearchScript } from "./offlineSearchScript.ts";
import { zipFiles } from "./zipFiles.ts";

export interface ArchiveResult {
  zipPath: string;
  topFolder: string;
  fileCount: number;
  timings: StageTiming[];
}

/** The archive's file name (and top folder), from the site's archiveSlug: "<slug>-archive-2026-11-25". */
export function archiveName(slug: string, date: string): string {
  return `${slug}-archive-${date}`;
}

/**
 * An offline copy of the whole site as one zip: the site built with relative links and no
 * Pagefind, its own search (index, texts and search page script, as classic scripts), and a
 * SHA-256 manifest of every file.
 * Set SCR_FIXTURES=1 beforehand to include the fictional reviews (tests and demos only), and
 * SCR_PARTNERSHIP to archive another partnership's folder (see buildOptions.ts).
 */
export async function makeOfflineArchive(
  date: string,
  distDir: string = paths.dist,
  signal?: AbortSignal,
): Promise<ArchiveResult> {
  const folders = contentFolders(readBuildOptions().partnership);
  const { data, problems } = await loadSiteData(folders.data, folders.sharedData);
  if (!data) throw new ContentProblemsError(problems);
  process.env.SCR_ARCHIVE_DATE = date;
  const staging = path.join(distDir, ownedName(".archive-staging"));
  const topFolder = archiveName(data.site.archiveSlug, date);
  const zipPath = path.join(distDir, `${topFolder}.zip`);
  await mkdir(distDir, { recursive: true });
  await removeLeftovers(staging, [
    { dir: distDir, prefix: ".archive-staging" },
    { dir: distDir, prefix: `${topFolder}.zip.partial` },
  ]);
  // Written beside the final name, then renamed: a half-written zip never carries the real name.
  const partial = `${zipPath}.${ownedName("partial")}`;
  try {
    const { timings } = await buildSite(staging, { searchIndex: false, ...(signal ? { signal } : {}) });
    const start = performance.now();
    // The search page loads these in archive builds (_includes/layouts/base.njk).
    const search = offlineSearchFiles(await readRecords(staging, await htmlFiles(staging)));
    search.set(OFFLINE_SEARCH_FILES.script, await offlineSearchScript());
    for (const [name, content] of search) {
      await mkdir(path.dirname(path.join(staging, name)), { recursive: true });
      await writeFile(path.join(staging, name), content);
    }

    const files = new Map<string, Uint8Array>();
    for (const name of await allFiles(staging)) files.set(name, await readFile(path.join(staging, name)));
    files.set(MANIFEST_NAME, new TextEncoder().encode(writeManifest(files)));

    signal?.throwIfAborted();
    await writeFile(partial, zipFiles(files, topFolder, date));
    await rename(partial, zipPath);
    timings.push({ stage: "offline archive", milliseconds: performance.now() - start });
    return { zipPath, topFolder, fileCount: files.size, timings };
  } catch (error) {
    throw signal?.aborted ? new BuildStoppedError(signal.reason) : error;
  } finally {
    delete process.env.SCR_ARCHIVE_DATE;
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}
