import path from "node:path";
import { todayInLondon } from "./text/dates.ts";

/** A national index's build: its own data folder, and the reviews gathered from partnerships' feeds (national/). */
export interface NationalBuild {
  dataDir: string;
  contentFile: string;
}

/** How this build differs from a plain production build. Read from the environment, so the CLI and scripts share it. */
export interface BuildOptions {
  /** Add the fictional reviews from tests/fixtures/reviews (demo and tests only). */
  includeFixtures: boolean;
  /** Publish reviews marked `draft: true`: local runs and deploy previews only. */
  includeDrafts: boolean;
  /** The date an offline archive is made (YYYY-MM-DD), when building one; links then become relative. */
  archiveDate: string | undefined;
  /** Today's date in the UK, YYYY-MM-DD. */
  today: string;
  /**
   * The site goes out at its own address, or into an archive that names it: Netlify's production
   * deploy, or an offline archive. Its address must then be the real one, not a placeholder.
   */
  publishing: boolean;
  /**
   * Another partnership's folder (an absolute path) to build instead of this project's own content:
   * its `_data/`, `reviews/` and `assets/documents/` (see content/contentFolders.ts). Tests build the
   * fictional partnership in tests/fixtures/partnerships/ this way.
   */
  partnership: string | undefined;
  /**
   * The national index (`npm run build:national`), instead of a partnership's site: set by its
   * command once the feeds are gathered (SCR_NATIONAL_DATA, SCR_NATIONAL_CONTENT).
   */
  national: NationalBuild | undefined;
}

/**
 * Netlify's build contexts that are previews, where drafts show
 * (https://docs.netlify.com/configure-builds/file-based-configuration/#deploy-contexts).
 */
const PREVIEW_CONTEXTS = new Set(["deploy-preview", "branch-deploy", "dev"]);

/**
 * The environment variables a build's options are read from: set by our commands (SCR_...) and by
 * Netlify (CONTEXT). A test that starts a build clears them all, so that only its own command line
 * sets the build up, whatever the shell it runs in has set.
 */
export const BUILD_OPTION_VARIABLES = [
  "SCR_FIXTURES",
  "SCR_DRAFTS",
  "SCR_ARCHIVE_DATE",
  "SCR_TODAY",
  "SCR_PARTNERSHIP",
  "SCR_NATIONAL_DATA",
  "SCR_NATIONAL_CONTENT",
  "CONTEXT",
] as const;

/** What readBuildOptions may read: the list above, and Eleventy's run mode (Eleventy sets it). */
type BuildEnvironment = Readonly<
  Partial<Record<(typeof BUILD_OPTION_VARIABLES)[number] | "ELEVENTY_RUN_MODE", string>>
>;

/** The options for a build, from environment variables set by our scripts and by Netlify. */
export function readBuildOptions(env: BuildEnvironment = process.env): BuildOptions {
  // Eleventy sets ELEVENTY_RUN_MODE to "serve" or "watch" for `npm start`: a local run, so drafts show.
  const runMode = env.ELEVENTY_RUN_MODE ?? "build";
  const archiveDate = env.SCR_ARCHIVE_DATE || undefined;
  return {
    includeFixtures: env.SCR_FIXTURES === "1",
    includeDrafts:
      !archiveDate &&
      (env.SCR_DRAFTS === "1" || runMode === "serve" || runMode === "watch" || PREVIEW_CONTEXTS.has(env.CONTEXT ?? "")),
    archiveDate,
    today: env.SCR_TODAY || todayInLondon(),
    publishing: env.CONTEXT === "production" || Boolean(archiveDate),
    partnership: env.SCR_PARTNERSHIP ? path.resolve(env.SCR_PARTNERSHIP) : undefined,
    national:
      env.SCR_NATIONAL_DATA && env.SCR_NATIONAL_CONTENT
        ? { dataDir: path.resolve(env.SCR_NATIONAL_DATA), contentFile: path.resolve(env.SCR_NATIONAL_CONTENT) }
        : undefined,
  };
}

/**
 * Which kind of run Eleventy is in, for `.eleventy.ts` to put it together: `npm start`, the
 * production build's rendering process (started by siteBuild.ts, which sets SCR_RENDERING and,
 * when there is a search index to feed, SCR_SEARCH_ROOM and SCR_SEARCH_FALLBACK_ROOM), or Eleventy on its own.
 */
export type RunKind =
  | { kind: "serve" }
  | { kind: "rendering"; searchRoom: string | undefined; searchFallbackRoom: string | undefined }
  | { kind: "plain" };

export function readRunKind(env: NodeJS.ProcessEnv = process.env): RunKind {
  if (env.ELEVENTY_RUN_MODE === "serve" || env.ELEVENTY_RUN_MODE === "watch") return { kind: "serve" };
  if (env.SCR_RENDERING === "1") {
    return {
      kind: "rendering",
      searchRoom: env.SCR_SEARCH_ROOM || undefined,
      searchFallbackRoom: env.SCR_SEARCH_FALLBACK_ROOM || undefined,
    };
  }
  return { kind: "plain" };
}
