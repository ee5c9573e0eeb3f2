import path from "node:path";
import { projectRoot } from "../../src/_build/projectPaths.ts";

/** Where the test run builds its sites: the production site, and the same with the fictional reviews. */
export const testOutput = path.join(projectRoot, ".test-output");

export const testSites = {
  production: path.join(testOutput, "production"),
  fixtures: path.join(testOutput, "fixtures"),
} as const;

export type TestSiteName = keyof typeof testSites;

/** The ports the browser tests serve each site on. */
export const testPorts: Readonly<Record<TestSiteName, number>> = { production: 4173, fixtures: 4174 };
