import type { Review } from "../content/reviews.ts";
import type { VocabularyEntry } from "../content/siteDataSchema.ts";
import {
  FEED_FORMAT_VERSION,
  FEED_LENGTH,
  FEED_PATH,
  FEED_SCHEMA_PATH,
  type FeedContext,
  type JsonFeed,
} from "./feedFormat.ts";

export { FEED_LENGTH };

/** The reviews a feed carries, newest first. */
export function feedEntries(reviews: readonly Review[]): Review[] {
  return reviews.slice(0, FEED_LENGTH);
}

/**
 * What a feed carries, in its `description` (and the Atom feed's subtitle): a partnership's own
 * reviews, or the national index's gathering of every partnership's.
 */
export function feedDescription(national: boolean): string {
  return national
    ? "The newest case reviews gathered from every partnership's feed, newest first: each links to its partnership's own page."
    : "New executive summaries of local case reviews, newest first.";
}

const labelOf = (key: string, vocabulary: readonly VocabularyEntry[]) =>
  vocabulary.find((entry) => entry.key === key)?.label ?? key;

/**
 * Who publishes a review in the feed: the site's partnership, or, in the national index, each
 * partnership that publishes it (the first as `_review.publisher`, all of them as the item's authors).
 */
function publishersOf(review: Review, site: FeedContext["site"]): { name: string; url: string }[] {
  const gathered = review.national?.publications.map((publication) => ({
    name: publication.name,
    url: `${publication.site}/`,
  }));
  return gathered?.length ? gathered : [{ name: site.name, url: `${site.url}/` }];
}

/**
 * The newest reviews as a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). What
 * another system needs to list a review without reading its page travels in the `_review`
 * extension, documented in docs/feed-format.md and described by /feed.schema.json (feedFormat.ts).
 */
export function jsonFeed(reviews: readonly Review[], context: FeedContext & { national?: boolean }): string {
  const { site } = context;
  const publisher = { name: site.name, url: `${site.url}/` };
  const feed: JsonFeed = {
    version: "https://jsonfeed.org/version/1.1",
    title: `${site.name}: case reviews`,
    description: feedDescription(context.national === true),
    home_page_url: `${site.url}/reviews/`,
    feed_url: `${site.url}${FEED_PATH}`,
    language: site.language,
    authors: [publisher],
    _review: { about: `${site.url}${FEED_SCHEMA_PATH}`, version: FEED_FORMAT_VERSION, publisher },
    items: feedEntries(reviews).map((review) => ({
      id: `${site.url}${review.url}`,
      url: `${site.url}${review.url}`,
      // In the national index, the review itself is on its partnership's site.
      ...(review.national
        ? { external_url: review.national.publications[0]?.page, authors: publishersOf(review, site) }
        : {}),
      title: review.title,
      summary: review.summary,
      content_text: review.summary,
      date_published: `${review.published}T00:00:00Z`,
      tags: [
        ...review.themes.map((theme) => labelOf(theme, context.themes)),
        ...(review.national?.localThemes ?? []).map((theme) => theme.label),
      ],
      _review: {
        type: review.reviewType,
        type_label: labelOf(review.reviewType, context.reviewTypes),
        published: review.published,
        themes: [
          ...review.themes.map((key) => {
            const theme = context.themes.find((entry) => entry.key === key);
            return { key, label: theme?.label ?? key, local: theme?.local === true };
          }),
          ...(review.national?.localThemes ?? []).map((theme) => ({ key: theme.key, label: theme.label, local: true })),
        ],
        child_age: review.childAge
          ? { key: review.childAge, label: labelOf(review.childAge, context.ageGroups) }
          : null,
        documents: review.documents.map((document) => ({
          // A stored document's address is the site's; a linked one's is already in full.
          url: document.local ? `${site.url}${document.href}` : document.href,
          title: document.title,
          format: document.format,
          size: document.size,
          ...(document.bytes === undefined ? {} : { size_in_bytes: document.bytes }),
        })),
        publisher: publishersOf(review, site)[0] ?? publisher,
        ...(review.fictional ? { fictional: true as const } : {}),
        ...(review.draft ? { draft: true as const } : {}),
      },
    })),
  };
  return JSON.stringify(feed, null, 2);
}
