import type { Review } from "../content/reviews.ts";
import type { Statistics } from "../content/siteDataSchema.ts";

/** Fewer local reviews than this, and percentages mislead: one review moves a figure by 20 points or more. */
export const MINIMUM_REVIEWS_TO_COMPARE = 5;

export interface ComparedFinding {
  key: string;
  label: string;
  nationalPercent: number;
  /** Local reviews that have every theme the finding names. */
  localCount: number;
  /** Local reviews in all, the number behind each local percentage. */
  localTotal: number;
  localPercent: number;
}

export interface Comparison {
  findings: ComparedFinding[];
  localTotal: number;
  nationalTotal: number;
  enoughToCompare: boolean;
  /** How many local reviews a comparison needs. */
  minimum: number;
}

/**
 * Local reviews set against the national figures: for each national finding, the share of local
 * reviews tagged with all of the finding's themes (so "all three" needs all three themes).
 */
export function compareWithNational(reviews: readonly Review[], statistics: Statistics): Comparison {
  const localTotal = reviews.length;
  return {
    localTotal,
    nationalTotal: statistics.casesStudiedInDetail,
    enoughToCompare: localTotal >= MINIMUM_REVIEWS_TO_COMPARE,
    minimum: MINIMUM_REVIEWS_TO_COMPARE,
    findings: statistics.findings.map((finding) => {
      const localCount = reviews.filter((review) =>
        finding.themes.every((theme) => review.themes.includes(theme)),
      ).length;
      return {
        key: finding.key,
        label: finding.label,
        nationalPercent: finding.percent,
        localCount,
        localTotal,
        localPercent: localTotal ? Math.round((localCount / localTotal) * 100) : 0,
      };
    }),
  };
}
