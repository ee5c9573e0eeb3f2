import {
  DOCUMENT_FORMATS,
  DOCUMENT_SIZE,
  REVIEW_FIELDS,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type ReviewVocabulary,
} from "../content/reviewSchema.ts";
import type { SiteData } from "../content/siteData.ts";
import type { VocabularyEntry } from "../content/siteDataSchema.ts";
import { refusal } from "./formRules.ts";

/**
 * The editors' form (Decap CMS, https://decapcms.org/docs/configuration-options/), generated from
 * `_data/` and from the build's own rules, so the lists, limits and messages it shows are the ones
 * the pull request's check applies. What a form cannot say (a file name already taken, a summary
 * with a link in it) is still caught by that check, in the same words.
 */

/** A Decap field or collection: plain data, written out as YAML. */
export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;

/** Where the form saves. */
export type CmsBackend =
  /** The site: GitHub, signed in through Netlify's OAuth provider, every change a pull request. */
  | { kind: "github"; repo: string; branch: string; siteDomain?: string }
  /**
   * `npm run edit`: decap-server writing into the working copy
   * (https://decapcms.org/docs/working-with-a-local-git-repository/).
   */
  | { kind: "local"; url: string };

/** A Markdown page of the site an editor may change, and the front matter it has now. */
export interface EditablePage {
  /** Relative to the project root: "src/privacy.md". */
  file: string;
  data: Record<string, unknown>;
}

export interface CmsConfigInput {
  data: Pick<SiteData, "site" | "reviewTypes" | "themes" | "ageGroups" | "links">;
  backend: CmsBackend;
  pages: readonly EditablePage[];
  /** Edit the fictional reviews in tests/fixtures (demos), not the real ones. */
  fixtures: boolean;
}

/** Where reviews and their documents are kept, as the build reads them (contentFolders.ts). */
export function reviewFolders(fixtures: boolean): { reviews: string; documents: string; slugPrefix: string } {
  return fixtures
    ? { reviews: "tests/fixtures/reviews", documents: "tests/fixtures/assets/documents", slugPrefix: "fictional-" }
    : { reviews: "src/reviews", documents: "assets/documents", slugPrefix: "" };
}

const options = (entries: readonly VocabularyEntry[]) =>
  entries.map((entry) => ({ label: entry.label, value: entry.key }));

/** A pattern as Decap takes it: the expression and the message shown when the value does not match. */
const pattern = (expression: RegExp, message: string) => [expression.source, message];

