import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildSearchIndex } from "./pagefindIndex.ts";

/**
 * With `npm start`, re-indexes the site after each rebuild so search shows the latest pages. It
 * runs in the background: the browser reloads at once and search catches up a moment later.
 * Production builds index once, in the build script, after Eleventy has finished.
 */
export function searchIndexPlugin(eleventyConfig: UserConfig): void {
  let running: Promise<unknown> = Promise.resolve();
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode !== "serve" && runMode !== "watch") return;
    running = running
      .then(() => buildSearchIndex(directories.output))
      .then(({ pageCount }) => console.log(`[search] Indexed ${pageCount} pages.`))
      .catch((error: unknown) => console.error(`[search] ${error instanceof Error ? error.message : String(error)}`));
  });
}
