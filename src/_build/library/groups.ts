import type { Review } from "../content/reviews.ts";
import type { VocabularyEntry } from "../content/siteDataSchema.ts";
import { yearOf } from "../text/dates.ts";

/**
 * The ways a visitor can narrow the list of reviews; each has its own crawlable pages. The
 * national index adds partnerships and regions, from where its reviews were gathered.
 */
export type Facet = "partnerships" | "regions" | "themes" | "years" | "types" | "age-groups";

/** Each facet's name as a visitor reads it. */
export const FACET_TITLES: Readonly<Record<Facet, string>> = {
  partnerships: "Partnership",
  regions: "Region",
  themes: "Theme",
  years: "Year published",
  types: "Review type",
  "age-groups": "Child's age",
};

/** The library's own title, the first step of every list's breadcrumbs. */
export const LIBRARY = { title: "Local reviews", url: "/reviews/" } as const;

/** The national index's library: every partnership's reviews, gathered from their feeds. */
export const NATIONAL_LIBRARY = { title: "Reviews", url: "/reviews/" } as const;

/** The library a site lists its reviews in: a partnership's local reviews, or the national index's. */
export type Library = { readonly title: string; readonly url: string };

/** How a site's lists are laid out: the library they list, and where each facet is browsed from. */
export interface Listing {
  library: Library;
  /**
   * Facets browsed from a page of the site's own instead of a list of their values (the national
   * index's 150 partnerships are browsed from /partnerships/, by region).
   */
  pageOf: Partial<Record<Facet, string>>;
}

/** A partnership's site: its local reviews, every facet browsed from its own list. */
export const LOCAL_LISTING: Listing = { library: LIBRARY, pageOf: {} };

/** The page that lists a facet's values, or the site's own page it is browsed from. */
function facetPage(facet: Facet, { pageOf }: Listing): string {
  return pageOf[facet] ?? `/reviews/${facet}/`;
}

/** Reviews sharing one value of a facet (a theme, a year, a type, an age group). */
export interface ReviewGroup {
  facet: Facet;
  key: string;
  label: string;
  /** The group's page title: "Theme: Neglect". */
  heading: string;
  url: string;
  reviews: Review[];
}

/** Groups reviews by a vocabulary, in the vocabulary's order, leaving out values no review has. */
function groupByVocabulary(
  facet: Facet,
  reviews: readonly Review[],
  vocabulary: readonly VocabularyEntry[],
  keysOf: (review: Review) => readonly string[],
): ReviewGroup[] {
  return vocabulary
    .map((entry) => ({
      facet,
      key: entry.key,
      label: entry.label,
      heading: `${FACET_TITLES[facet]}: ${entry.label}`,
      url: `/reviews/${facet}/${entry.key}/`,
      reviews: reviews.filter((review) => keysOf(review).includes(entry.key)),
    }))
    .filter((group) => group.reviews.length > 0);
}

export function groupByTheme(reviews: readonly Review[], themes: readonly VocabularyEntry[]): ReviewGroup[] {
  return groupByVocabulary("themes", reviews, themes, (review) => review.themes);
}

export function groupByType(reviews: readonly Review[], types: readonly VocabularyEntry[]): ReviewGroup[] {
  return groupByVocabulary("types", reviews, types, (review) => [review.reviewType]);
}

export function groupByAgeGroup(reviews: readonly Review[], ageGroups: readonly VocabularyEntry[]): ReviewGroup[] {
  return groupByVocabulary("age-groups", reviews, ageGroups, (review) => (review.childAge ? [review.childAge] : []));
}

/**
 * The partnerships (or regions) that publish the national index's reviews, by name: the values
 * of those facets come from the reviews themselves, not from a vocabulary in _data/.
 */
function publishersOf(reviews: readonly Review[], pick: "partnership" | "region"): VocabularyEntry[] {
  const entries = new Map<string, string>();
  for (const review of reviews) {
    for (const publication of review.national?.publications ?? []) {
      if (pick === "partnership") entries.set(publication.partnership, publication.name);
      else entries.set(publication.regionKey, publication.region);
    }
  }
  return [...entries].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label));
}

