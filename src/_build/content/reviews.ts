import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { displayPath, paths } from "../projectPaths.ts";
import { formatFileSize } from "../text/fileSize.ts";
import { readFrontMatter } from "./frontMatter.ts";
import type { Problem } from "./problems.ts";
import {
  DOCUMENT_FORMATS,
  documentFile,
  futureDateMessage,
  makeReviewSchema,
  REVIEW_FIELDS,
  type ReviewVocabulary,
} from "./reviewSchema.ts";
import { EXAMPLE_BODY, EXAMPLE_SUMMARY } from "./reviewTemplate.ts";
import { keyPattern } from "./siteDataSchema.ts";
import { findInvisibleCharacters, readBodyMarkup, type NamedImage } from "./unsafeMarkup.ts";
import { checkContent, zodProblems } from "./zodProblems.ts";

/** Paths under /reviews/ that the library's own pages use, so no review may take them as its slug. */
export const RESERVED_REVIEW_SLUGS = ["themes", "years", "types", "age-groups", "page"] as const;

/**
 * Every fictional example's file name starts with this, so its address says what it is and no
 * real review can ever share an address with one.
 */
export const FICTIONAL_PREFIX = "fictional-";

/** Where a review file comes from. Fictional ones are the test fixtures, never in production. */
export interface ReviewSource {
  absolutePath: string;
  /** The path an editor sees, relative to the project root. */
  file: string;
  slug: string;
  fictional: boolean;
}

/** A document attached to a review, ready for a link: where it is, what it is and how big. */
export interface ReviewDocument {
  title: string;
  href: string;
  format: string;
  size: string;
  /** The file's exact size, for a stored file; a linked document's is only known as the editor gives it. */
  bytes?: number;
  local: boolean;
}

/** A checked review: its front matter, its body, and what the build worked out about it. */
export interface Review {
  slug: string;
  url: string;
  file: string;
  title: string;
  reviewType: string;
  published: string;
  summary: string;
  themes: string[];
  childAge?: string;
  documents: ReviewDocument[];
  draft: boolean;
  fictional: boolean;
  body: string;
  /** Only in the national index: the partnerships that publish the review (src/_build/national/). */
  national?: GatheredReview;
}

/**
 * A review in the national index, gathered from partnerships' feeds: each partnership that
 * publishes it (two or more for a joint review), and the themes that are a partnership's own.
 * Its `body` is empty: the review itself stays on the partnership's site, and is linked, never copied.
 */
export interface GatheredReview {
  publications: Publication[];
  /**
   * Themes of a partnership's own (`"local": true` in its feed): shown, never compared with
   * another's. Each is listed once, with the names of the partnerships whose own theme it is (two
   * for a joint review whose partnerships both have it).
   */
  localThemes: { key: string; label: string; partnerships: string[] }[];
}

/** One partnership's publication of a review in the national index. */
export interface Publication {
  /** The partnership's key in the national index (/partnerships/<key>/). */
  partnership: string;
  name: string;
  region: string;
  regionKey: string;
  /** The partnership's site, and the review's page on it. */
  site: string;
  page: string;
  /** The review's documents, on the partnership's own site. */
  documents: ReviewDocument[];
  /** The day the partnership's feed was last fetched (YYYY-MM-DD). */
  fetched: string;
  /** True when the latest try to fetch the feed failed, and this is the copy last fetched. */
  stale: boolean;
}

/**
 * Lists the review files in a folder, and anything there that is not one. `fictional` says whether
 * the folder holds made-up examples (named "fictional-...") or real reviews (never so named);
 * undefined when that is not known, and then names are not checked for it.
 */
export async function listReviewSources(
  dir: string,
  fictional: boolean | undefined,
): Promise<{ sources: ReviewSource[]; problems: Problem[] }> {
  const sources: ReviewSource[] = [];
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return { sources, problems };
  }
  for (const name of names) {
    const absolutePath = path.join(dir, name);
    const file = displayPath(absolutePath);
    if (name.startsWith(".")) continue;
    if (!name.endsWith(".md")) {
      problems.push({
        file,
        message:
          "Only review files ending in .md belong in this folder. " +
          "Rename it to end in .md, or move it (documents go in assets/documents/).",
      });
      continue;
    }
    const slug = name.slice(0, -".md".length);
    if (!keyPattern.test(slug)) {
      const suggested = slug
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
      problems.push({
        file,
        message:
          "The file name becomes the review's web address, " +
          "so it must be lowercase letters and numbers joined by hyphens. " +
          `Rename it to ${suggested || "child-a"}.md.`,
      });
      continue;
    }
    if ((RESERVED_REVIEW_SLUGS as readonly string[]).includes(slug)) {
      const lists = RESERVED_REVIEW_SLUGS.map((name) => `/reviews/${name}/`).join(", ");
      problems.push({
        file,
        message:
          `"${slug}" is already the address of one of the site's lists of reviews (${lists}). ` +
          "Choose another file name.",
      });
      continue;
    }
    if (fictional === false && slug.startsWith(FICTIONAL_PREFIX)) {
      problems.push({
        file,
        message:
          `File names starting "${FICTIONAL_PREFIX}" are kept for the made-up examples used in tests. ` +
          "Choose another file name.",
      });
      continue;
    }
    if (fictional === true && !slug.startsWith(FICTIONAL_PREFIX)) {
      problems.push({
        file,
        message: `A fictional example's file name must start "${FICTIONAL_PREFIX}", so its address says it is made up.`,
      });
      continue;
    }
    sources.push({ absolutePath, file, slug, fictional: fictional ?? slug.startsWith(FICTIONAL_PREFIX) });
  }
  return { sources, problems };
}

