import type { GatheredReview, Review } from "../content/reviews.ts";

/** A title as compared between feeds: case, accents, spaces and punctuation aside ("Child R" and "child R." match). */
function comparableTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * What makes two partnerships' items the same review: a joint review is published by each
 * partnership on its own site, at its own address, so the address cannot tell. The same title,
 * type of review, day of publication and child's age group can: two partnerships' different
 * reviews agree on all four only by a rare coincidence (docs/national-index.md).
 */
export function jointReviewKey(review: Review): string {
  return [comparableTitle(review.title), review.reviewType, review.published, review.childAge ?? ""].join("|");
}

type LocalTheme = GatheredReview["localThemes"][number];

/**
 * The local themes of a joint review, each once: two partnerships with the same own theme (the
 * same key and label, as neighbours sharing a kit often have) give one theme, naming both.
 */
export function mergeLocalThemes(first: readonly LocalTheme[], second: readonly LocalTheme[]): LocalTheme[] {
  const merged = first.map((theme) => ({ ...theme, partnerships: [...theme.partnerships] }));
  for (const theme of second) {
    const same = merged.find(
      (other) => other.key === theme.key && comparableTitle(other.label) === comparableTitle(theme.label),
    );
    if (same) same.partnerships = [...new Set([...same.partnerships, ...theme.partnerships])];
    else merged.push({ ...theme, partnerships: [...theme.partnerships] });
  }
  return merged;
}

/**
 * Joins the reviews that two or more partnerships publish (see jointReviewKey) into one, which
 * names every partnership, in the order of the sources file: the first's address, title and
 * summary, every partnership's page and documents, and every theme any of them gives. Two items
 * of one partnership's own are never joined: they are two reviews.
 */
export function joinJointReviews(reviews: readonly Review[]): Review[] {
  const joined: Review[] = [];
  const byKey = new Map<string, Review[]>();
  for (const review of reviews) {
    const key = jointReviewKey(review);
    const candidates = byKey.get(key) ?? [];
    const partner = candidates.find(
      (candidate) =>
        !candidate.national?.publications.some((publication) =>
          review.national?.publications.some((own) => own.partnership === publication.partnership),
        ),
    );
    if (partner?.national && review.national) {
      const at = joined.indexOf(partner);
      const merged: Review = {
        ...partner,
        themes: [...new Set([...partner.themes, ...review.themes])],
        documents: [...partner.documents, ...review.documents],
        fictional: partner.fictional || review.fictional,
        national: {
          publications: [...partner.national.publications, ...review.national.publications],
          localThemes: mergeLocalThemes(partner.national.localThemes, review.national.localThemes),
        },
      };
      joined[at] = merged;
      candidates[candidates.indexOf(partner)] = merged;
      continue;
    }
    joined.push(review);
    byKey.set(key, [...candidates, review]);
  }
  return joined;
}

/** One partnership's item that was joined with other partnerships' into one joint review. */
export interface Join {
  /** The item's page on the partnership's own site, and its title. */
  page: string;
  title: string;
  /** The other partnerships' items it was joined with: their names and pages. */
  with: { name: string; page: string }[];
}

/**
 * Every join, by partnership key: the rule that joins two items is a likeness, not a link either
 * feed states (docs/national-index.md), so a mistaken join would hide a review. Each is reported
 * on the console and the sources page, so that a researcher or the national editor can see it.
 */
export function joinsOf(reviews: readonly Review[]): Map<string, Join[]> {
  const joins = new Map<string, Join[]>();
  for (const review of reviews) {
    const publications = review.national?.publications ?? [];
    if (publications.length < 2) continue;
    for (const publication of publications) {
      const others = publications.filter((other) => other !== publication);
      const list = joins.get(publication.partnership) ?? [];
      list.push({
        page: publication.page,
        title: review.title,
        with: others.map((other) => ({ name: other.name, page: other.page })),
      });
      joins.set(publication.partnership, list);
    }
  }
  return joins;
}
