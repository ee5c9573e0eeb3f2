import type { TestInfo } from "@playwright/test";
import { htmlFiles, urlOfFile } from "../../src/_build/siteFiles.ts";
import { testSites, type TestSiteName } from "./testSites.ts";

/** The URL of every page of the site this test project runs against. */
export async function pagesOfProject(testInfo: TestInfo): Promise<string[]> {
  const site = testSites[testInfo.project.name as TestSiteName];
  if (!site) throw new Error(`No test site for project ${testInfo.project.name}`);
  return (await htmlFiles(site)).filter((file) => file !== "404.html").map(urlOfFile);
}
