import type UserConfig from "@11ty/eleventy/UserConfig";
import MarkdownIt from "markdown-it";
import markdownItAnchor from "markdown-it-anchor";
import { slugify } from "../text/slug.ts";
import { textMadeAhead } from "./textMadeAhead.ts";

/**
 * Markdown as editors write it. Raw HTML is allowed for the rare table or abbreviation, because
 * the content checks refuse anything in it that could run script (see content/unsafeMarkup.ts).
 * Headings get ids, so a section of a review can be linked to and cited. Indented lines stay
 * text, not code blocks: an editor's indent is not meant as code, and Eleventy turns them off in
 * the library it is given. Turned off here too, every copy (the one that renders the reviews'
 * text ahead, on another thread, included) makes the same HTML.
 */
export function createMarkdown(): ReturnType<typeof MarkdownIt> {
  return new MarkdownIt({ html: true, linkify: false, typographer: false })
    .disable("code")
    .use(markdownItAnchor, {
      level: [2, 3, 4],
      slugify,
      tabIndex: false,
    });
}

export function markdownPlugin(eleventyConfig: UserConfig): void {
  const markdown = createMarkdown();
  eleventyConfig.setLibrary("md", markdown);
  // A review's body (the Markdown after its front matter), as its page shows it: made ahead on
  // another thread in a production build (see textMadeAhead.ts), else here.
  eleventyConfig.addFilter("markdown", (text: string) => textMadeAhead(text) ?? markdown.render(text));
}
