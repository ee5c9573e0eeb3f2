import { z } from "zod";

/** A key used in URLs and front matter: lowercase words joined by hyphens. */
export const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const keyMessage = 'must be lowercase letters and numbers joined by hyphens, like "domestic-abuse".';

const text = (what: string) =>
  z
    .string({ error: `${what} is required and must be text.` })
    .trim()
    .min(1, `${what} must not be empty.`);

const httpsUrl = z
  .string({ error: "A web address is required." })
  .url("must be a full web address starting with https://.")
  .refine(
    (value) => !URL.canParse(value) || value.startsWith("https://"),
    "must start with https:// (secure links only).",
  );

/** A page's description for search engines, and the introduction under its heading. */
const pageIntroduction = (pages: string) =>
  z.strictObject({
    description: text(`${pages} description (for search engines)`),
    introduction: text(`${pages} introduction`),
  });

/** How to reach the partnership about the site: at least one way. */
const contactSchema = z
  .strictObject({
    email: z.email("must be an email address, like reviews@example.org.").optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()-]{6,}$/, "must be a phone number, like 020 7946 0000.")
      .optional(),
    url: httpsUrl.optional(),
  })
  .refine((contact) => contact.email || contact.phone || contact.url, "needs at least one of email, phone and url.");

/**
 * The partnership's identity: everything the templates, feeds and archive say about who publishes
 * the site and where. Templates and build code name no partnership or place themselves.
 */
export const siteSchema = z.strictObject({
  name: text("The partnership's name"),
  shortName: text("A short name"),
  area: text("The area the partnership covers"),
  place: text('The place\'s short name, as in "<place> reviews"'),
  title: text("The site's title"),
  description: text("A one-sentence description"),
  url: httpsUrl.refine((value) => !value.endsWith("/"), "must not end with a slash."),
  language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, "must be a language tag like en-GB."),
  archiveSlug: z.string().regex(keyPattern, `archiveSlug ${keyMessage}`),
  quickExit: z.strictObject({ url: httpsUrl, label: text("The quick exit's label") }),
  home: pageIntroduction("The home page's"),
  library: pageIntroduction("The list of local reviews'"),
  textSource: text("Where the words of the serious case reviews page come from (shown as their source)"),
  contact: contactSchema.optional(),
  /** A made-up partnership for tests and demonstrations: every page says so, and its reviews are fictional. */
  fictional: z.boolean({ error: "fictional must be true or false." }).optional(),
});

const vocabularyEntry = z.strictObject({
  key: z.string({ error: "Each entry needs a key." }).regex(keyPattern, `The key ${keyMessage}`),
  label: text("The label"),
  plural: z.string().trim().min(1).optional(),
  description: z.string().trim().min(1).optional(),
});

/** A vocabulary's list, with at least one entry and no key used twice. */
function uniqueKeys<Entry extends { key: string }>(list: z.ZodType<Entry[]>) {
  return list.superRefine((entries, context) => {
    if (!entries.length) context.addIssue({ code: "custom", message: "The list must have at least one entry." });
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.key)) {
        context.addIssue({
          code: "custom",
          path: [index, "key"],
          message: `The key "${entry.key}" is used twice; each key must be unique.`,
        });
      }
      seen.add(entry.key);
    });
  });
}

/** A list of { key, label } entries (review types, age groups) with no key used twice. */
export const vocabularySchema = uniqueKeys(
  z.array(vocabularyEntry, { error: "This file must be a list of entries, each with a key and a label." }),
);

const linkSchema = z
  .strictObject({
    title: text("The link's title"),
    publisher: text("The publisher"),
    url: httpsUrl,
    format: z.enum(["Web page", "PDF", "Word document", "Spreadsheet"], {
      error: "format must be one of: Web page, PDF, Word document, Spreadsheet.",
    }),
    size: z
      .string()
      .regex(/^\d+(\.\d+)? (KB|MB)$/, 'size must look like "505 KB" or "1.2 MB".')
      .optional(),
    description: z.string().trim().min(1).optional(),
  })
  .superRefine((link, context) => {
    // A link labelled as a PDF must really be one: the label promises a download of that size.
    if (link.format === "PDF") {
      if (URL.canParse(link.url) && !/\.pdf$/i.test(new URL(link.url).pathname)) {
        context.addIssue({
          code: "custom",
          path: ["url"],
          message:
            "is labelled as a PDF but does not end in .pdf. " +
            'Label it for what it is (format "Web page") or link to the PDF itself.',
        });
      }
      if (!link.size) {
        context.addIssue({
          code: "custom",
          path: ["size"],
          message: 'A PDF link needs its size, like "505 KB", so visitors know what they are downloading.',
        });
      }
    }
  });

/**
 * Themes: the kit's shared themes, whose keys every partnership keeps so that reviews can be
 * compared across England, and a partnership's own, marked `"local": true`.
 */
export const themesSchema = uniqueKeys(
  z.array(vocabularyEntry.extend({ local: z.boolean({ error: "local must be true or false." }).optional() }), {
    error: "This file must be a list of themes, each with a key and a label.",
  }),
);

export const linksSchema = z.record(
  z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "Link names must be single words like nspccRepository."),
  linkSchema,
);

const sourceSchema = z.strictObject({
  title: text("The source's title"),
  link: z.string().optional(),
});

export const criteriaSchema = z.strictObject({
  editions: z
    .array(
      z.strictObject({
        key: z.string().regex(keyPattern, `The key ${keyMessage}`),
        guidance: text("The guidance edition"),
        reviewType: z.string(),
        appliesWhen: text("When the edition applies"),
        lists: z
          .array(
            z.strictObject({
              key: z.string().regex(keyPattern, `The key ${keyMessage}`),
              heading: text("The heading"),
              intro: z.string().trim().min(1).optional(),
              items: z.array(text("An item")).min(1, "A list needs at least one item."),
              source: sourceSchema,
            }),
          )
          .min(1, "An edition needs at least one list."),
      }),
    )
    .min(1, "There must be at least one guidance edition."),
});

export const statisticsSchema = z.strictObject({
  report: z.strictObject({
    authors: z.array(text("An author")).min(1),
    firstAuthorFullName: text("The first author's full name"),
    year: z.number().int().min(1900).max(2100),
    published: text("When it was published"),
    title: text("The title"),
    series: text("The report series and number"),
    publisher: text("The publisher"),
    institutions: text("The list of institutions"),
    isbn: text("The ISBN"),
    link: z.string(),
    scope: z.strictObject({ text: text("The scope"), source: text("The scope's source") }),
  }),
  casesStudiedInDetail: z.number().int().positive("must be a whole number above 0."),
  findings: z
    .array(
      z.strictObject({
        key: z.string().regex(keyPattern, `The key ${keyMessage}`),
        label: text("The label"),
        /** True when the label is plural ("All three issues were present"). */
        plural: z.boolean().optional(),
        percent: z
          .number()
          .min(0, "A percentage must be between 0 and 100.")
          .max(100, "A percentage must be between 0 and 100."),
        themes: z.array(z.string()).min(1, "Each finding must name the themes it matches."),
      }),
    )
    .min(1),
  provenance: text("Where the figures come from"),
});

export type SiteIdentity = z.infer<typeof siteSchema>;
export type VocabularyEntry = z.infer<typeof vocabularyEntry>;
export type Theme = VocabularyEntry & { local?: boolean };
export type ExternalLink = z.infer<typeof linkSchema>;
export type Criteria = z.infer<typeof criteriaSchema>;
export type Statistics = z.infer<typeof statisticsSchema>;
