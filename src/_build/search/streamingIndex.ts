import path from "node:path";
import * as pagefind from "pagefind";
import type { SearchablePage } from "./pageBatches.ts";
import { SearchIndexError } from "./pagefindIndex.ts";

/**
 * A search index filled while Eleventy is still rendering: each page goes to Pagefind as soon as
 * it is ready, and Pagefind (a separate process) indexes it on the other core meanwhile.
 */
export interface StreamingSearchIndex {
  /** A page's searchable part, as `searchablePart` makes it. */
  add(page: SearchablePage): void;
  /** Waits for every page, then writes the index to `<siteDir>/pagefind/`. Every error Pagefind reports is raised. */
  finish(siteDir: string): Promise<{ pageCount: number }>;
  /** Stops Pagefind without writing anything, when the build has failed. */
  abandon(): Promise<void>;
}

/** The element Pagefind indexes: a page's <main>, or on a review's page the review's <article>. */
const SEARCH_BODY = /<(main|article)\b[^>]*\sdata-pagefind-body[\s>=]/y;
const MARK = "data-pagefind-body";

/** Where the element marked for search opens, and its name. Pages not in search have no mark at all. */
function searchBodyTag(html: string): { index: number; name: string } | undefined {
  // The mark is looked for as plain text first (much quicker over thousands of pages than the
  // pattern alone), then the pattern checks the tag it is in.
  for (let mark = html.indexOf(MARK); mark >= 0; mark = html.indexOf(MARK, mark + MARK.length)) {
    SEARCH_BODY.lastIndex = html.lastIndexOf("<", mark);
    const found = SEARCH_BODY.exec(html);
    if (found?.[1]) return { index: found.index, name: found[1] };
  }
  return undefined;
}

/**
 * The page's searchable part, wrapped as a document of its own; undefined for pages kept out of
 * search. Only the element marked data-pagefind-body goes, since that is all Pagefind indexes
 * and all it need parse: on a review's page, the review without the related reviews and
 * neighbours listed after it (see _includes/layouts/base.njk).
 */
export function searchablePart(html: string): string | undefined {
  const found = searchBodyTag(html);
  if (!found) return undefined;
  const closing = `</${found.name}>`;
  const end = html.lastIndexOf(closing);
  if (end < found.index) return undefined;
  // Headings' ids would make Pagefind store a sub-result per section, which the search page does
  // not show; leaving them out makes each result smaller to download.
  const body = html.slice(found.index, end + closing.length).replace(/<(h[2-6])\s+id="[^"]*"/g, "<$1");
  const language = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? "en";
  return `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}

export function startStreamingIndex(): StreamingSearchIndex {
  const created = pagefind.createIndex({ forceLanguage: "en" });
  const added: Promise<{ errors: string[] }>[] = [];
  return {
    add({ url, html }) {
      added.push(
        created.then(({ index, errors }) => {
          if (!index) return { errors: errors.length ? errors : ["Pagefind could not start an index."] };
          return index.addHTMLFile({ url, content: html });
        }),
      );
    },
    async finish(siteDir) {
      try {
        const { index, errors } = await created;
        if (!index || errors.length) throw new SearchIndexError(errors);
        const failures = (await Promise.all(added)).flatMap((result) => result.errors);
        if (failures.length) throw new SearchIndexError(failures);
        if (!added.length) throw new SearchIndexError(["No pages to index: the site build wrote no HTML with data-pagefind-body."]);
        const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
        if (written.errors.length) throw new SearchIndexError(written.errors);
        return { pageCount: added.length };
      } finally {
        await pagefind.close();
      }
    },
    async abandon() {
      await Promise.allSettled(added);
      await pagefind.close();
    },
  };
}
