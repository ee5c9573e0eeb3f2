import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { archiveName } from "../../src/_build/archive/offlineArchive.ts";
import { paths, projectRoot } from "../../src/_build/projectPaths.ts";

/** Where the test run builds its sites: the production site, and the same with the fictional reviews. */
export const testOutput = path.join(projectRoot, ".test-output");

/** A second, fictional partnership, built from its own folder with the same command (docs/new-partnership.md). */
export const fictionalPartnership = path.join(projectRoot, "tests", "fixtures", "partnerships", "lowmere");

export const testSites = {
  production: path.join(testOutput, "production"),
  fixtures: path.join(testOutput, "fixtures"),
  partnership: path.join(testOutput, "partnership"),
  /** The national index, gathered from the fictional partnerships' feeds (tests/support/nationalFixture.ts). */
  national: path.join(testOutput, "national"),
} as const;

export type TestSiteName = keyof typeof testSites;

/** The identity a partnership's data folder gives its site, read as the build reads it. */
export function identityOf(dataDir: string): {
  name: string;
  shortName: string;
  place: string;
  url: string;
  archiveSlug: string;
  textSource: string;
} {
  return JSON.parse(readFileSync(path.join(dataDir, "site.json"), "utf8"));
}

/** Every archive the tests make is dated this day, so the same content gives the same zip. */
const ARCHIVE_DATE = "2026-11-25";

/**
 * An offline archive the tests make, and where they unzip it. Every one holds fictional reviews
 * (the fixtures, or a fictional partnership's), so its name says so.
 */
function archive(folder: string, slug: string) {
  const name = archiveName(slug, ARCHIVE_DATE, true);
  const dist = path.join(testOutput, folder);
  const root = path.join(dist, "unzipped", name);
  const rootUrl = pathToFileURL(`${root}${path.sep}`).href;
  return {
    date: ARCHIVE_DATE,
    name,
    dist,
    zip: path.join(dist, `${name}.zip`),
    unzipped: path.join(dist, "unzipped"),
    root,
    /** The unzipped archive's folder as a file: address, ending in a slash, as a browser opens it from disk. */
    rootUrl,
    /** The file: address of a file in the unzipped archive, from its path there ("search/index.html"). */
    fileUrl: (relative: string) => new URL(relative, rootUrl).href,
  };
}

/** The project's own site with the fictional reviews, archived. */
export const testArchive = archive("archive", identityOf(paths.data).archiveSlug);

/** The fictional partnership's site, archived. */
export const partnershipArchive = archive(
  "partnership-archive",
  identityOf(path.join(fictionalPartnership, "_data")).archiveSlug,
);

/** The fictional national index's own data (its identity), and its archive. */
export const nationalData = path.join(projectRoot, "tests", "fixtures", "national", "_data");
export const nationalArchive = archive("national-archive", identityOf(nationalData).archiveSlug);

/**
 * The ports the browser tests serve each site on. `TEST_PORT_BASE` moves them, so that two copies
 * of the project (two git worktrees, say) can run their browser tests at the same time.
 */
const portBase = Number(process.env.TEST_PORT_BASE ?? 4173);
export const testPorts: Readonly<Record<TestSiteName | "editing" | "editingBackend", number>> = {
  production: portBase,
  fixtures: portBase + 1,
  partnership: portBase + 2,
  national: portBase + 3,
  // `npm run edit` in a copy of the project (tests/support/editingCopy.ts): the form, and its decap-server.
  editing: portBase + 4,
  editingBackend: portBase + 5,
};
