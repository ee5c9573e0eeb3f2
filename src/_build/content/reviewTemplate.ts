import type { SiteData } from "./siteData.ts";
import { SUMMARY_MAX_LENGTH } from "./reviewSchema.ts";
import { slugify } from "../text/slug.ts";

/** The file name (and web address) a new review with this title gets: "Child A" becomes "child-a". */
export function slugForTitle(title: string): string {
  return slugify(title) || "review";
}

const quote = (text: string) => JSON.stringify(text);

/**
 * The new review's example words, for the editor to replace. A review published with them still
 * in would tell visitors nothing, so the checks refuse them once a review is no longer a draft.
 */
export const EXAMPLE_SUMMARY = "Replace this with one or two sentences about the review.";
export const EXAMPLE_BODY = {
  background: "Who the child was, and what happened.",
  findings: "What the review found.",
  recommendations: "What should change.",
  response: "What the partnership and its agencies have done.",
  learning: "What practitioners can take from this review.",
} as const;

/**
 * A new review file: valid as it stands (so the preview builds at once), marked as a draft, and
 * with every field explained in comments for an editor who has not seen YAML before.
 */
export function reviewTemplate(
  title: string,
  data: Pick<SiteData, "reviewTypes" | "themes" | "ageGroups">,
  today: string,
): string {
  const list = (entries: readonly { key: string; label: string }[]) =>
    entries.map((entry) => `#     ${entry.key.padEnd(40)} ${entry.label}`).join("\n");
  return `---
# A review's details. Each line is "name: value". Lines starting with # are notes for you:
# they are not published. See CONTRIBUTING.md for help with every field.

# The review's name, as it should appear on the site (70 characters at most).
title: ${quote(title)}

# The kind of review. Use one of these (the key on the left):
${list(data.reviewTypes)}
reviewType: ${data.reviewTypes[0]?.key ?? "serious-case-review"}

# The date the review is published on this site, as YEAR-MONTH-DAY. It cannot be in the future.
published: ${today}

# One or two plain sentences saying what the review is about (at most ${SUMMARY_MAX_LENGTH} characters).
# No links or formatting: it appears in lists, search results and feeds.
summary: ${quote(EXAMPLE_SUMMARY)}

# What the review is about: one or more themes, each on its own line starting with "- ".
# Use the keys on the left:
${list(data.themes)}
themes:
  - ${data.themes.find((theme) => theme.key === "neglect")?.key ?? data.themes[0]?.key ?? "neglect"}

# Optional: the child's age group. Delete the line if it does not apply. Use one of:
${list(data.ageGroups)}
childAge: ${data.ageGroups[0]?.key ?? "under-1"}

# Optional: documents to download. Upload a PDF to assets/documents/ first, then name it here.
# For a document on another website, use url, format and size instead of file:
#   - title: Full report
#     url: https://example.org/report.pdf
#     format: PDF
#     size: 505 KB
# documents:
#   - title: Executive summary
#     file: assets/documents/${slugForTitle(title)}-executive-summary.pdf

# While draft is true, the review shows in previews but is not published. Delete this line
# (or change it to false) when the review is ready to publish.
draft: true

# Below the closing --- line comes the executive summary, in Markdown. Use ## for headings
# (the title is already the page's main heading), and replace the example text.
---

## Background

${EXAMPLE_BODY.background}

## Key findings

- ${EXAMPLE_BODY.findings}

## Recommendations

1. ${EXAMPLE_BODY.recommendations}

## The partnership's response

${EXAMPLE_BODY.response}

## Learning for practice

- ${EXAMPLE_BODY.learning}
`;
}
