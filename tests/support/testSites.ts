import path from "node:path";
import { projectRoot } from "../../src/_build/projectPaths.ts";

/** Where the test run builds its sites: the production site, and the same with the fictional reviews. */
export const testOutput = path.join(projectRoot, ".test-output");

export const testSites = {
  production: path.join(testOutput, "production"),
  fixtures: path.join(testOutput, "fixtures"),
} as const;

export type TestSiteName = keyof typeof testSites;

/** The offline archive the tests make (with the fictional reviews), and where they unzip it. */
export const testArchive = {
  date: "2026-11-25",
  dist: path.join(testOutput, "archive"),
  zip: path.join(testOutput, "archive", "haringey-scp-reviews-archive-2026-11-25.zip"),
  unzipped: path.join(testOutput, "archive", "unzipped"),
  root: path.join(testOutput, "archive", "unzipped", "haringey-scp-reviews-archive-2026-11-25"),
} as const;

/**
 * The ports the browser tests serve each site on. `TEST_PORT_BASE` moves them, so that two copies
 * of the project (two git worktrees, say) can run their browser tests at the same time.
 */
const portBase = Number(process.env.TEST_PORT_BASE ?? 4173);
export const testPorts: Readonly<Record<TestSiteName, number>> = { production: portBase, fixtures: portBase + 1 };
