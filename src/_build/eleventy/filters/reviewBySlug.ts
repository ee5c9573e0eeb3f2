import type { Review } from "../../content/reviews.ts";

const indexes = new WeakMap<readonly Review[], Map<string, Review>>();

/** The review with this slug. Indexed once per build, since every review page asks. */
export function reviewBySlug(reviews: readonly Review[], slug: string): Review | undefined {
  let index = indexes.get(reviews);
  if (!index) {
    index = new Map(reviews.map((review) => [review.slug, review]));
    indexes.set(reviews, index);
  }
  return index.get(slug);
}
