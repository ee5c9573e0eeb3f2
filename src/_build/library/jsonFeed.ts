import type { Review } from "../content/reviews.ts";
import type { SiteIdentity, VocabularyEntry } from "../content/siteDataSchema.ts";

/** How many reviews a feed carries: readers want what is new, not the whole library. */
export const FEED_LENGTH = 50;

/** The reviews a feed carries, newest first. */
export function feedEntries(reviews: readonly Review[]): Review[] {
  return reviews.slice(0, FEED_LENGTH);
}

const labelOf = (key: string, vocabulary: readonly VocabularyEntry[]) => vocabulary.find((entry) => entry.key === key)?.label ?? key;

/**
 * The newest reviews as a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).
 * The review's type and theme keys travel in a `_review` extension, for tools that filter them.
 */
export function jsonFeed(reviews: readonly Review[], context: { site: SiteIdentity; reviewTypes: readonly VocabularyEntry[]; themes: readonly VocabularyEntry[] }): string {
  const { site } = context;
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: `${site.name}: case reviews`,
    description: "New executive summaries of local case reviews, newest first.",
    home_page_url: `${site.url}/reviews/`,
    feed_url: `${site.url}/feed.json`,
    language: site.language,
    authors: [{ name: site.name, url: `${site.url}/` }],
    items: feedEntries(reviews).map((review) => ({
      id: `${site.url}${review.url}`,
      url: `${site.url}${review.url}`,
      title: review.title,
      summary: review.summary,
      content_text: review.summary,
      date_published: `${review.published}T00:00:00Z`,
      tags: review.themes.map((theme) => labelOf(theme, context.themes)),
      _review: {
        type: review.reviewType,
        type_label: labelOf(review.reviewType, context.reviewTypes),
        themes: review.themes,
        ...(review.childAge ? { child_age: review.childAge } : {}),
      },
    })),
  };
  return JSON.stringify(feed, null, 2);
}
