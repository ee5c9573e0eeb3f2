import type { TestInfo } from "@playwright/test";
import { publicPages, urlOfFile } from "../../src/_build/siteFiles.ts";
import { testSites, type TestSiteName } from "./testSites.ts";

/**
 * The URL of every page for visitors of the site this test project runs against (the editors' form
 * has its own tests).
 */
export async function pagesOfProject(testInfo: TestInfo): Promise<string[]> {
  const site = testSites[testInfo.project.name as TestSiteName];
  if (!site) throw new Error(`No test site for project ${testInfo.project.name}`);
  return (await publicPages(site)).filter((file) => file !== "404.html").map(urlOfFile);
}
