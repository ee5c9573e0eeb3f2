/** A page's searchable part (see searchablePart in streamingIndex.ts), on its way to the search index. */
export interface SearchablePage {
  url: string;
  html: string;
}

/** Pages per batch: a few dozen milliseconds of rendering, so the folders for Pagefind fill steadily. */
const BATCH_SIZE = 50;

/**
 * Collects pages and passes them on in batches. Each page goes from Eleventy's thread to the
 * thread that writes it into a folder for Pagefind (see searchFolders.ts), and each message has
 * a cost of its own (paid on Eleventy's thread, the build's busiest): with thousands of pages,
 * sending them fifty at a time saves a noticeable part of the build. `flush` passes on what is
 * left; call it once the last page is rendered.
 */
export function batchPages(send: (pages: SearchablePage[]) => void, size: number = BATCH_SIZE): { add(page: SearchablePage): void; flush(): void } {
  let batch: SearchablePage[] = [];
  const flush = () => {
    if (!batch.length) return;
    send(batch);
    batch = [];
  };
  return {
    add(page) {
      batch.push(page);
      if (batch.length >= size) flush();
    },
    flush,
  };
}
