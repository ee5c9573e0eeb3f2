import MarkdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import { slugify } from "../text/slug.ts";

/**
 * Markdown as editors write it, the one setup shared by the content checks and by Eleventy, so
 * that what is checked is what is published. Raw HTML is allowed for the rare table or
 * abbreviation, because the content checks refuse anything in it that could run script, hide text
 * or load from another site (see content/unsafeMarkup.ts). Headings get ids, so a section of a
 * review can be linked to and cited. Indented lines stay text, not code blocks: an editor's indent
 * is not meant as code, and Eleventy turns them off in the library it is given.
 */
export function createMarkdown(): ReturnType<typeof MarkdownIt> {
  return new MarkdownIt({ html: true, linkify: false, typographer: false }).disable("code").use(markdownItAnchor, {
    level: [2, 3, 4],
    slugify,
    tabIndex: false,
  });
}
