import type { Publication, Review } from "../content/reviews.ts";
import type { Theme } from "../content/siteDataSchema.ts";
import { relatedReviews } from "./related.ts";

/**
 * How many of the closest reviews are looked through for ones from other partnerships: enough that
 * three are nearly always found.
 */
const CLOSEST_LOOKED_AT = 12;

const partnershipsOf = (review: Review) =>
  new Set((review.national?.publications ?? []).map((publication) => publication.partnership));

/**
 * Reviews from other partnerships that share themes with this one, closest first: a reader of one
 * partnership's review of neglect is most helped by how another partnership saw the same.
 */
export function relatedFromOtherPartnerships(review: Review, reviews: readonly Review[], limit = 3): Review[] {
  const own = partnershipsOf(review);
  return relatedReviews(review, reviews, CLOSEST_LOOKED_AT)
    .filter((other) => ![...partnershipsOf(other)].some((partnership) => own.has(partnership)))
    .slice(0, limit);
}

/** The regions of a review's publications, each once (a joint review's partnerships may share one). */
export function regionsOf(publications: readonly Publication[]): { key: string; name: string }[] {
  const regions = new Map<string, string>();
  for (const publication of publications) regions.set(publication.regionKey, publication.region);
  return [...regions].map(([key, name]) => ({ key, name }));
}

export interface ThemeCount {
  key: string;
  label: string;
  /** Reviews with the theme, and the share of all reviews that is (rounded to a whole percent). */
  count: number;
  percent: number;
  /** How many partnerships published those reviews. */
  partnerships: number;
}

/**
 * Each shared theme across the gathered reviews, most frequent first: how many reviews have it,
 * what share of all reviews that is, and how many partnerships they come from. A partnership's
 * own themes are left out: their keys mean nothing beyond it (docs/feed-format.md).
 */
export function themesAcross(
  reviews: readonly Review[],
  themes: readonly Theme[],
): { total: number; themes: ThemeCount[] } {
  const counts = themes
    .filter((theme) => !theme.local)
    .map((theme) => {
      const having = reviews.filter((review) => review.themes.includes(theme.key));
      const partnerships = new Set(having.flatMap((review) => [...partnershipsOf(review)]));
      return {
        key: theme.key,
        label: theme.label,
        count: having.length,
        percent: reviews.length ? Math.round((having.length / reviews.length) * 100) : 0,
        partnerships: partnerships.size,
      };
    })
    .filter((theme) => theme.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { total: reviews.length, themes: counts };
}
