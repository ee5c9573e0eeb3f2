import { citeReview } from "../../library/citation.ts";
import { compareWithNational } from "../../library/comparison.ts";
import { feedSchemaFile } from "../../library/feedFormat.ts";
import { feedDescription, feedEntries, jsonFeed } from "../../library/jsonFeed.ts";
import { regionsOf, relatedFromOtherPartnerships, themesAcross } from "../../library/nationalLibrary.ts";
import { neighbours, relatedReviews } from "../../library/related.ts";
import { feedStatus, whyNoReviews } from "../../national/gatherReport.ts";
import { formatDisplayDate, yearOf } from "../../text/dates.ts";
import { breadcrumbs } from "./breadcrumbs.ts";
import { comparisonChart, findingsChart } from "./charts.ts";
import { labelFor } from "./labelFor.ts";

/** A YYYY-MM-DD date as a Date at midnight UTC, for the feed plugin's date filters. */
function toDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** Every template filter, by the name templates use. Each is a small pure function, tested on its own. */
export const filters = {
  breadcrumbs,
  citeReview,
  compareWithNational,
  comparisonChart,
  displayDate: formatDisplayDate,
  feedDescription,
  feedEntries,
  feedSchemaFile,
  feedStatus,
  findingsChart,
  jsonFeed,
  labelFor,
  neighbours,
  regionsOf,
  relatedFromOtherPartnerships,
  relatedReviews,
  themesAcross,
  toDate,
  whyNoReviews,
  yearOf,
} satisfies Record<string, (...args: never[]) => unknown>;