export function groupByPartnership(reviews: readonly Review[]): ReviewGroup[] {
  const keysOf = (review: Review) =>
    (review.national?.publications ?? []).map((publication) => publication.partnership);
  return groupByVocabulary("partnerships", reviews, publishersOf(reviews, "partnership"), keysOf);
}

export function groupByRegion(reviews: readonly Review[]): ReviewGroup[] {
  const keysOf = (review: Review) => (review.national?.publications ?? []).map((publication) => publication.regionKey);
  return groupByVocabulary("regions", reviews, publishersOf(reviews, "region"), keysOf);
}

/** Groups reviews by the year they were published, newest year first. */
export function groupByYear(reviews: readonly Review[]): ReviewGroup[] {
  const years = [...new Set(reviews.map((review) => yearOf(review.published)))].sort().reverse();
  return years.map((year) => ({
    facet: "years" as const,
    key: year,
    label: year,
    heading: `${FACET_TITLES.years}: ${year}`,
    url: `/reviews/years/${year}/`,
    reviews: reviews.filter((review) => yearOf(review.published) === year),
  }));
}

export interface Vocabularies {
  themes: readonly VocabularyEntry[];
  reviewTypes: readonly VocabularyEntry[];
  ageGroups: readonly VocabularyEntry[];
}

/** A way of browsing the library (theme, year, ...), with its groups of reviews. */
export interface FacetGroups {
  facet: Facet;
  title: string;
  heading: string;
  /** The facet page's description, for search engines' results. */
  description: string;
  url: string;
  groups: ReviewGroup[];
}

/**
 * Every facet with its groups, in the order the listing offers them; facets no review uses are
 * left out (so partnerships and regions appear only in the national index). A facet named in
 * the listing's `pageOf` is browsed from that page instead of a list of its values.
 */
export function facets(
  reviews: readonly Review[],
  vocabularies: Vocabularies,
  listing: Listing = LOCAL_LISTING,
): FacetGroups[] {
  const all = [
    groupByPartnership(reviews),
    groupByRegion(reviews),
    groupByTheme(reviews, vocabularies.themes),
    groupByYear(reviews),
    groupByType(reviews, vocabularies.reviewTypes),
    groupByAgeGroup(reviews, vocabularies.ageGroups),
  ];
  return all
    .filter((groups) => groups.length > 0)
    .map((groups) => {
      const facet = (groups[0] as ReviewGroup).facet;
      const title = FACET_TITLES[facet];
      const description = `${listing.library.title} grouped by ${title.toLowerCase()}.`;
      return {
        facet,
        title,
        heading: `Reviews by ${title.toLowerCase()}`,
        description,
        url: facetPage(facet, listing),
        groups,
      };
    });
}

/** One page of a long list: its reviews, and where it sits among the other pages. */
export interface ListPage {
  url: string;
  /** The page's title: the list's, with the page number after the first ("Local reviews, page 2"). */
  title: string;
  pageNumber: number;
  pageCount: number;
  /** The links between pages: the first, the last, this one and its neighbours, with gaps between. */
  pageLinks: PageLink[];
  previousUrl?: string;
  nextUrl?: string;
  reviews: Review[];
  total: number;
  /** The position in the whole list of this page's first and last reviews, counting from 1. */
  first: number;
  last: number;
}

/** The URL of page N (from 1) of a list whose first page is at baseUrl: /reviews/, /reviews/page/2/, ... */
export function listPageUrl(baseUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? baseUrl : `${baseUrl}page/${pageNumber}/`;
}

/** A link to one page of a list, or a gap standing for the pages not linked. */
export type PageLink = { pageNumber: number; url: string; current: boolean } | { gap: true };

/**
 * The page links for page N of a list, as GOV.UK's pagination: "1 … 6 [7] 8 … 42". Linking every
 * page would make each page of a long list grow with the library, and a phone's screen fill with
 * numbers. A gap that would hide a single page shows that page instead.
 */
