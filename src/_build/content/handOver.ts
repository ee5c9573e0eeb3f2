import { slugify } from "../text/slug.ts";
import type { SiteData } from "./siteData.ts";
import type { Criteria, SiteIdentity, Statistics, Theme } from "./siteDataSchema.ts";

/** What the person starting a new partnership's site says about it; everything else is worked out. */
export interface NewPartnership {
  /** The partnership's full name: "Example Safeguarding Children Partnership". */
  name: string;
  /** The place's short name, when it is not the name without "Safeguarding Children Partnership". */
  place?: string;
  /** The area it covers, as in "keep children safe in <area>"; the place, unless given. */
  area?: string;
  /** The site's address; a placeholder under the reserved .example domain until it is known. */
  url?: string;
}

/**
 * The endings of partnerships' names, left out to find the place:
 * "Example Safeguarding Children Partnership" is Example's.
 */
const NAME_ENDINGS =
  /\s+(?:(?:local\s+)?safeguarding\s+(?:children(?:'s)?\s+)?partnership|children(?:'s)?\s+safeguarding\s+partnership|safeguarding\s+children\s+board|lscp|scp)$/i;

/**
 * The place a partnership's full name is about, or undefined when the name does not end as
 * partnerships' names do ("Safeguarding Partnership for Example", or the ending alone).
 */
export function placeOf(name: string): string | undefined {
  const place = name.trim().replace(NAME_ENDINGS, "").trim();
  return place && place !== name.trim() ? place : undefined;
}

/**
 * The new partnership's identity, from the old one's with the names changed: the kit's words (the
 * introductions, the descriptions) are kept, each mention of the old partnership, area and place
 * becoming the new one's. What only the old partnership could say (its contact details) goes.
 * The source of the serious case reviews page's words stays: they are still where it says.
 */
export function handOverIdentity(old: SiteIdentity, partnership: NewPartnership): SiteIdentity {
  const name = partnership.name.trim();
  const place = partnership.place?.trim() || placeOf(name) || name;
  const area = partnership.area?.trim() || place;
  const rename = (text: string) =>
    text.replaceAll(old.name, name).replaceAll(old.area, area).replaceAll(old.place, place);
  const { contact: _contact, fictional: _fictional, ...kept } = old;
  return {
    ...kept,
    name,
    shortName: rename(old.shortName),
    area,
    place,
    description: rename(old.description),
    url: partnership.url?.replace(/\/$/, "") || `https://${slugify(place) || "partnership"}-case-reviews.example`,
    archiveSlug: old.archiveSlug.replace(slugify(old.place), slugify(place)) || `${slugify(place)}-case-reviews`,
    home: { description: rename(old.home.description), introduction: rename(old.home.introduction) },
    library: { description: rename(old.library.description), introduction: rename(old.library.introduction) },
  };
}

/**
 * The criteria without the lists that were the old partnership's own (their source is that
 * partnership), and editions left empty.
 */
export function withoutOwnLists(criteria: Criteria, oldName: string): Criteria {
  const editions = criteria.editions
    .map((edition) => ({ ...edition, lists: edition.lists.filter((list) => !list.source.title.includes(oldName)) }))
    .filter((edition) => edition.lists.length > 0);
  return { editions };
}

/** The statistics, with "the partnership's" summary of the report named as the old partnership's, whose it is. */
export function statisticsCredited(statistics: Statistics, oldName: string): Statistics {
  return {
    ...statistics,
    provenance: statistics.provenance.replace(/\bthe partnership's(?: own)?\b/g, `the ${oldName}'s`),
  };
}

/** The shared themes only: the old partnership's own themes were its own. */
export function sharedThemes(themes: readonly Theme[]): Theme[] {
  return themes.filter((theme) => !theme.local);
}

/** Every data file that changes hands, as it should be written for the new partnership. */
export function handOverData(
  data: SiteData,
  partnership: NewPartnership,
): Pick<SiteData, "site" | "criteria" | "statistics" | "themes"> {
  return {
    site: handOverIdentity(data.site, partnership),
    criteria: withoutOwnLists(data.criteria, data.site.name),
    statistics: statisticsCredited(data.statistics, data.site.name),
    themes: sharedThemes(data.themes),
  };
}