/**
 * The local files a review's front matter names, read from the raw data so they are checked even
 * when other fields are wrong.
 */
function namedFiles(data: Record<string, unknown>): { index: number; file: string }[] {
  if (!Array.isArray(data.documents)) return [];
  return data.documents.flatMap((document: unknown, index) => {
    const file = (document as { file?: unknown } | null)?.file;
    // Only paths the schema accepts are looked for: a bad path gets the schema's message, not two.
    return typeof file === "string" && documentFile.safeParse(file).success ? [{ index, file }] : [];
  });
}

/** Checks that each named file exists, and works out its format and size. */
async function inspectFiles(
  files: { index: number; file: string }[],
  reviewFile: string,
  root: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Promise<{ found: Map<number, ReviewDocument>; problems: Problem[] }> {
  const found = new Map<number, ReviewDocument>();
  const problems: Problem[] = [];
  for (const { index, file } of files) {
    try {
      const info = await stat(path.join(root, file));
      if (!info.isFile()) throw new Error("not a file");
      const extension = file.split(".").pop()?.toLowerCase() ?? "";
      found.set(index, {
        title: "",
        href: `/${file}`,
        format: DOCUMENT_FORMATS[extension] ?? extension.toUpperCase(),
        size: formatFileSize(info.size),
        bytes: info.size,
        local: true,
      });
    } catch {
      const line = lineOf(["documents", index, "file"]);
      problems.push({
        file: reviewFile,
        ...(line ? { line } : {}),
        field: `documents[${index + 1}].file`,
        value: file,
        message:
          "There is no file at this path. Upload the document to assets/documents/ first, " +
          "then check the spelling here matches its name exactly (capital letters count).",
      });
    }
  }
  return { found, problems };
}

async function bodyProblems(body: string, bodyStartLine: number, file: string, root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (!body.trim()) {
    problems.push({
      file,
      line: bodyStartLine,
      message: "The executive summary is missing: write it below the closing --- line, in Markdown.",
    });
  }
  body.split("\n").forEach((text, index) => {
    if (/^#\s/.test(text)) {
      problems.push({
        file,
        line: bodyStartLine + index,
        value: text,
        message:
          "The review's title is already its main heading. " +
          "Start headings in the summary with ## (and ### below those).",
      });
    }
  });
  const markup = readBodyMarkup(body);
  for (const unsafe of markup.unsafe) {
    problems.push({ file, line: bodyStartLine + unsafe.line - 1, value: unsafe.found, message: unsafe.message });
  }
  for (const image of await missingImages(markup.images, root)) {
    problems.push({
      file,
      line: bodyStartLine + image.line - 1,
      value: `/${image.file}`,
      message:
        `There is no image at ${image.file}. Upload it to ${path.posix.dirname(image.file)}/ first, ` +
        "then check the spelling here matches its name exactly (capital letters count).",
    });
  }
  return problems;
}

/**
 * The new review's example words, left in a review that is no longer a draft: published, they
 * would tell visitors nothing. A draft keeps them, so a preview builds while the editor writes.
 */
function exampleTextProblems(
  data: Record<string, unknown>,
  body: string,
  bodyStartLine: number,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  if (data.draft === true) return [];
  const problems: Problem[] = [];
  if (typeof data.summary === "string" && data.summary.trim() === EXAMPLE_SUMMARY) {
    const line = lineOf(["summary"]);
    problems.push({
      file,
      ...(line ? { line } : {}),
      field: "summary",
      value: data.summary,
      message:
        "is still the new review's example. Write one or two sentences about this review, " +
        "or keep draft: true until it is ready.",
    });
  }
  const examples = new Set<string>(Object.values(EXAMPLE_BODY));
  body.split("\n").forEach((text, index) => {
    // The example lines start as a paragraph, a bullet ("- ") and a numbered item ("1. ").
    const words = text.replace(/^\s*(?:[-*+]|\d+[.)])?\s*/, "").trim();
    if (!examples.has(words)) return;
    problems.push({
      file,
      line: bodyStartLine + index,
      value: words,
      message:
        "is still the new review's example text. Replace it with the executive summary's own words, " +
        "or keep draft: true until it is ready.",
    });
  });
  return problems;
}

