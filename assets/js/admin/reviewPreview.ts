import nunjucks from "nunjucks/browser/nunjucks-slim.js";
import templates from "cms:review-templates";
import { DOCUMENT_FORMATS } from "../../../src/_build/content/reviewSchema.ts";
import { slugForTitle } from "../../../src/_build/content/reviewTemplate.ts";
import { readBodyMarkup } from "../../../src/_build/content/unsafeMarkup.ts";
import { labelFor } from "../../../src/_build/eleventy/filters/labelFor.ts";
import { citeReview } from "../../../src/_build/library/citation.ts";
import { createMarkdown } from "../../../src/_build/markdown/createMarkdown.ts";
import { formatDisplayDate, isRealIsoDate, yearOf } from "../../../src/_build/text/dates.ts";
import { escapeHtml } from "../../../src/_build/text/escapeHtml.ts";
import { formatFileSize } from "../../../src/_build/text/fileSize.ts";
import type { AdminSiteData } from "./siteData.ts";

/** A review's fields as the form holds them while it is edited: any may be missing or half-typed. */
export type EditedReview = Record<string, unknown>;

/** What the preview knows of a document: its path, and its size when the editor has just uploaded it. */
export type FindAsset = (file: string) => { size?: number } | undefined;

const markdown = createMarkdown();

/**
 * The site's review template (partials/review-article.njk), compiled by the build, with the
 * filters it uses. A date still being typed is shown as it is, rather than stopping the preview.
 */
function environment(): nunjucks.Environment {
  const env = new nunjucks.Environment(new nunjucks.PrecompiledLoader(templates as never), { autoescape: true });
  const date = (value: string, format: (iso: string) => string) => (isRealIsoDate(value) ? format(value) : value);
  env.addFilter("labelFor", labelFor);
  env.addFilter("displayDate", (value: string) => date(value, formatDisplayDate));
  env.addFilter("yearOf", (value: string) => date(value, yearOf));
  env.addFilter("citeReview", (review: { published: string }, options: Parameters<typeof citeReview>[1]) =>
    isRealIsoDate(review.published)
      ? citeReview(review as Parameters<typeof citeReview>[0], options)
      : "(shown once the date is given)",
  );
  env.addFilter("markdown", bodyHtml);
  return env;
}

/**
 * The body as the site renders it. Markup the build would refuse is not shown at all: its
 * message is, as the pull request's check will give it.
 */
function bodyHtml(body: string): string {
  const unsafe = readBodyMarkup(body).unsafe;
  if (!unsafe.length) return markdown.render(body);
  const items = unsafe.map((found) => `<li>Line ${found.line}: ${escapeHtml(found.message)}</li>`).join("");
  return (
    `<div class="notice-box"><p>The executive summary cannot be shown: the check would refuse it.</p>` +
    `<ul>${items}</ul></div>`
  );
}

/** The review as the build hands it to the template (content/reviews.ts's Review), from the form's fields. */
export function reviewForTemplate(
  fields: EditedReview,
  slug: string | undefined,
  findAsset: FindAsset,
  fictional: boolean,
): Record<string, unknown> {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const title = text(fields.title);
  const documents = Array.isArray(fields.documents) ? (fields.documents as Record<string, unknown>[]) : [];
  return {
    title,
    reviewType: text(fields.reviewType),
    published: text(fields.published),
    summary: text(fields.summary),
    themes: Array.isArray(fields.themes) ? fields.themes : [],
    childAge: text(fields.childAge) || undefined,
    draft: fields.draft === true,
    fictional,
    body: text(fields.body),
    url: `/reviews/${slug || slugForTitle(title)}/`,
    documents: documents.map((document) => {
      const file = text(document.file);
      if (!file)
        return {
          title: text(document.title),
          href: text(document.url),
          format: text(document.format),
          size: text(document.size),
        };
      const size = findAsset(file)?.size;
      return {
        title: text(document.title),
        href: `/${file}`,
        format: DOCUMENT_FORMATS[file.split(".").pop()?.toLowerCase() ?? ""] ?? "",
        size: size === undefined ? "size worked out when published" : formatFileSize(size),
      };
    }),
  };
}

let env: nunjucks.Environment | undefined;

/** The review's own part of its page, as HTML: the same template the site is built with. */
export function renderReviewArticle(review: Record<string, unknown>, data: AdminSiteData): string {
  env ??= environment();
  const { site, reviewTypes, themes, ageGroups } = data;
  return env.render("partials/review-article.njk", { review, site, reviewTypes, themes, ageGroups });
}

/** The preview pane's component: the review inside the site's page container, with its stylesheet (see cms.ts). */
export function reviewPreview(data: AdminSiteData): unknown {
  return createClass({
    render(this: { props: { entry: ImmutableMap; getAsset(path: string): { fileObj?: File } | undefined } }) {
      const { entry, getAsset } = this.props;
      const fields = (entry.get("data") as ImmutableMap | undefined)?.toJS() ?? {};
      const slug = entry.get("slug");
      const review = reviewForTemplate(
        fields,
        typeof slug === "string" ? slug : undefined,
        (file) => {
          const size = getAsset(file)?.fileObj?.size;
          return size === undefined ? undefined : { size };
        },
        data.fixtures,
      );
      let html: string;
      try {
        html = renderReviewArticle(review, data);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        html = `<p>The preview could not be shown: ${escapeHtml(reason)}</p>`;
      }
      return h(
        "div",
        { className: "container" },
        h("main", { className: "main", dangerouslySetInnerHTML: { __html: html } }),
      );
    },
  });
}
