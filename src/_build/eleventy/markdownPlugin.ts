import type UserConfig from "@11ty/eleventy/UserConfig";
import { createMarkdown } from "../markdown/createMarkdown.ts";

/** Eleventy renders Markdown with the same setup as the content checks read it. */
export function markdownPlugin(eleventyConfig: UserConfig): void {
  const markdown = createMarkdown();
  eleventyConfig.setLibrary("md", markdown);
  // A review's body (the Markdown after its front matter), as its page shows it.
  eleventyConfig.addFilter("markdown", (text: string) => markdown.render(text));
}
