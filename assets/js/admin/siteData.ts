import type { SiteIdentity, Theme, VocabularyEntry } from "../../../src/_build/content/siteDataSchema.ts";

/** What the admin page tells its script about the site (src/admin/index.njk). */
export interface AdminSiteData {
  /** The site's stylesheet, for the preview. */
  styleUrl: string;
  /** What the review's template says of the site: its name (the publisher) and address (in the citation). */
  site: Pick<SiteIdentity, "name" | "url">;
  reviewTypes: VocabularyEntry[];
  themes: Theme[];
  ageGroups: VocabularyEntry[];
  /** The form edits the fictional reviews (`npm run edit -- --fixtures`): the preview says so. */
  fixtures: boolean;
}

export function readSiteData(): AdminSiteData {
  const element = document.getElementById("cms-site");
  if (!element?.textContent) throw new Error("The admin page has no site data (#cms-site).");
  return JSON.parse(element.textContent) as AdminSiteData;
}
