import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ContentSupply } from "../content/contentSupply.ts";
import { ContentProblemsError } from "../content/problems.ts";
import { dataFiles, loadSiteData, type SiteData } from "../content/siteData.ts";
import { ownedName, type OwnedPlace } from "../lifecycle/ownedFolders.ts";
import { displayPath, paths } from "../projectPaths.ts";
import type { Gathered } from "./gatherFeeds.ts";

/**
 * Where a national build's rendering finds its content: the index's own _data/, and the reviews
 * gathered from the feeds.
 */
export interface NationalInput {
  dataDir: string;
  /** The gathered reviews and the report on each feed, as JSON (written by writeGathered). */
  contentFile: string;
}

/** The national index's content, as Eleventy's global data and collections receive it, and the report on every feed. */
export interface NationalSupply extends ContentSupply {
  gathered: Promise<Gathered>;
}

/**
 * The national index's data files, checked as a partnership's are; a data file it leaves out is
 * the kit's own, except its identity (site.json), which is never borrowed from a partnership.
 */
export async function loadNationalData(dataDir: string): Promise<SiteData> {
  const identity = path.join(dataDir, dataFiles.site);
  if (!existsSync(identity)) {
    throw new ContentProblemsError([
      {
        file: displayPath(identity),
        message:
          "The national index's identity is missing: " +
          "write its site.json in _data/ beside the sources file (docs/national-index.md).",
      },
    ]);
  }
  const { data, problems } = await loadSiteData(dataDir, paths.data);
  if (!data) throw new ContentProblemsError(problems);
  return data;
}

/** Reads what the gathering wrote, for the rendering process: the reviews were checked as they were gathered. */
export function nationalSupply(input: NationalInput): NationalSupply {
  const siteData = loadNationalData(input.dataDir);
  const gathered = readFile(input.contentFile, "utf8").then((text) => JSON.parse(text) as Gathered);
  const content = Promise.all([siteData, gathered]).then(([data, { reviews }]) => ({ siteData: data, reviews }));
  // Whoever reads the supply hears of a failure; until then it must not count as unhandled.
  for (const promise of [siteData, gathered, content]) promise.catch(() => undefined);
  return { siteData, content, gathered };
}

/** Where gathered content waits for the rendering process: named with this process's id (see ownedFolders.ts). */
export const GATHERED_PLACE: OwnedPlace = { dir: tmpdir(), prefix: "scr-national" };

/** Writes the gathered content for the rendering process; `remove` deletes it once the build is over. */
export async function writeGathered(gathered: Gathered): Promise<{ file: string; remove(): Promise<void> }> {
  const file = path.join(GATHERED_PLACE.dir, `${ownedName(GATHERED_PLACE.prefix)}-gathered.json`);
  await writeFile(file, JSON.stringify(gathered));
  return { file, remove: () => rm(file, { force: true }) };
}
