import type { Review } from "../content/reviews.ts";

/**
 * Other reviews that share themes with this one: most shared themes first, then newest. A reader
 * of one review of neglect is most helped by the next closest case.
 */
export function relatedReviews(review: Review, reviews: readonly Review[], limit = 3): Review[] {
  return reviews
    .filter((other) => other.slug !== review.slug)
    .map((other) => ({ other, shared: other.themes.filter((theme) => review.themes.includes(theme)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.other.published.localeCompare(a.other.published) || a.other.slug.localeCompare(b.other.slug))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The reviews published just before and just after this one, in a list ordered newest first. */
export function neighbours(review: Review, newestFirst: readonly Review[]): { previous?: Review; next?: Review } {
  const index = newestFirst.findIndex((other) => other.slug === review.slug);
  if (index < 0) return {};
  const older = newestFirst[index + 1];
  const newer = newestFirst[index - 1];
  return { ...(older ? { previous: older } : {}), ...(newer ? { next: newer } : {}) };
}
