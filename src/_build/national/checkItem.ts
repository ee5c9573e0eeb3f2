import type { z } from "zod";
import { describeValue } from "../content/problems.ts";
import {
  futureDateMessage,
  isPlainText,
  makeReviewSchema,
  REVIEW_FIELDS,
  type ReviewVocabulary,
} from "../content/reviewSchema.ts";
import type { Review, ReviewDocument } from "../content/reviews.ts";
import { keyPattern, type SiteIdentity, type Theme } from "../content/siteDataSchema.ts";
import { findInvisibleCharacters } from "../content/unsafeMarkup.ts";
import { checkContent, jsonKindOf, jsonPath, jsonWords, zodProblems } from "../content/zodProblems.ts";
import { makeFeedSchema } from "../library/feedFormat.ts";
import { slugify } from "../text/slug.ts";
import { hostOf, type Source } from "./sources.ts";

/** What is wrong with one item of a feed, in words for the sources page and the console. */
export interface ItemProblem {
  /** Where in the item, as JSON Feed names it ("title", "_review.themes[2].key"). */
  field?: string;
  /** What the item gave, shown as text, cut short. */
  value?: string;
  reason: string;
}

/** What every item of one partnership's feed is checked against: made once per feed. */
export interface ItemChecks {
  source: Source;
  /** The national index's review types and age groups, its shared themes, and this partnership's own themes. */
  vocabulary: ReviewVocabulary;
  sharedThemes: ReadonlySet<string>;
  /** The kit's schema of a feed item (library/feedFormat.ts), made from the same vocabulary. */
  itemSchema: z.ZodType;
  today: string;
  /** Items marked fictional are shown only by a national index that is itself a fictional example. */
  acceptFictional: boolean;
  /** The feed's `_review` is a newer minor version: fields this reader does not know are ignored. */
  newerMinor: boolean;
  /** When the feed was last fetched, and whether the latest try failed: every review from it says so. */
  fetched: string;
  stale: boolean;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
const asList = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

/**
 * The themes a partnership's feed marks as its own, made into vocabulary entries (a shared key is
 * never taken as local).
 */
export function localThemesOf(items: readonly unknown[], sharedThemes: ReadonlySet<string>): Theme[] {
  const found = new Map<string, Theme>();
  for (const item of items) {
    for (const theme of asList(asObject(asObject(item)._review).themes) ?? []) {
      const { key, label, local } = asObject(theme);
      if (local !== true || typeof key !== "string" || typeof label !== "string" || !keyPattern.test(key)) continue;
      if (sharedThemes.has(key) || found.has(key) || !label.trim()) continue;
      found.set(key, { key, label: label.trim(), local: true });
    }
  }
  return [...found.values()];
}

type NationalVocabulary = { site: SiteIdentity; vocabulary: ReviewVocabulary };
type ChecksOptions = Pick<ItemChecks, "today" | "acceptFictional" | "newerMinor" | "fetched" | "stale">;

/**
 * Makes the checks for each partnership's feed: the national index's vocabularies (the kit's
 * shared ones) with the partnership's own themes added, and the kit's own schemas made from them.
 * Making a schema costs far more than using one, and most partnerships add no theme of their own,
 * so feeds that add the same ones (or none) share their schemas.
 */
export function itemChecksMaker(
  national: NationalVocabulary,
): (source: Source, items: readonly unknown[], options: ChecksOptions) => ItemChecks {
  const shared = national.vocabulary.themes.filter((theme) => !(theme as Theme).local);
  const sharedThemes = new Set(shared.map((theme) => theme.key));
  const made = new Map<string, Pick<ItemChecks, "vocabulary" | "itemSchema">>();
  return (source, items, options) => {
    const local = localThemesOf(items, sharedThemes);
    const signature = JSON.stringify(local);
    let schemas = made.get(signature);
    if (!schemas) {
      const vocabulary = { ...national.vocabulary, themes: [...shared, ...local] };
      schemas = { vocabulary, itemSchema: makeFeedSchema({ site: national.site, ...vocabulary }).shape.items.element };
      made.set(signature, schemas);
    }
    return { source, sharedThemes, ...schemas, ...options };
  };
}

/** The checks for one partnership's feed (see itemChecksMaker, which a gathering of many feeds uses). */
export function itemChecksFor(
  source: Source,
  items: readonly unknown[],
  national: NationalVocabulary,
  options: ChecksOptions,
): ItemChecks {
  return itemChecksMaker(national)(source, items, options);
}

/** The item's fields as a review's front matter, so the same schema as a local review checks them. */
function asFrontMatter(item: Json): Json {
  const review = asObject(item._review);
  const themes = asList(review.themes);
  const documents = asList(review.documents);
  const childAge = review.child_age === null ? undefined : asObject(review.child_age).key;
  return {
    title: item.title,
    reviewType: review.type,
    published: review.published,
    summary: item.summary,
    themes: themes ? themes.map((theme) => asObject(theme).key) : review.themes,
    ...(childAge === undefined ? {} : { childAge }),
    documents: documents
      ? documents.map((document) => {
          const { title, url, format, size } = asObject(document);
          return { title, url, format, size };
        })
      : review.documents,
  };
}

/**
 * A front matter field's name as the feed spells it: reviewType is _review.type, themes[2] is
 * _review.themes[2].key (positions count from 0, as in the feed's JSON: see jsonPath).
 */
function feedField(field: string | undefined): string | undefined {
  if (!field) return field;
  return field
    .replace(/^reviewType$/, "_review.type")
    .replace(/^published$/, "_review.published")
    .replace(/^childAge$/, "_review.child_age.key")
    .replace(/^themes(\[\d+\])$/, "_review.themes$1.key")
    .replace(/^(themes|documents)/, "_review.$1");
}

/** Fields the review's own schema checks, with better messages: the feed schema's word on them is not repeated. */
const CHECKED_AS_REVIEW =
  /^(title|summary|_review\.(type|published|child_age\.key|themes(\[\d+\]\.key)?|documents(\[\d+\]\.(title|url|format|size))?))$/;

/**
 * A local review's message, as the national index gives it: the list of allowed keys is long on a
 * page of refusals, and the index publishes it (/feed.schema.json); an editor's next step
 * ("add it to _data/ first") is the index's, not the partnership's.
 */
function forFeeds(message: string): string {
  return message
    .replace(/ Use one of: .*$/s, " The keys this index knows are listed in its /feed.schema.json.")
    .replace(/ To add a new .*? first\.$/s, "")
    .replace("the full text belongs in the body.", "the full text belongs on the review's page.");
}

/**
 * Why an address may not be linked from the national index, if it may not: https on the
 * partnership's own host only.
 */
function addressProblem(value: unknown, host: string): string | undefined {
  if (typeof value !== "string" || !URL.canParse(value)) return undefined; // the schemas say so
  const url = new URL(value);
  if (url.protocol !== "https:") return "must start with https:// (secure addresses only).";
  if (url.host !== host)
    return `is on another host (${url.host}): a partnership's reviews and documents must be on its own site, ${host}.`;
  return undefined;
}

/** Problems only the national index looks for: what a partnership's own build cannot check for it. */
function nationalProblems(item: Json, checks: ItemChecks): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const add = (field: string, value: unknown, reason: string) =>
    problems.push({ field, ...(value === undefined ? {} : { value: describeValue(value) }), reason });
  const review = asObject(item._review);
  const host = hostOf(checks.source.site) ?? "";
  for (const field of ["id", "url"] as const) {
    const problem = addressProblem(item[field], host);
    if (problem) add(field, item[field], problem);
  }
  if (typeof item.id === "string" && typeof item.url === "string" && item.id !== item.url)
    add("id", item.id, "must be the same as url, the review's page (docs/feed-format.md).");
  (asList(review.documents) ?? []).forEach((document, index) => {
    const { url } = asObject(document);
    const problem = addressProblem(url, host);
    if (problem) add(`_review.documents[${index}].url`, url, problem);
  });
  const publisher = asObject(review.publisher).url;
  if (typeof publisher === "string" && URL.canParse(publisher) && new URL(publisher).host !== host) {
    add(
      "_review.publisher.url",
      publisher,
      `names another publisher's site: this feed is ${checks.source.name}'s, at ${host}.`,
    );
  }
  // Plain text, as a review's summary must be: titles too, since the index shows them in lists, feeds and search.
  if (typeof item.title === "string" && !isPlainText(item.title))
    add("title", item.title, "must be plain text: no HTML tags, links or Markdown formatting.");
  for (const field of ["title", "summary"] as const) {
    const value = item[field];
    if (typeof value === "string" && findInvisibleCharacters(value).length) {
      add(
        field,
        value,
        `holds an invisible character (${findInvisibleCharacters(value)[0]?.found}), which can hide text.`,
      );
    }
  }
  (asList(review.themes) ?? []).forEach((theme, index) => {
    const { key, label, local } = asObject(theme);
    if (local === true && typeof key === "string" && checks.sharedThemes.has(key)) {
      add(
        `_review.themes[${index}].local`,
        true,
        `marks the shared theme "${key}" as the partnership's own: ` +
          "a shared theme's key means the same everywhere, so it is never local.",
      );
    } else if (local === true && typeof label === "string" && !isPlainText(label)) {
      add(`_review.themes[${index}].label`, label, "must be plain text: no HTML tags, links or Markdown formatting.");
    }
  });
  const future = futureDateMessage({ published: review.published }, checks.today);
  if (future) add("_review.published", review.published, future);
  if (review.draft === true)
    add(
      "_review.draft",
      true,
      "marks a draft, not yet published: a production feed has none, and the index lists only published reviews.",
    );
  if (review.fictional === true && !checks.acceptFictional) {
    add(
      "_review.fictional",
      true,
      "marks a made-up example from a kit's tests: the national index never shows one as a real review.",
    );
  }
  return problems;
}

