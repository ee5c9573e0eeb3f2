import type { Review } from "../../../src/_build/content/reviews.ts";

/** The parts of a review a library test cares about; everything else gets a plain default. */
export interface ReviewParts {
  slug: string;
  published?: string;
  title?: string;
  reviewType?: string;
  themes?: string[];
  childAge?: string;
  summary?: string;
  draft?: boolean;
}

/** A checked review, as readReview would give it, built from the few fields a test names. */
export function makeReview(parts: ReviewParts): Review {
  const { slug } = parts;
  return {
    slug,
    url: `/reviews/${slug}/`,
    file: `src/reviews/${slug}.md`,
    title: parts.title ?? `Review ${slug}`,
    reviewType: parts.reviewType ?? "serious-case-review",
    published: parts.published ?? "2024-03-01",
    summary: parts.summary ?? `A short summary of ${slug}.`,
    themes: parts.themes ?? ["neglect"],
    ...(parts.childAge ? { childAge: parts.childAge } : {}),
    documents: [],
    draft: parts.draft ?? false,
    fictional: false,
    body: "## What happened\n\nA summary.\n",
  };
}

/** The slugs of some reviews, in order: the clearest thing to compare when order matters. */
export function slugs(reviews: readonly Pick<Review, "slug">[]): string[] {
  return reviews.map((review) => review.slug);
}