/** One field for each of a review's front matter fields, in the template's order, and the body. */
export function reviewFields(vocabulary: ReviewVocabulary): CmsField[] {
  const long = (length: number) => "x".repeat(length);
  const documentTypes = Object.keys(DOCUMENT_FORMATS)
    .map((extension) => `.${extension}`)
    .join(", ");
  const fields: Record<(typeof REVIEW_FIELDS)[number], CmsField> = {
    title: {
      name: "title",
      label: "Title",
      widget: "string",
      hint:
        `The review's name, as it should appear on the site (at most ${TITLE_MAX_LENGTH} characters). ` +
        'The web address is made from it: "Child A" is published at /reviews/child-a/.',
      // Not blank, and no longer than the limit.
      pattern: pattern(
        new RegExp(`^(?=[^]*\\S)[^]{0,${TITLE_MAX_LENGTH}}$`),
        refusal(vocabulary, "title", long(TITLE_MAX_LENGTH + 1)),
      ),
    },
    reviewType: {
      name: "reviewType",
      label: "Type of review",
      widget: "select",
      options: options(vocabulary.reviewTypes),
      hint: "The kind of review. The list is _data/review-types.json.",
    },
    published: {
      name: "published",
      label: "Date published",
      // A date picker that refuses a date after today, unless the review is a draft (assets/js/admin/cms.ts).
      widget: "review-date",
      date_format: "YYYY-MM-DD",
      format: "YYYY-MM-DD",
      time_format: false,
      picker_utc: true,
      hint: "The day the review is published on this site. It cannot be in the future unless the review is a draft.",
    },
    summary: {
      name: "summary",
      label: "Summary",
      widget: "text",
      hint:
        `One or two plain sentences saying what the review is about, at most ${SUMMARY_MAX_LENGTH} characters. ` +
        "No links or formatting: it appears in lists, search results and feeds.",
      pattern: pattern(
        new RegExp(`^[^]{0,${SUMMARY_MAX_LENGTH}}$`),
        refusal(vocabulary, "summary", long(SUMMARY_MAX_LENGTH + 1)),
      ),
    },
    themes: {
      name: "themes",
      label: "Themes",
      widget: "select",
      multiple: true,
      min: 1,
      options: options(vocabulary.themes),
      hint: "What the review is about: choose one or more. The list is _data/themes.json.",
    },
    childAge: {
      name: "childAge",
      label: "Child's age",
      widget: "select",
      required: false,
      options: options(vocabulary.ageGroups),
      hint: "Optional: the child's age group. Leave it empty if it does not apply.",
    },
    documents: {
      name: "documents",
      label: "Documents",
      label_singular: "document",
      widget: "list",
      required: false,
      summary: "{{fields.title}}",
      hint: `Optional: the review's documents to download (${documentTypes}), each with a title.`,
      fields: [
        { name: "title", label: "Title", widget: "string", hint: 'The words of the link, like "Executive summary".' },
        {
          name: "file",
          label: "File",
          widget: "file",
          required: false,
          choose_url: false,
          hint: "Upload the document. Its file name becomes part of its web address: use lowercase words and hyphens.",
        },
        {
          name: "url",
          label: "Or a web address",
          widget: "string",
          required: false,
          pattern: pattern(/^(https:\/\/\S+)?$/, "A web address must start with https:// (secure links only)."),
          hint: "Only for a document kept on another website, instead of a file. Then give its format and size too.",
        },
        { name: "format", label: "Format (for a web address)", widget: "string", required: false, hint: 'Like "PDF".' },
        {
          name: "size",
          label: "Size (for a web address)",
          widget: "string",
          required: false,
          pattern: pattern(
            new RegExp(`^(${DOCUMENT_SIZE.source.replace(/^\^|\$$/g, "")})?$`),
            'The size must look like "505 KB" or "1.2 MB".',
          ),
        },
      ],
    },
    draft: {
      name: "draft",
      label: "Draft",
      widget: "boolean",
      required: false,
      default: false,
      hint: "A draft shows on previews only, never on the published site.",
    },
  };
  return [
    ...REVIEW_FIELDS.map((field) => fields[field]),
    {
      name: "body",
      label: "Executive summary",
      widget: "markdown",
      // The preview renders what the editor typed: Decap's advisory GHSA-xp8g-32qh-mv28.
      sanitize_preview: true,
      hint:
        "The executive summary, in Markdown. " +
        "Start headings with ## (the title is already the page's main heading).",
    },
  ];
}

/** The Markdown pages: title, description and body; the rest of their front matter kept as it is. */
function pageFields(page: EditablePage): CmsField[] {
  const fields: CmsField[] = [
    { name: "layout", label: "Layout", widget: "hidden" },
    { name: "title", label: "Title", widget: "string", hint: "The page's main heading." },
  ];
  const description = {
    name: "description",
    label: "Description",
    widget: "string",
    hint: "One sentence for search engines and link previews.",
  };
  const computed = page.data.eleventyComputed as Record<string, unknown> | undefined;
  // A description worked out from site.json (it names the partnership) stays in its own place.
  if (computed && "description" in computed) {
    fields.push({
      name: "eleventyComputed",
      label: "Description",
      widget: "object",
      collapsed: false,
      fields: [description],
    });
  } else {
    fields.push(description);
  }
  if ("lede" in page.data) fields.push({ name: "lede", label: "Introduction", widget: "text", required: false });
  // Raw Markdown only: these pages hold HTML and template tags that a rich-text editor would rewrite.
  fields.push({ name: "body", label: "Body", widget: "markdown", modes: ["raw"], sanitize_preview: true });
  return fields;
}

/** The page a file collection entry is about, named as an editor knows it. */
function pageLabel(page: EditablePage): string {
  return typeof page.data.title === "string" ? page.data.title : page.file;
}