/** The stored images a body shows that are not there. */
async function missingImages(images: readonly NamedImage[], root: string): Promise<NamedImage[]> {
  const missing: NamedImage[] = [];
  for (const image of images) {
    const info = await stat(path.join(root, image.file)).catch(() => undefined);
    if (!info?.isFile()) missing.push(image);
  }
  return missing;
}

/**
 * A file's text, read at once. Reviews are small, and the disk answers in microseconds: over
 * thousands of them, the asynchronous forms spend several times longer passing each file between
 * threads than reading it (measured with 5,000 reviews: 50 ms this way, 75 to 180 ms with the
 * callback form, 250 to 580 ms with fs/promises). Eleventy writes nothing until the checks are
 * done, so nothing else waits meanwhile.
 */
const readText = (file: string) => readFileSync(file, "utf8");

/** Reads and checks one review file; every problem in it is returned, not just the first. */
export async function readReview(
  source: ReviewSource,
  vocabulary: ReviewVocabulary,
  today: string,
  root: string = paths.root,
): Promise<{ review?: Review; problems: Problem[] }> {
  const { file } = source;
  const text = readText(source.absolutePath);
  const parsed = readFrontMatter(text);
  if (!parsed.ok)
    return { problems: [{ file, ...(parsed.line ? { line: parsed.line } : {}), message: parsed.message }] };

  const problems: Problem[] = findInvisibleCharacters(text).map((invisible) => ({
    file,
    line: invisible.line,
    message: invisible.message,
  }));
  const result = checkContent(makeReviewSchema(vocabulary), parsed.data);
  if (!result.success) problems.push(...zodProblems(file, result.error, parsed.data, REVIEW_FIELDS, parsed.lineOf));
  for (const field of ["title", "summary"]) {
    const dropped = parsed.commentAfter([field]);
    if (dropped !== undefined) {
      const line = parsed.lineOf([field]);
      problems.push({
        file,
        ...(line ? { line } : {}),
        field,
        value: parsed.data[field],
        message:
          `The words after " #" ("${dropped.trim()}") were left out: YAML reads " #" as the start of a note. ` +
          `Put the whole ${field} in double quotes.`,
      });
    }
  }
  const future = futureDateMessage(parsed.data, today);
  if (future) {
    const line = parsed.lineOf(["published"]);
    problems.push({
      file,
      ...(line ? { line } : {}),
      field: "published",
      value: parsed.data.published,
      message: future,
    });
  }
  problems.push(...(await bodyProblems(parsed.body, parsed.bodyStartLine, file, root)));
  problems.push(...exampleTextProblems(parsed.data, parsed.body, parsed.bodyStartLine, file, parsed.lineOf));

  const files = await inspectFiles(namedFiles(parsed.data), file, root, parsed.lineOf);
  problems.push(...files.problems);
  if (!result.success || problems.length) return { problems };

  const data = result.data;
  const documents = (data.documents ?? []).map((document, index): ReviewDocument => {
    const local = files.found.get(index);
    if (local) return { ...local, title: document.title };
    return {
      title: document.title,
      href: document.url ?? "",
      format: document.format ?? "",
      size: (document.size ?? "").replace(/(\d)(bytes|KB|MB|GB)$/, "$1 $2"),
      local: false,
    };
  });
  return {
    problems,
    review: {
      slug: source.slug,
      url: `/reviews/${source.slug}/`,
      file,
      title: data.title,
      reviewType: data.reviewType,
      published: data.published,
      summary: data.summary,
      themes: data.themes,
      ...(data.childAge ? { childAge: data.childAge } : {}),
      documents,
      draft: data.draft ?? false,
      fictional: source.fictional,
      body: parsed.body,
    },
  };
}

/** Two files that would publish at the same address: caught here with both names, before Eleventy sees them. */
export function duplicateUrlProblems(sources: readonly ReviewSource[]): Problem[] {
  const bySlug = new Map<string, ReviewSource[]>();
  for (const source of sources) bySlug.set(source.slug, [...(bySlug.get(source.slug) ?? []), source]);
  const problems: Problem[] = [];
  for (const [slug, clashing] of bySlug) {
    if (clashing.length < 2) continue;
    for (const source of clashing) {
      const others = clashing.filter((other) => other !== source).map((other) => other.file);
      problems.push({
        file: source.file,
        message:
          `This review and ${others.join(" and ")} would both be published at /reviews/${slug}/. ` +
          "Rename one of the files.",
      });
    }
  }
  return problems;
}
