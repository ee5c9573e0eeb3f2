import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildSearchIndex } from "./pagefindIndex.ts";
import type { SearchablePage } from "./pageBatches.ts";
import { searchablePart } from "./streamingIndex.ts";

/** Where a production build sends each page's searchable part as it is rendered; unset while `npm start` runs. */
export const searchFeed: { send?: (page: SearchablePage) => void } = {};

/**
 * Feeds the search index. In a production build, each page goes to Pagefind as it is rendered
 * (see streamingIndex.ts). With `npm start`, the whole site is re-indexed after each rebuild, in
 * the background: the browser reloads at once and search catches up a moment later.
 */
export function searchIndexPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTransform("search-index", function (this: { page: { url: string | false; outputPath: string | false } }, content: string) {
    const { url, outputPath } = this.page;
    if (searchFeed.send && url && typeof outputPath === "string" && outputPath.endsWith(".html")) {
      const searchable = searchablePart(content);
      if (searchable) searchFeed.send({ url, html: searchable });
    }
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