/** The fields of a link in _data/links.json. */
function linkFields(): CmsField[] {
  return [
    { name: "title", label: "Title", widget: "string" },
    { name: "publisher", label: "Publisher", widget: "string" },
    {
      name: "url",
      label: "Web address",
      widget: "string",
      pattern: pattern(/^https:\/\/\S+$/, "A web address must start with https:// (secure links only)."),
    },
    { name: "format", label: "Format", widget: "select", options: ["Web page", "PDF", "Word document", "Spreadsheet"] },
    { name: "size", label: "Size (for a PDF)", widget: "string", required: false, hint: 'Like "505 KB".' },
    { name: "description", label: "Description", widget: "string", required: false },
  ];
}

/** A page's description and introduction in _data/site.json (the home page's, the list's). */
function pageIntroduction(name: string, label: string): CmsField {
  return {
    name,
    label,
    widget: "object",
    collapsed: false,
    fields: [
      { name: "description", label: "Description (for search engines)", widget: "string" },
      { name: "introduction", label: "Introduction", widget: "text" },
    ],
  };
}

/** The whole configuration, as Decap reads it from admin/config.yml. */
export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const { data, backend, pages } = input;
  const folders = reviewFolders(input.fixtures);
  return {
    backend:
      backend.kind === "github"
        ? {
            name: "github",
            repo: backend.repo,
            branch: backend.branch,
            ...(backend.siteDomain ? { site_domain: backend.siteDomain } : {}),
            // Pull requests' titles: what an editor did, in their words.
            commit_messages: {
              create: "New {{collection}}: {{slug}}",
              update: "Change {{collection}}: {{slug}}",
              delete: "Remove {{collection}}: {{slug}}",
              uploadMedia: "Upload {{path}}",
              deleteMedia: "Remove {{path}}",
            },
          }
        : { name: "github", repo: "local/working-copy", branch: "main" },
    ...(backend.kind === "local" ? { local_backend: { url: backend.url } } : {}),
    // Saving makes a branch and a pull request; publishing merges it. Never a commit to main.
    publish_mode: "editorial_workflow",
    media_folder: folders.documents,
    // The path the build expects in a review's documents: "assets/documents/child-a.pdf".
    public_folder: "assets/documents",
    site_url: data.site.url,
    display_url: data.site.url,
    locale: "en",
    // File names as the build wants them: lowercase letters and numbers joined by hyphens.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      {
        name: "reviews",
        label: "Reviews",
        label_singular: "review",
        description: `The reviews published on ${data.site.shortName}: one file each in ${folders.reviews}/.`,
        folder: folders.reviews,
        extension: "md",
        format: "frontmatter",
        create: true,
        slug: `${folders.slugPrefix}{{slug}}`,
        identifier_field: "title",
        summary: "{{title}} ({{published}})",
        sortable_fields: ["published", "title"],
        preview_path: "reviews/{{slug}}/",
        fields: reviewFields(data),
      },
      {
        name: "pages",
        label: "Pages",
        label_singular: "page",
        description: "The site's own pages.",
        files: [
          ...pages.map((page) => ({
            name: page.file.replace(/^src\//, "").replace(/\.md$/, ""),
            label: pageLabel(page),
            file: page.file,
            fields: pageFields(page),
          })),
          {
            name: "home",
            label: "Home page and list of reviews (in _data/site.json)",
            file: "_data/site.json",
            format: "json",
            fields: [
              { name: "title", label: "Home page heading", widget: "string" },
              pageIntroduction("home", "Home page"),
              pageIntroduction("library", "List of local reviews"),
            ],
          },
        ],
      },
      {
        name: "data",
        label: "Links",
        description: "Links to other websites, used across the site's pages.",
        files: [
          {
            name: "links",
            label: "Links to other websites (_data/links.json)",
            file: "_data/links.json",
            format: "json",
            // One group per link the pages name: a new link needs a page to show it, so it is added by a developer.
            fields: Object.entries(data.links).map(([key, link]) => ({
              name: key,
              label: link.title,
              widget: "object",
              collapsed: true,
              summary: "{{fields.title}}",
              fields: linkFields(),
            })),
          },
        ],
      },
    ],
  };
}
