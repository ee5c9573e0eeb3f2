import type { Review } from "../content/reviews.ts";

/**
 * For one list of reviews: each theme's reviews (by position), and each review's position. Built
 * once, shared by every page.
 */
interface ReviewIndex {
  byTheme: Map<string, number[]>;
  position: Map<string, number>;
  /** Each review's place in the order of related reviews sharing as many themes: newer first, then by address. */
  rank: Int32Array;
  /** Scratch space for counting shared themes, one slot per review, reset after each use. */
  counts: Int32Array;
  /** The closest reviews to each set of themes, worked out once: in a large library many reviews share a set. */
  closestByThemes: Map<string, Review[]>;
}

const indexes = new WeakMap<readonly Review[], ReviewIndex>();

function indexOf(reviews: readonly Review[]): ReviewIndex {
  let index = indexes.get(reviews);
  if (!index) {
    const byTheme = new Map<string, number[]>();
    const position = new Map<string, number>();
    reviews.forEach((review, at) => {
      position.set(review.slug, at);
      for (const theme of review.themes) {
        const list = byTheme.get(theme);
        if (list) list.push(at);
        else byTheme.set(theme, [at]);
      }
    });
    const rank = new Int32Array(reviews.length);
    [...reviews.keys()]
      .sort((a, b) => newerFirst(reviews[a] as Review, reviews[b] as Review))
      .forEach((at, place) => {
        rank[at] = place;
      });
    index = { byTheme, position, rank, counts: new Int32Array(reviews.length), closestByThemes: new Map() };
    indexes.set(reviews, index);
  }
  return index;
}

/** Among reviews sharing as many themes: newer first, then by address (dates and slugs are plain ASCII). */
function newerFirst(a: Review, b: Review): number {
  if (a.published !== b.published) return a.published > b.published ? -1 : 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** The `limit` reviews closest to a set of themes (sharing most of them, then newest), from those sharing any. */
function closestTo(themes: readonly string[], reviews: readonly Review[], index: ReviewIndex, limit: number): Review[] {
  const { byTheme, counts, rank } = index;
  const touched: number[] = [];
  for (const theme of themes) {
    for (const at of byTheme.get(theme) ?? []) {
      if (counts[at] === 0) touched.push(at);
      counts[at] = (counts[at] ?? 0) + 1;
    }
  }
  // One number orders the candidates, higher first: shared themes, then rank. Thousands of
  // candidates per set of themes are compared, so no strings are compared and nothing is made for them.
  const scoreOf = (at: number) => (counts[at] ?? 0) * reviews.length + (reviews.length - (rank[at] ?? 0));
  const best: number[] = [];
  const bestScores: number[] = [];
  for (const at of touched) {
    const score = scoreOf(at);
    counts[at] = 0;
    let place = best.length;
    while (place > 0 && score > (bestScores[place - 1] ?? 0)) place--;
    if (place >= limit) continue;
    best.splice(place, 0, at);
    bestScores.splice(place, 0, score);
    if (best.length > limit) {
      best.pop();
      bestScores.pop();
    }
  }
  return best.map((at) => reviews[at] as Review);
}

/**
 * Other reviews that share themes with this one: most shared themes first, then newest. A reader
 * of one review of neglect is most helped by the next closest case. Reviews with the same themes
 * have the same closest reviews (less themselves), so each set of themes is ranked only once.
 */
export function relatedReviews(review: Review, reviews: readonly Review[], limit = 3): Review[] {
  const index = indexOf(reviews);
  const key = `${limit}|${[...review.themes].sort().join(",")}`;
  let closest = index.closestByThemes.get(key);
  if (!closest) {
    // One more than needed: the review itself is among the closest to its own themes.
    closest = closestTo(review.themes, reviews, index, limit + 1);
    index.closestByThemes.set(key, closest);
  }
  return closest.filter((other) => other.slug !== review.slug).slice(0, limit);
}

/** The reviews published just before and just after this one, in a list ordered newest first. */
export function neighbours(review: Review, newestFirst: readonly Review[]): { previous?: Review; next?: Review } {
  const index = indexOf(newestFirst).position.get(review.slug);
  if (index === undefined) return {};
  const older = newestFirst[index + 1];
  const newer = newestFirst[index - 1];
  return { ...(older ? { previous: older } : {}), ...(newer ? { next: newer } : {}) };
}
