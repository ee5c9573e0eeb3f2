import type UserConfig from "@11ty/eleventy/UserConfig";
import { addHtmlTransform } from "../eleventy/htmlTransform.ts";
import { buildSearchIndex } from "./pagefindIndex.ts";
import { searchFolders, type SearchFolder } from "./searchFolders.ts";
import { searchablePart } from "./streamingIndex.ts";

/** How a run feeds search: see .eleventy.ts. */
export type SearchIndexOptions =
  /**
   * Each page's searchable part is written into folders under `room` (or `fallbackRoom` once that
   * is full) as it is rendered; `onFolder` hears of each full one.
   */
  | { kind: "folders"; room: string; fallbackRoom: string | undefined; onFolder: (folder: SearchFolder) => void }
  /** The whole site is indexed again after each build, in the background (`npm start`). */
  | { kind: "after-each-build" }
  | { kind: "none" };

/**
 * Feeds the search index. In a production build, each page goes to Pagefind as it is rendered
 * (see streamingIndex.ts). With `npm start`, the whole site is re-indexed after each rebuild, in
 * the background: the browser reloads at once and search catches up a moment later.
 */
export function searchIndexPlugin(eleventyConfig: UserConfig, options: SearchIndexOptions): void {
  if (options.kind === "folders") {
    const folders = searchFolders(
      options.room,
      options.onFolder,
      options.fallbackRoom ? { fallbackRoom: options.fallbackRoom } : {},
    );
    addHtmlTransform(eleventyConfig, "search-index", (html, url) => {
      const searchable = searchablePart(html);
      if (searchable) folders.add({ url, html: searchable });
      return html;
    });
    // Every page is rendered: the last folder is complete.
    eleventyConfig.on("eleventy.after", () => folders.flush());
  }

  if (options.kind === "after-each-build") {
    let running: Promise<unknown> = Promise.resolve();
    eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
      running = running
        .then(() => buildSearchIndex(directories.output))
        .then(({ pageCount }) => console.log(`[search] Indexed ${pageCount} pages.`))
        .catch((error: unknown) => console.error(`[search] ${error instanceof Error ? error.message : String(error)}`));
    });
  }
}
