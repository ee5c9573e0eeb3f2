import type { Review } from "../content/reviews.ts";
import { formatDisplayDate, yearOf } from "../text/dates.ts";

/**
 * How to cite a review, in the Harvard style UK social work research uses:
 * Author (year) Title. Type. Publisher. Available at: URL (Accessed: date).
 */
export function citeReview(
  review: Review,
  options: { partnership: string; typeLabel: string; siteUrl: string; page?: string },
): string {
  // A review the national index gathered is cited where its partnership publishes it (`page`).
  return (
    `${options.partnership} (${yearOf(review.published)}) ${review.title}: ${options.typeLabel.toLowerCase()}. ` +
    `Published ${formatDisplayDate(review.published)}. ` +
    `Available at: ${options.page ?? `${options.siteUrl}${review.url}`}`
  );
}
