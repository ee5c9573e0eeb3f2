import { z } from "zod";
import { isRealIsoDate } from "../text/dates.ts";
import { closestMatch } from "../text/suggest.ts";
import type { VocabularyEntry } from "./siteDataSchema.ts";

/** The fields a review's front matter may have, in the order the template lists them. */
export const REVIEW_FIELDS = [
  "title",
  "reviewType",
  "published",
  "summary",
  "themes",
  "childAge",
  "documents",
  "draft",
] as const;

export const SUMMARY_MAX_LENGTH = 300;

/** Longer titles are cut off in search results and browser tabs. */
export const TITLE_MAX_LENGTH = 70;

/** File types a review may attach, by extension, with the name a visitor sees beside the link. */
export const DOCUMENT_FORMATS: Readonly<Record<string, string>> = {
  pdf: "PDF",
  docx: "Word document",
  odt: "OpenDocument text",
  rtf: "Rich Text Format",
  txt: "Plain text",
  html: "Web page",
};

export interface ReviewVocabulary {
  reviewTypes: readonly VocabularyEntry[];
  themes: readonly VocabularyEntry[];
  ageGroups: readonly VocabularyEntry[];
}

/** "a theme", "an age group". */
const withArticle = (what: string) => `${/^[aeiou]/i.test(what) ? "an" : "a"} ${what}`;

/**
 * A message that tells a missing field from one with the wrong kind of value (a number, a list).
 * A field with nothing after its colon (YAML reads null) is `empty`, or as good as missing.
 */
const requiredOrText =
  (missing: string, wrongKind: string, empty = missing) =>
  (issue: { input: unknown }) =>
    issue.input === undefined ? missing : issue.input === null ? empty : wrongKind;

