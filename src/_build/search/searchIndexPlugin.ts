import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildSearchIndex } from "./pagefindIndex.ts";
import { searchIndexState } from "./streamingIndex.ts";

/**
 * Feeds the search index. In a production build, each page goes to Pagefind as it is rendered
 * (see streamingIndex.ts). With `npm start`, the whole site is re-indexed after each rebuild, in
 * the background: the browser reloads at once and search catches up a moment later.
 */
export function searchIndexPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTransform("search-index", function (this: { page: { url: string | false; outputPath: string | false } }, content: string) {
    const { url, outputPath } = this.page;
    if (searchIndexState.current && url && typeof outputPath === "string" && outputPath.endsWith(".html")) searchIndexState.current.add(url, content);
    return content;
  });

  let running: Promise<unknown> = Promise.resolve();
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode !== "serve" && runMode !== "watch") return;
    running = running
      .then(() => buildSearchIndex(directories.output))
      .then(({ pageCount }) => console.log(`[search] Indexed ${pageCount} pages.`))
      .catch((error: unknown) => console.error(`[search] ${error instanceof Error ? error.message : String(error)}`));
  });
}
