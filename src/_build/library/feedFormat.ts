import { z } from "zod";
import type { SiteIdentity, Theme, VocabularyEntry } from "../content/siteDataSchema.ts";

/**
 * The version of the feed's `_review` extension (docs/feed-format.md). MAJOR.MINOR: a new minor
 * version only adds optional fields; a new major version renames, removes or changes one.
 */
export const FEED_FORMAT_VERSION = "1.0";

/** Where the site publishes its JSON Feed and the JSON Schema that describes it. */
export const FEED_PATH = "/feed.json";
export const FEED_SCHEMA_PATH = "/feed.schema.json";

/** How many reviews a feed carries: readers want what is new, not the whole library. */
export const FEED_LENGTH = 50;

/** The vocabularies and identity a feed, and so its schema, is made from: `_data/`. */
export interface FeedContext {
  site: SiteIdentity;
  reviewTypes: readonly VocabularyEntry[];
  themes: readonly Theme[];
  ageGroups: readonly VocabularyEntry[];
}

const text = (description: string) => z.string().min(1).meta({ description });
/** A full https address; the pattern says so in the JSON Schema too, where "format" alone allows any scheme. */
const address = (description: string) => z.url({ protocol: /^https$/ }).meta({ description, pattern: "^https://" });

/** One of a vocabulary's keys, each with its label as the title, so the schema carries the vocabulary. */
function keyOf(entries: readonly VocabularyEntry[], description: string) {
  const [first, ...rest] = entries.map((entry) => z.literal(entry.key).meta({ title: entry.label }));
  if (!first) throw new Error(`A vocabulary is empty: ${description}`);
  return (rest.length ? z.union([first, ...rest]) : first).meta({ description });
}

/** A theme in the feed: a shared theme (its key is the same on every partnership's site) or a local one. */
function themeSchema(themes: readonly Theme[]) {
  const kinds = [
    {
      local: false,
      entries: themes.filter((theme) => !theme.local),
      description: "A theme shared by every partnership's site: its key means the same everywhere.",
    },
    {
      local: true,
      entries: themes.filter((theme) => theme.local),
      description: "A theme of this partnership's own: compare it with no other partnership's.",
    },
  ].filter((kind) => kind.entries.length);
  const [first, ...rest] = kinds.map((kind) =>
    z
      .strictObject({
        key: keyOf(kind.entries, "The theme's key, from the partnership's _data/themes.json."),
        label: text("The theme's name as the site shows it."),
        local: z
          .literal(kind.local)
          .meta({ description: "True for a theme of the partnership's own, false for one of the shared themes." }),
      })
      .meta({ description: kind.description }),
  );
  if (!first) throw new Error("There are no themes.");
  return rest.length ? z.discriminatedUnion("local", [first, ...rest]) : first;
}

/**
 * The site's JSON Feed, as a zod schema made from its vocabularies: the build's feed is typed by
 * it, and the JSON Schema published at /feed.schema.json is generated from it.
 */
export function makeFeedSchema(context: FeedContext) {
  const publisher = z
    .strictObject({
      name: text("The partnership's full name."),
      url: address("The address of the partnership's case reviews site, ending in a slash."),
    })
    .meta({ description: "The partnership that publishes the reviews." });
  const document = z
    .strictObject({
      url: address("The document's full address."),
      title: text("The document's title, as its link reads."),
      format: text('The kind of file, as the site names it: "PDF", "Word document", "Web page"...'),
      size: z
        .string()
        .regex(/^\d+(\.\d+)? (bytes|KB|MB|GB)$/)
        .meta({ description: 'The size as the site shows it, like "505 KB" (1 KB is 1,024 bytes).' }),
      size_in_bytes: z.int().nonnegative().optional().meta({
        description: "The exact size, for a document stored on the site; absent for a document linked elsewhere.",
      }),
    })
    .meta({ description: "A document published with the review, such as its executive summary or full report." });
  const review = z
    .strictObject({
      type: keyOf(context.reviewTypes, "The kind of review, from _data/review-types.json."),
      type_label: text("The kind of review, as the site names it."),
      published: z.iso.date().meta({ description: "The day the review was published, YYYY-MM-DD." }),
      themes: z
        .array(themeSchema(context.themes))
        .min(1)
        .meta({ description: "What the review is mainly about, most important first." }),
      child_age: z
        .strictObject({
          key: keyOf(context.ageGroups, "The age group's key, from _data/age-groups.json."),
          label: text("The age group as the site names it."),
        })
        .nullable()
        .meta({
          description: "The child's age group, or null where the review does not give one (a thematic review, say).",
        }),
      documents: z
        .array(document)
        .meta({ description: "The review's documents; an empty list when its page is the whole of it." }),
      publisher,
      fictional: z.literal(true).optional().meta({
        description: "Present, and true, only on a made-up example from a kit's tests: never show it as a real review.",
      }),
      draft: z
        .literal(true)
        .optional()
        .meta({ description: "Present, and true, only in a preview build: the review is not published yet." }),
    })
    .meta({ description: "What a system needs to list the review without reading its page." });
  // JSON Feed's own objects stay open: its other fields (image, attachments...) may be added.
  const item = z
    .looseObject({
      id: address("The review's permanent address: the same as url."),
      url: address("The review's page."),
      title: text("The review's title."),
      summary: text("The review's summary, plain text."),
      content_text: text("The review's summary again: the page holds the full text."),
      date_published: z.iso.datetime().meta({ description: "The day the review was published, at midnight UTC." }),
      tags: z.array(z.string().min(1)).meta({ description: "The themes' labels, for feed readers." }),
      _review: review,
    })
    .meta({ description: "One review, newest first." });
  return z
    .looseObject({
      version: z
        .literal("https://jsonfeed.org/version/1.1")
        .meta({ description: "JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/" }),
      title: text("The feed's title."),
      description: text("What the feed carries."),
      home_page_url: address("The site's list of reviews."),
      feed_url: address("This feed's own address."),
      language: z.string().min(2).meta({ description: "The language of the reviews, like en-GB." }),
      authors: z
        .array(z.looseObject({ name: text("The partnership's full name."), url: address("The partnership's site.") }))
        .min(1),
      _review: z
        .strictObject({
          about: address("The JSON Schema of this feed, which documents every field."),
          version: z
            .literal(FEED_FORMAT_VERSION)
            .meta({ description: "The version of the _review extension (docs/feed-format.md)." }),
          publisher,
        })
        .meta({ description: "The case reviews extension: its schema, its version and the publishing partnership." }),
      items: z
        .array(item)
        .max(FEED_LENGTH)
        .meta({ description: `The ${FEED_LENGTH} newest reviews at most, newest first.` }),
    })
    .meta({ description: "Fields not named here are JSON Feed's own: readers may ignore them." });
}

export type JsonFeed = z.infer<ReturnType<typeof makeFeedSchema>>;

/** The feed's JSON Schema (draft 2020-12), as published at /feed.schema.json: one site's vocabularies, one version. */
export function feedJsonSchema(context: FeedContext): Record<string, unknown> {
  const { site } = context;
  const { $schema, ...schema } = z.toJSONSchema(makeFeedSchema(context), { target: "draft-2020-12" });
  return {
    $schema,
    $id: `${site.url}${FEED_SCHEMA_PATH}`,
    title: `${site.name}: case reviews feed, version ${FEED_FORMAT_VERSION}`,
    ...schema,
  };
}

/** The JSON Schema as the file /feed.schema.json holds it. */
export function feedSchemaFile(context: FeedContext): string {
  return JSON.stringify(feedJsonSchema(context), null, 2);
}