function oneOf(what: string, entries: readonly VocabularyEntry[], file: string) {
  const keys = entries.map((entry) => entry.key);
  const capitalised = withArticle(what).replace(/^a/, "A");
  // Every message says what is allowed, so the editor need not open _data/ to find it.
  const allowed = `Use one of: ${entries.map((entry) => `"${entry.key}" (${entry.label})`).join(", ")}.`;
  return z
    .string({
      error: requiredOrText(
        `${capitalised} is required. ${allowed}`,
        `must be one key from _data/${file}, written as text, like "${keys[0] ?? ""}". ${allowed}`,
        `is empty: write one key from _data/${file}, like "${keys[0] ?? ""}". ${allowed}`,
      ),
    })
    .superRefine((value, context) => {
      if (keys.includes(value)) return;
      const suggestion = closestMatch(value, keys);
      context.addIssue({
        code: "custom",
        message:
          `is not a known ${what}.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : "") +
          ` ${allowed}` +
          ` To add a new ${what}, add it to _data/${file} first.`,
      });
    });
}

/** A linked document's size, as the editor gives it: "505 KB", "1.2 MB". */
export const DOCUMENT_SIZE = /^\d+(\.\d+)? ?(bytes|KB|MB|GB)$/;
const DOCUMENT_SIZE_MESSAGE = 'must look like "505 KB" or "1.2 MB".';
const DOCUMENT_URL_MESSAGE = "must be a full web address starting with https://.";

/** A document stored in the site: a safe path in assets/documents/ of an allowed file type. */
export const documentFile = z
  .string({ error: "file must be the document's path, like assets/documents/child-a-executive-summary.pdf." })
  .superRefine((file, context) => {
    // One message per mistake, the most basic first.
    const extension = file.split(".").pop()?.toLowerCase() ?? "";
    let message: string | undefined;
    if (file.split("/").includes("..")) message = 'must not contain "..": the file must be inside assets/documents/.';
    else if (!/^assets\/documents\/[A-Za-z0-9._/-]+$/.test(file)) {
      message =
        "must be a path in assets/documents/, like assets/documents/child-a-executive-summary.pdf, " +
        "using only letters, numbers, hyphens, underscores, dots and slashes.";
    } else if (!(extension in DOCUMENT_FORMATS)) {
      message = `must be one of these file types: ${Object.keys(DOCUMENT_FORMATS)
        .map((known) => `.${known}`)
        .join(", ")}.`;
    }
    if (message) context.addIssue({ code: "custom", message });
  });

/**
 * A document is either a file in assets/ (the build works out its format and size) or a link
 * elsewhere (the editor gives format and size, since the build cannot see it).
 */
const documentEntry = z
  .strictObject(
    {
      title: z
        .string({ error: "Each document needs a title, the words of its link." })
        .trim()
        .min(1, "The document's title must not be empty."),
      file: documentFile.optional(),
      url: z
        .string({ error: DOCUMENT_URL_MESSAGE })
        .url(DOCUMENT_URL_MESSAGE)
        .refine(
          (url) => !URL.canParse(url) || url.startsWith("https://"),
          "must start with https:// (secure links only).",
        )
        .optional(),
      // An empty format is told apart below, with the missing one: one message for either.
      format: z.string().trim().optional(),
      size: z.string({ error: DOCUMENT_SIZE_MESSAGE }).regex(DOCUMENT_SIZE, DOCUMENT_SIZE_MESSAGE).optional(),
    },
    {
      error:
        'Each document starts with "- title:", and its other lines (file, or url, format and size) line up under title.',
    },
  )
  .superRefine((document, context) => {
    if (document.file && document.url) {
      context.addIssue({
        code: "custom",
        path: ["url"],
        message: "A document has either a file or a url, not both. Keep the one that is right.",
      });
    } else if (!document.file && !document.url) {
      context.addIssue({
        code: "custom",
        path: ["file"],
        message:
          "Each document needs a file (a path under assets/, like assets/documents/child-a.pdf) " +
          "or a url (a web address starting https://).",
      });
    }
    if (document.url && !document.format)
      context.addIssue({
        code: "custom",
        path: ["format"],
        message: 'A linked document needs its format, like "PDF".',
      });
    if (document.url && !document.size)
      context.addIssue({
        code: "custom",
        path: ["size"],
        message: 'A linked document needs its size, like "505 KB", so visitors know what they are downloading.',
      });
    if (document.file && (document.format || document.size)) {
      context.addIssue({
        code: "custom",
        path: [document.format ? "format" : "size"],
        message: "The build works out the format and size of a file in assets/ itself: remove format and size.",
      });
    }
  });

/** Plain text: no HTML tags and no Markdown formatting, since summaries appear in lists, feeds and search results. */
export function isPlainText(text: string): boolean {
  return !/<[a-z!/]/i.test(text) && !/\[[^\]]*\]\(/.test(text) && !/(\*\*|__|`)/.test(text);
}

/**
 * The schema for a review's front matter. It is built from the vocabularies in `_data/`, so a new
 * theme or review type is added as data, and checked against today's date, so a review cannot be
 * dated in the future.
 */
export function makeReviewSchema(vocabulary: ReviewVocabulary) {
  // Building a zod schema costs far more than using one: build it once per set of vocabularies.
  const cached = schemas.get(vocabulary.themes);
  if (
    cached &&
    cached.vocabulary.reviewTypes === vocabulary.reviewTypes &&
    cached.vocabulary.ageGroups === vocabulary.ageGroups
  )
    return cached.schema;
  const schema = buildReviewSchema(vocabulary);
  schemas.set(vocabulary.themes, { vocabulary, schema });
  return schema;
}

const schemas = new WeakMap<
  readonly VocabularyEntry[],
  { vocabulary: ReviewVocabulary; schema: ReturnType<typeof buildReviewSchema> }
>();

function buildReviewSchema(vocabulary: ReviewVocabulary) {
  return z.strictObject({
    title: z
      .string({
        error: requiredOrText(
          'A title is required: the review\'s name, like "Child A".',
          "must be text. " +
            'If the title is a number or starts with a symbol, put it in double quotes, like title: "2024".',
          "The title must not be empty.",
        ),
      })
      .trim()
      .min(1, "The title must not be empty.")
      .max(
        TITLE_MAX_LENGTH,
        `The title must be ${TITLE_MAX_LENGTH} characters or fewer, ` +
          "so it shows in full in search results and browser tabs. " +
          "Put the detail in the summary.",
      ),
    reviewType: oneOf("review type", vocabulary.reviewTypes, "review-types.json"),
    published: z
      .string({
        error: requiredOrText(
          "published is required: the date the review is published, written as YYYY-MM-DD, like 2024-03-01.",
          "must be a date written as YYYY-MM-DD, like 2024-03-01.",
        ),
      })
      .superRefine((value, context) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
          context.addIssue({ code: "custom", message: "must be a date written as YYYY-MM-DD, like 2024-03-01." });
        } else if (!isRealIsoDate(value)) {
          context.addIssue({
            code: "custom",
            message: "is not a real date (check the day and month). Write it as YYYY-MM-DD, like 2024-03-01.",
          });
        }
      }),
    summary: z
      .string({
        error: requiredOrText(
          `A summary is required: one or two plain sentences, at most ${SUMMARY_MAX_LENGTH} characters.`,
          "must be text. Put it in double quotes if it starts with a symbol or is a number.",
          "The summary must not be empty.",
        ),
      })
      .trim()
      .min(1, "The summary must not be empty.")
      .max(
        SUMMARY_MAX_LENGTH,
        `must be at most ${SUMMARY_MAX_LENGTH} characters. Shorten it; the full text belongs in the body.`,
      )
      .refine(isPlainText, "must be plain text: no HTML tags, links or Markdown formatting."),
    themes: z
      .array(oneOf("theme", vocabulary.themes, "themes.json"), {
        error:
          'themes must be a list, each on its own line starting with "- ", like:\n      themes:\n        - neglect',
      })
      .min(1, "At least one theme is required.")
      .superRefine((themes, context) => {
        const seen = new Set<string>();
        themes.forEach((theme, index) => {
          if (seen.has(theme))
            context.addIssue({ code: "custom", path: [index], message: "is listed twice. List each theme once." });
          seen.add(theme);
        });
      }),
    // An optional field left empty ("childAge:") means it does not apply, as if the line were not there.
    childAge: z.preprocess(
      (value) => value ?? undefined,
      oneOf("age group", vocabulary.ageGroups, "age-groups.json").optional(),
    ),
    documents: z.preprocess(
      (value) => value ?? undefined,
      z
        .array(documentEntry, { error: 'documents must be a list of documents, each starting with "- title:".' })
        .optional(),
    ),
    draft: z.preprocess((value) => value ?? undefined, z.boolean({ error: "draft must be true or false." }).optional()),
  });
}

/**
 * A published review cannot be dated ahead; a draft may carry the date it is planned to go live.
 * Checked on the raw fields, beside the schema, so it is reported even when other fields are wrong.
 */
export function futureDateMessage(data: Record<string, unknown>, today: string): string | undefined {
  const { published, draft } = data;
  if (draft === true || typeof published !== "string" || !isRealIsoDate(published) || published <= today)
    return undefined;
  return `is in the future (today is ${today}). Use the date the review is published, or add draft: true until then.`;
}

export type ReviewFrontMatter = z.infer<ReturnType<typeof makeReviewSchema>>;