export function pageLinks(baseUrl: string, pageNumber: number, pageCount: number): PageLink[] {
  const shown = [...new Set([1, pageNumber - 1, pageNumber, pageNumber + 1, pageCount])]
    .filter((number) => number >= 1 && number <= pageCount)
    .sort((a, b) => a - b);
  const links: PageLink[] = [];
  const link = (number: number) =>
    links.push({ pageNumber: number, url: listPageUrl(baseUrl, number), current: number === pageNumber });
  let previous = 0;
  for (const number of shown) {
    if (number - previous === 2) link(previous + 1);
    else if (number - previous > 2) links.push({ gap: true });
    link(number);
    previous = number;
  }
  return links;
}

/**
 * Splits a list of reviews into pages of pageSize, so no page grows with the library. Each page
 * carries its own title (and the layout reads it from there), since a title worked out in a
 * template's front matter would be compiled again for every one of thousands of pages.
 */
export function paginate(reviews: readonly Review[], baseUrl: string, pageSize: number, title: string): ListPage[] {
  return pagesOf(reviews, baseUrl, pageSize, title).map(({ items, ...page }) => ({ ...page, reviews: items }));
}

/** A page of a list of anything (the national index's partnerships, say), as a page of reviews is. */
export type PageOf<T> = Omit<ListPage, "reviews"> & { items: T[] };

/** Splits any list into pages, as `paginate` splits reviews. */
export function pagesOf<T>(reviews: readonly T[], baseUrl: string, pageSize: number, title: string): PageOf<T>[] {
  const pageCount = Math.max(1, Math.ceil(reviews.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => ({
    url: listPageUrl(baseUrl, index + 1),
    title: index === 0 ? title : `${title}, page ${index + 1}`,
    pageNumber: index + 1,
    pageCount,
    pageLinks: pageLinks(baseUrl, index + 1, pageCount),
    ...(index > 0 ? { previousUrl: listPageUrl(baseUrl, index) } : {}),
    ...(index + 1 < pageCount ? { nextUrl: listPageUrl(baseUrl, index + 2) } : {}),
    items: reviews.slice(index * pageSize, (index + 1) * pageSize),
    total: reviews.length,
    first: index * pageSize + 1,
    last: Math.min(reviews.length, (index + 1) * pageSize),
  }));
}

/** A page of a filtered list: the group it belongs to, that group's facet title, and the page's description. */
export interface FilterPage extends ListPage {
  group: Omit<ReviewGroup, "reviews">;
  facetTitle: string;
  /** The page of the facet's other values (see Listing). */
  facetUrl: string;
  description: string;
}

/** Every page of every filtered list, for one paginated template to write. */
export function filterPages(
  groups: readonly ReviewGroup[],
  pageSize: number,
  listing: Listing = LOCAL_LISTING,
): FilterPage[] {
  return groups.flatMap((group) => {
    const { reviews, ...rest } = group;
    const facetTitle = FACET_TITLES[group.facet];
    const description = `${listing.library.title}, ${facetTitle.toLowerCase()}: ${group.label}.`;
    const facetUrl = facetPage(group.facet, listing);
    return paginate(reviews, group.url, pageSize, group.heading).map((listPage) => ({
      ...listPage,
      group: rest,
      facetTitle,
      facetUrl,
      description,
    }));
  });
}

/**
 * The title of every page that can appear in a breadcrumb trail inside the library, by URL:
 * the library, each facet's page and each group's first page. Worked out from the facets (see
 * `facets`), so breadcrumbs need no other page to have been built.
 */
export function sectionTitles(
  allFacets: readonly FacetGroups[],
  library: Library = LIBRARY,
  others: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const titles: Record<string, string> = { [library.url]: library.title };
  for (const facet of allFacets) {
    titles[facet.url] = facet.heading;
    for (const group of facet.groups) titles[group.url] = group.heading;
  }
  // A section with a page of its own (the national index's /partnerships/) keeps that page's title.
  return { ...titles, ...others };
}
