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
  // A title that already names the kind of review ("Thematic review: keeping babies safe") is not
  // followed by it again.
  const type = options.typeLabel.toLowerCase();
  const titled = review.title.toLowerCase().includes(type) ? review.title : `${review.title}: ${type}`;
  return (
    `${options.partnership} (${yearOf(review.published)}) ${titled}. ` +
    `Published ${formatDisplayDate(review.published)}. ` +
    `Available at: ${options.page ?? `${options.siteUrl}${review.url}`}`
  );
}
