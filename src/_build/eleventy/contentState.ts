import type { Content } from "../content/loadContent.ts";

/**
 * The checked content of the current build. Eleventy's `eleventy.before` fills it; collections,
 * filters and global data read from it. A build script that has already checked the content may
 * hand it over as `preloaded`, so one build checks it once.
 */
export const contentState: { content?: Content; preloaded?: Content } = {};

/** The content of the build under way; an error if read before it is loaded. */
export function currentContent(): Content {
  if (!contentState.content) throw new Error("The site's content was read before it was loaded (eleventy.before has not run).");
  return contentState.content;
}
