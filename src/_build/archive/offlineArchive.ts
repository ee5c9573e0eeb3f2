import { existsSync } from "node:fs";
import { link, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuildOptions } from "../buildOptions.ts";
import { contentFolders } from "../content/contentFolders.ts";
import { loadSiteData, type SiteData } from "../content/siteData.ts";
import { ContentProblemsError } from "../content/problems.ts";
import { isRealIsoDate } from "../text/dates.ts";
import { loadNationalData } from "../national/nationalContent.ts";
import { displayPath, paths } from "../projectPaths.ts";
import { ownedName } from "../lifecycle/ownedFolders.ts";
import { BuildStoppedError } from "../lifecycle/stopSignals.ts";
import { buildSite, removeLeftovers, type StageTiming } from "../siteBuild.ts";
import { allFiles, htmlFiles } from "../siteFiles.ts";
import { MANIFEST_NAME, writeManifest } from "./manifest.ts";
import { offlineSearchFiles, readRecords } from "./offlineIndex.ts";
import { OFFLINE_SEARCH_FILES } from "./offlineIndexFormat.ts";
import { offlineSearchScript } from "./offlineSearchScript.ts";
import { archiveReadme, README_NAME } from "./archiveReadme.ts";
import { zipFiles } from "./zipFiles.ts";

export interface ArchiveResult {
  zipPath: string;
  topFolder: string;
  fileCount: number;
  /** True if it holds fictional reviews (--fixtures, or a fictional partnership's site): its name says so. */
  fictional: boolean;
  /** True if a zip of the same name was there before, and this one took its place (`replace`). */
  replaced: boolean;
  timings: StageTiming[];
}

export interface ArchiveOptions {
  /** Where the zip is written (default dist/). */
  distDir?: string;
  /** Write over a zip of the same name; without it, one there already stops the archive before it starts. */
  replace?: boolean;
  signal?: AbortSignal;
}

/** A zip of the archive's name is there already, and was not to be replaced: the message says what to do. */
export class ArchiveExistsError extends Error {}

/** The first day a zip can carry: its format counts years from 1980. */
const FIRST_ZIP_DAY = "1980-01-01";

/**
 * Why an archive cannot be dated `date`, in plain words, or undefined if it can: a real day, not
 * after `today` (every page says the archive was made that day, of the content as it is today),
 * and not before 1980, the first year a zip can record.
 */
export function archiveDateProblem(date: string, today: string): string | undefined {
  if (!isRealIsoDate(date)) return `--date must be a date written as YYYY-MM-DD, like ${today} (you gave "${date}").`;
  if (date > today)
    return `--date ${date} is after today (${today}): an archive is dated the day it is made, of the content as it is then.`;
  if (date < FIRST_ZIP_DAY) return `--date ${date} is before 1980, the first year a zip file can record.`;
  return undefined;
}

/** The identity of the site to archive: the national index's, or a partnership's. */
async function archivedSiteData(): Promise<SiteData> {
  const options = readBuildOptions();
  if (options.national) return loadNationalData(options.national.dataDir);
  const folders = contentFolders(options.partnership);
  const { data, problems } = await loadSiteData(folders.data, folders.sharedData);
  if (!data) throw new ContentProblemsError(problems);
  return data;
}

/**
 * The archive's file name (and top folder), from the site's archiveSlug: "<slug>-archive-2026-11-25",
 * or "<slug>-archive-fictional-2026-11-25" for one holding fictional reviews, so that it never
 * takes the name of the real archive of the same day.
 */
export function archiveName(slug: string, date: string, fictional = false): string {
  return `${slug}-archive-${fictional ? "fictional-" : ""}${date}`;
}

/** True for the name of an archive holding fictional reviews (see archiveName). */
export function isFictionalArchiveName(name: string): boolean {
  return /-archive-fictional-\d{4}-\d{2}-\d{2}$/.test(name);
}

/**
 * An offline copy of the whole site as one zip: the site built with relative links and no
 * Pagefind, its own search (index, texts and search page script, as classic scripts), and a
 * SHA-256 manifest of every file.
 * Set SCR_FIXTURES=1 beforehand to include the fictional reviews (tests and demos only), and
 * SCR_PARTNERSHIP to archive another partnership's folder, or SCR_NATIONAL_DATA and
 * SCR_NATIONAL_CONTENT to archive the national index (see buildOptions.ts).
 */
export async function makeOfflineArchive(date: string, options: ArchiveOptions = {}): Promise<ArchiveResult> {
  const { distDir = paths.dist, replace = false, signal } = options;
  const data = await archivedSiteData();
  const fictional = readBuildOptions().includeFixtures || data.site.fictional === true;
  const topFolder = archiveName(data.site.archiveSlug, date, fictional);
  const zipPath = path.join(distDir, `${topFolder}.zip`);
  const refusal = () =>
    new ArchiveExistsError(
      `${displayPath(zipPath)} is there already, and was left as it was. ` +
        "Keep it, or run again with --replace to write a new one in its place.",
    );
  const replaced = existsSync(zipPath);
  if (replaced && !replace) throw refusal();
  process.env.SCR_ARCHIVE_DATE = date;
  const staging = path.join(distDir, ownedName(".archive-staging"));
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

    await writeFile(
      path.join(staging, README_NAME),
      archiveReadme({ name: data.site.name, url: data.site.url, date, fictional, manifest: MANIFEST_NAME }),
    );

    const files = new Map<string, Uint8Array>();
    for (const name of await allFiles(staging)) files.set(name, await readFile(path.join(staging, name)));
    files.set(MANIFEST_NAME, new TextEncoder().encode(writeManifest(files)));

    signal?.throwIfAborted();
    await writeFile(partial, zipFiles(files, topFolder, date));
    if (replace) await rename(partial, zipPath);
    else {
      // A link, unlike a rename, never takes the place of a zip written there meanwhile; on a
      // drive without links (a FAT memory stick), the zip is renamed if none has appeared.
      try {
        await link(partial, zipPath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST" || existsSync(zipPath)) throw refusal();
        await rename(partial, zipPath);
      }
    }
    timings.push({ stage: "offline archive", milliseconds: performance.now() - start });
    return { zipPath, topFolder, fileCount: files.size, fictional, replaced, timings };
  } catch (error) {
    throw signal?.aborted ? new BuildStoppedError(signal.reason) : error;
  } finally {
    delete process.env.SCR_ARCHIVE_DATE;
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}
