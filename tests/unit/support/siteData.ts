import { loadSiteData, type SiteData } from "../../../src/_build/content/siteData.ts";

let cached: Promise<SiteData> | undefined;

/** The project's real `_data/`, loaded and checked once; a test fails loudly if it has problems. */
export function realSiteData(): Promise<SiteData> {
  cached ??= loadSiteData().then(({ data, problems }) => {
    if (!data) {
      const list = problems.map((problem) => `${problem.file} ${problem.field ?? ""}: ${problem.message}`).join("\n");
      throw new Error(`The real _data/ has problems:\n${list}`);
    }
    return data;
  });
  return cached;
}
