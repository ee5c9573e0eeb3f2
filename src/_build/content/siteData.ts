import { existsSync } from "node:fs";
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
  themesSchema,
  vocabularySchema,
  type Criteria,
  type ExternalLink,
  type SiteIdentity,
  type Statistics,
  type Theme,
  type VocabularyEntry,
} from "./siteDataSchema.ts";
import { checkContent, zodProblems } from "./zodProblems.ts";

/** Everything in `_data/`, checked and typed. Templates see each part under the name given here. */
export interface SiteData {
  site: SiteIdentity;
  reviewTypes: VocabularyEntry[];
  themes: Theme[];
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

/** The schema each data file is checked against. */
export const dataSchemas = {
  site: siteSchema,
  reviewTypes: vocabularySchema,
  themes: themesSchema,
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
function crossReferenceProblems(data: SiteData, fileOf: (key: keyof SiteData) => string): Problem[] {
  const problems: Problem[] = [];
  const file = (key: keyof SiteData) => displayPath(fileOf(key));
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
 * Reads every file in `_data/` and checks it against its schema and against the others. Another
 * partnership's data folder may leave out the files it shares with this project: each missing one
 * is read from `sharedDir` (see contentFolders.ts). Returns all problems from all files together;
 * `data` is present only when there are none, and the parts that could be read (the vocabularies,
 * the site's identity) are returned even when others have problems.
 */
export async function loadSiteData(
  dataDir: string = paths.data,
  sharedDir: string = dataDir,
): Promise<{
  data?: SiteData;
  vocabulary?: Pick<SiteData, "reviewTypes" | "themes" | "ageGroups">;
  site?: SiteIdentity;
  problems: Problem[];
}> {
  const problems: Problem[] = [];
  const parsed: Partial<Record<keyof SiteData, unknown>> = {};
  const fileOf = (key: keyof SiteData) => {
    const own = path.join(dataDir, dataFiles[key]);
    return sharedDir === dataDir || existsSync(own) ? own : path.join(sharedDir, dataFiles[key]);
  };
  for (const key of Object.keys(dataFiles) as (keyof SiteData)[]) {
    const absolutePath = fileOf(key);
    const file = displayPath(absolutePath);
    const read = await readJsonFile(absolutePath, file);
    problems.push(...read.problems);
    if (read.problems.length) continue;
    const result = checkContent(dataSchemas[key], read.data);
    if (result.success) parsed[key] = result.data;
    else problems.push(...zodProblems(file, result.error, read.data, [], read.lineOf));
  }
  // The vocabularies alone are enough to check reviews against, so a mistake elsewhere in
  // _data/ does not hide the reviews' own problems.
  const vocabulary =
    parsed.reviewTypes && parsed.themes && parsed.ageGroups
      ? {
          reviewTypes: parsed.reviewTypes as VocabularyEntry[],
          themes: parsed.themes as Theme[],
          ageGroups: parsed.ageGroups as VocabularyEntry[],
        }
      : undefined;
  const site = parsed.site as SiteIdentity | undefined;
  const readable = { ...(vocabulary ? { vocabulary } : {}), ...(site ? { site } : {}) };
  if (problems.length) return { problems, ...readable };
  const data = parsed as SiteData;
  const references = crossReferenceProblems(data, fileOf);
  return references.length ? { problems: references, ...readable } : { data, problems: [], ...readable };
}
