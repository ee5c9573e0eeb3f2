import path from "node:path";
import { ContentProblemsError } from "../content/problems.ts";
import { displayPath, paths } from "../projectPaths.ts";
import { timed, type StageTiming } from "../timings.ts";
import { gatherFeeds, hasProblems, type Gathered } from "./gatherFeeds.ts";
import { formatGatherReport } from "./gatherReport.ts";
import { loadNationalData, writeGathered, type NationalInput } from "./nationalContent.ts";
import { loadSources, nationalDataFolder } from "./sources.ts";

/** The options `npm run build:national` and `npm run archive -- --national` share (docs/national-index.md). */
export interface NationalOptions {
  /** The sources file; the index's own _data/ is beside it. */
  sources: string;
  /** Where the last good copy of each feed is kept: .national-cache/ unless given. */
  cache?: string | undefined;
  offline: boolean;
  allowLoopback: boolean;
  strict: boolean;
}

/** Where the last good copies are kept when no --cache is given. */
export const DEFAULT_CACHE = path.join(paths.root, ".national-cache");

/** Thrown by --strict when a feed or item had a problem: the report above it says which. */
export class StrictProblemsError extends Error {}

/**
 * Gathers every partnership's feed for a national build, and prints what became of each: the
 * sources file and the index's own data are checked first (a problem there stops the build, as a
 * partnership's bad data does), then the feeds are fetched and checked, and the result written
 * for the rendering process. With --strict, any refused item or unfetched feed stops the build.
 */
export async function prepareNational(
  options: NationalOptions,
  { today, signal, timings = [] }: { today: string; signal?: AbortSignal; timings?: StageTiming[] },
): Promise<{ gathered: Gathered; input: NationalInput; remove(): Promise<void> }> {
  const { sources, problems } = await loadSources(options.sources, { allowLoopback: options.allowLoopback });
  const dataDir = nationalDataFolder(options.sources);
  let national: Awaited<ReturnType<typeof loadNationalData>>;
  try {
    national = await loadNationalData(dataDir);
  } catch (error) {
    if (error instanceof ContentProblemsError) throw new ContentProblemsError([...problems, ...error.problems]);
    throw error;
  }
  if (!sources) throw new ContentProblemsError(problems);
  const cacheDir = path.resolve(options.cache ?? DEFAULT_CACHE);
  const gathered = await timed(timings, "gathering feeds", () =>
    gatherFeeds({
      sources,
      national: { site: national.site, vocabulary: national },
      cacheDir,
      offline: options.offline,
      allowLoopback: options.allowLoopback,
      today,
      ...(signal ? { signal } : {}),
    }),
  );
  console.log(formatGatherReport(gathered));
  console.log(`The last good copy of each feed is kept in ${displayPath(cacheDir)}/.`);
  if (options.strict && hasProblems(gathered)) {
    throw new StrictProblemsError(
      "--strict: a feed could not be fetched or an item was refused (see above), so nothing was built.",
    );
  }
  const written = await writeGathered(gathered);
  return { gathered, input: { dataDir, contentFile: written.file }, remove: written.remove };
}
