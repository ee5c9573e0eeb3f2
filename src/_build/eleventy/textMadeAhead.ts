import type { Review } from "../content/reviews.ts";

/**
 * The reviews' text as HTML, made ahead on the content checks' thread in a production build while
 * Eleventy prepares its pages (see contentWorker.ts), and looked up by the Markdown it was made
 * from. Eleventy's thread, the build's busiest, then renders only what was not made ahead: all of
 * it with `npm start`, which has no checks' thread. The same Markdown always makes the same HTML,
 * so a lookup can never give a page another review's text.
 */
let madeAhead: Map<string, string> | undefined;
let checkForArrival: (() => void) | undefined;

/** Keeps the HTML made ahead, given in the order of `reviews`. */
export function keepTextMadeAhead(reviews: readonly Review[], html: readonly string[]): void {
  const made = new Map<string, string>();
  // A review without its HTML (never expected) is left out, to be rendered on Eleventy's thread.
  reviews.forEach((review, index) => {
    const reviewHtml = html[index];
    if (reviewHtml !== undefined) made.set(review.body, reviewHtml);
  });
  madeAhead = made;
}

/**
 * How to check whether the HTML has arrived, without waiting for the event loop: Eleventy renders
 * pages in long runs of promises, during which messages to its thread wait.
 */
export function checkForTextMadeAheadWith(check: () => void): void {
  checkForArrival = check;
}

/** The HTML made ahead for a review's Markdown text, if it has arrived. */
export function textMadeAhead(markdown: string): string | undefined {
  if (!madeAhead) checkForArrival?.();
  return madeAhead?.get(markdown);
}
