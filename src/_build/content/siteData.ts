import path from "node:path";
import type { z } from "zod";
import { displayPath, paths } from "../projectPaths.ts";
import type { Problem } from "./problems.ts";
import { readJsonFile } from "./readJson.ts";
import {
  criteriaSchema,
  linksSchema,
  siteSchema,
  statisticsSchema,
  vocabularySchema,
  type Criteria,
  type ExternalLink,
  type SiteIdentity,
  type Statistics,
  type VocabularyEntry,
} from "./siteDataSchema.ts";
import { zodProblems } from "./zodProblems.ts";

/** Everything in `_data/`, checked and typed. Templates see each part under the name given here. */
export interface SiteData {
  site: SiteIdentity;
  reviewTypes: VocabularyEntry[];
  themes: VocabularyEntry[];
  ageGroups: VocabularyEntry[];
  links: Record<string, ExternalLink>;
  criteria: Criteria;
  statistics: Statistics;
}

/** Which file holds each part of the site data. */
export const dataFiles = {
  site: "site.json",
  reviewTypes: "review-types.json",
  themes: "themes.json",
  ageGroups: "age-groups.json",
  links: "links.json",
  criteria: "criteria.json",
  statistics: "dcsf-statistics.json",
} as const satisfies Record<keyof SiteData, string>;

const schemas = {
  site: siteSchema,
  reviewTypes: vocabularySchema,
  themes: vocabularySchema,
  ageGroups: vocabularySchema,
  links: linksSchema,
  criteria: criteriaSchema,
  statistics: statisticsSchema,
} satisfies Record<keyof SiteData, z.ZodType>;

/** The allowed values, as a list for a message: `"a" (A), "b" (B)`. */
export function listAllowed(entries: readonly VocabularyEntry[]): string {
  return entries.map((entry) => `"${entry.key}" (${entry.label})`).join(", ");
}

/** Checks the references between data files: every review type, theme and link named must exist. */
function crossReferenceProblems(data: SiteData, dataDir: string): Problem[] {
  const problems: Problem[] = [];
  const file = (key: keyof SiteData) => displayPath(path.join(dataDir, dataFiles[key]));
  const typeKeys = new Set(data.reviewTypes.map((type) => type.key));
  const themeKeys = new Set(data.themes.map((theme) => theme.key));
  const linkKeys = Object.keys(data.links);

  data.criteria.editions.forEach((edition, editionIndex) => {
    if (!typeKeys.has(edition.reviewType)) {
      problems.push({
        file: file("criteria"),
        field: `editions[${editionIndex + 1}].reviewType`,
        value: edition.reviewType,
        message: `is not a review type in ${dataFiles.reviewTypes}. Use one of: ${listAllowed(data.reviewTypes)}.`,
      });
    }
    edition.lists.forEach((list, listIndex) => {
      if (list.source.link && !(list.source.link in data.links)) {
        problems.push({
          file: file("criteria"),
          field: `editions[${editionIndex + 1}].lists[${listIndex + 1}].source.link`,
          value: list.source.link,
          message: `is not a link in ${dataFiles.links}. Use one of: ${linkKeys.join(", ")}.`,
        });
      }
    });
  });

  if (!(data.statistics.report.link in data.links)) {
    problems.push({
      file: file("statistics"),
      field: "report.link",
      value: data.statistics.report.link,
      message: `is not a link in ${dataFiles.links}. Use one of: ${linkKeys.join(", ")}.`,
    });
  }
  data.statistics.findings.forEach((finding, findingIndex) => {
    finding.themes.forEach((theme, themeIndex) => {
      if (!themeKeys.has(theme)) {
        problems.push({
          file: file("statistics"),
          field: `findings[${findingIndex + 1}].themes[${themeIndex + 1}]`,
          value: theme,
          message: `is not a theme in ${dataFiles.themes}. Use one of: ${listAllowed(data.themes)}.`,
        });
      }
    });
  });
  return problems;
}

/**
 * Reads every file in `_data/` and checks it against its schema and against the others.
 * Returns all problems from all files together; `data` is present only when there are none.
 */
export async function loadSiteData(dataDir: string = paths.data): Promise<{ data?: SiteData; vocabulary?: Pick<SiteData, "reviewTypes" | "themes" | "ageGroups">; problems: Problem[] }> {
  const problems: Problem[] = [];
  const parsed: Partial<Record<keyof SiteData, unknown>> = {};
  for (const key of Object.keys(dataFiles) as (keyof SiteData)[]) {
    const absolutePath = path.join(dataDir, dataFiles[key]);
    const file = displayPath(absolutePath);
    const read = await readJsonFile(absolutePath, file);
    problems.push(...read.problems);
    if (read.problems.length) continue;
    const result = schemas[key].safeParse(read.data);
    if (result.success) parsed[key] = result.data;
    else problems.push(...zodProblems(file, result.error, read.data, [], read.lineOf));
  }
  // The vocabularies alone are enough to check reviews against, so a mistake elsewhere in
  // _data/ does not hide the reviews' own problems.
  const vocabulary =
    parsed.reviewTypes && parsed.themes && parsed.ageGroups
      ? { reviewTypes: parsed.reviewTypes as VocabularyEntry[], themes: parsed.themes as VocabularyEntry[], ageGroups: parsed.ageGroups as VocabularyEntry[] }
      : undefined;
  if (problems.length) return { problems, ...(vocabulary ? { vocabulary } : {}) };
  const data = parsed as SiteData;
  const references = crossReferenceProblems(data, dataDir);
  return references.length ? { problems: references, vocabulary: data } : { data, vocabulary: data, problems: [] };
}