/** The last part of the review's address, as its address in the national index under its partnership's. */
function slugOf(page: string): string {
  const segments = new URL(page).pathname.split("/").filter(Boolean);
  return slugify(segments.at(-1) ?? "") || "review";
}

/**
 * Checks one item of a partnership's feed as untrusted input: with the kit's schema of a feed
 * item, with the same schema and vocabularies as a local review (its title, type, date, summary,
 * themes, age and documents), and with the rules only a national index can apply (addresses on
 * the partnership's own host, plain text, no future date, no draft). Returns the review, or
 * every problem found.
 */
export function checkItem(raw: unknown, checks: ItemChecks): { review?: Review; problems: ItemProblem[] } {
  // Anything but an object has no fields to check: one message says so, not one per missing field.
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    return {
      problems: [
        {
          value: describeValue(raw),
          reason:
            `is ${jsonKindOf(raw)}, not an item: each item of a feed must be a JSON object, ` +
            "with id, url, title, summary, date_published and _review (docs/feed-format.md).",
        },
      ],
    };
  }
  const item = raw as Json;
  const problems: ItemProblem[] = [];
  const structure = checkContent(checks.itemSchema, raw, jsonWords);
  // Where a value is missing or of the wrong kind, the feed schema's message says so in JSON's
  // words; the review schema's word on the same field, or on fields inside it, is an editor's.
  const wrongKind = structure.success
    ? []
    : structure.error.issues.filter((issue) => issue.code === "invalid_type").map((issue) => jsonPath(issue.path));
  const withinWrongKind = (field: string | undefined) =>
    field !== undefined &&
    wrongKind.some((path) => field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`));
  if (!structure.success) {
    for (const problem of zodProblems("", structure.error, raw, [], undefined, jsonPath)) {
      if (problem.field && CHECKED_AS_REVIEW.test(problem.field) && !wrongKind.includes(problem.field)) continue;
      if (checks.newerMinor && problem.message.includes("is not a field we know")) continue;
      problems.push({
        ...(problem.field ? { field: problem.field } : {}),
        ...(problem.value === undefined ? {} : { value: describeValue(problem.value) }),
        reason: problem.message,
      });
    }
  }
  const frontMatter = asFrontMatter(item);
  const asReview = checkContent(makeReviewSchema(checks.vocabulary), frontMatter);
  if (!asReview.success) {
    for (const problem of zodProblems("", asReview.error, frontMatter, REVIEW_FIELDS, undefined, jsonPath)) {
      const field = feedField(problem.field);
      if (withinWrongKind(field)) continue;
      problems.push({
        ...(field ? { field } : {}),
        ...(problem.value === undefined ? {} : { value: describeValue(problem.value) }),
        reason: forFeeds(problem.message),
      });
    }
  }
  problems.push(...nationalProblems(item, checks));
  if (problems.length || !asReview.success) return { problems: dedupe(problems) };

  const data = asReview.data;
  const review = asObject(item._review);
  const page = String(item.url);
  const documents = (asList(review.documents) ?? []).map((entry, index): ReviewDocument => {
    const document = asObject(entry);
    const checked = data.documents?.[index];
    const bytes = typeof document.size_in_bytes === "number" ? { bytes: document.size_in_bytes } : {};
    return {
      title: checked?.title ?? "",
      href: checked?.url ?? "",
      format: checked?.format ?? "",
      size: checked?.size ?? "",
      ...bytes,
      local: false,
    };
  });
  const { source } = checks;
  const slug = `${source.key}/${slugOf(page)}`;
  return {
    problems,
    review: {
      slug,
      url: `/reviews/${slug}/`,
      file: page,
      title: data.title,
      reviewType: data.reviewType,
      published: data.published,
      summary: data.summary,
      themes: data.themes.filter((theme) => checks.sharedThemes.has(theme)),
      ...(data.childAge ? { childAge: data.childAge } : {}),
      documents,
      draft: false,
      fictional: review.fictional === true,
      body: "",
      national: {
        publications: [
          {
            partnership: source.key,
            name: source.name,
            region: source.region,
            regionKey: source.regionKey,
            site: source.site,
            page,
            documents,
            fetched: checks.fetched,
            stale: checks.stale,
          },
        ],
        localThemes: data.themes
          .filter((theme) => !checks.sharedThemes.has(theme))
          .map((key) => ({
            key,
            label: checks.vocabulary.themes.find((theme) => theme.key === key)?.label ?? key,
            partnerships: [source.name],
          })),
      },
    },
  };
}

/** One problem per field and reason: the same fault found by two checks is said once. */
function dedupe(problems: readonly ItemProblem[]): ItemProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field ?? ""}|${problem.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st... */
function ordinal(count: number): string {
  const teen = count % 100 >= 11 && count % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[count % 10] ?? "th");
  return `${count}${suffix}`;
}

/** How an item is named in a report: its address, or its place in the feed when it has none. */
export function itemLabel(raw: unknown, index: number): { item: string; title?: string } {
  const { id, url, title } = asObject(raw);
  const address = typeof id === "string" ? id : typeof url === "string" ? url : undefined;
  // Its place in words and as the JSON path a feed's developer would look up, counting from 0.
  const shown =
    address && address.length <= 200 ? address : `items[${index}], the ${ordinal(index + 1)} item in the feed`;
  return {
    item: shown,
    ...(typeof title === "string" && title.trim()
      ? { title: title.length > 120 ? `${title.slice(0, 117)}...` : title }
      : {}),
  };
}
