import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Review } from "../content/reviews.ts";

/** What Eleventy gives a Nunjucks shortcode as `this`: the page's data and the Nunjucks environment. */
interface ShortcodeContext {
  ctx: Record<string, unknown>;
  env: { render(name: string, context: Record<string, unknown>): string };
}

/** The card's template, which stays the one place its markup is written. */
const CARD_TEMPLATE = "partials/review-card.njk";

/**
 * `{% reviewCards reviews, "h2" %}`: a list's review cards, each as partials/review-card.njk
 * renders it. Each review appears on a page of every list it is in (all reviews, each theme, its
 * year, type and age group) and as a related review: tens of thousands of cards in a large
 * library, but only a few different ones per review. Each is rendered once per build and reused,
 * and a whole list is one call rather than a template loop, which costs more than the cards.
 */
export function reviewCardPlugin(eleventyConfig: UserConfig): void {
  // Cards by heading, then by review's address.
  let rendered = { h2: new Map<string, string>(), h3: new Map<string, string>() };
  // A new build may have new labels or a changed template (`npm start`): cards are made afresh.
  eleventyConfig.on("eleventy.before", () => {
    rendered = { h2: new Map(), h3: new Map() };
  });
  eleventyConfig.addNunjucksShortcode(
    "reviewCards",
    function (this: ShortcodeContext, reviews: readonly Review[], headingTag: "h2" | "h3" = "h2") {
      const cards = rendered[headingTag];
      if (!cards) throw new Error(`reviewCards: the heading is "h2" or "h3", not ${JSON.stringify(headingTag)}.`);
      return reviews
        .map((review) => {
          let card = cards.get(review.slug);
          if (card === undefined) {
            const { reviewTypes, themes } = this.ctx;
            card = this.env.render(CARD_TEMPLATE, { review, cardHeading: headingTag, reviewTypes, themes });
            cards.set(review.slug, card);
          }
          return card;
        })
        .join("\n");
    },
  );
}
