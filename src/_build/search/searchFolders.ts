import { mkdirSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A page's address and the part of it that search indexes (see searchablePart in streamingIndex.ts). */
export interface SearchablePage {
  url: string;
  html: string;
}

/** A folder of searchable pages, complete and ready for Pagefind to read. */
export interface SearchFolder {
  path: string;
  pageCount: number;
}

/** Pages per folder: enough for Pagefind to read a folder on every core, few enough that it starts early. */
const PAGES_PER_FOLDER = 500;

/**
 * Where a page's file goes in a folder Pagefind reads, for Pagefind to give the page back its own
 * address: `/reviews/child-a/` is `reviews/child-a/index.html`. Only plain addresses are
 * accepted, since the file's path becomes the address.
 */
export function pageFile(url: string): string {
  const plain = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\.html)?$/;
  if (!plain.test(url)) {
    throw new Error(
      `The page at ${JSON.stringify(url)} cannot go into the search index: ` +
        `a searchable page's address has only letters, digits, ".", "_", "~" and "-" between its slashes, ` +
        'and ends with "/" or ".html".',
    );
  }
  return url.endsWith("/") ? `${url.slice(1)}index.html` : url.slice(1);
}

/** Errors that mean the folder's file system is full: the pages go on disk instead. */
const FULL = new Set(["ENOSPC", "EDQUOT"]);

/**
 * Writes searchable pages as files into numbered folders under `room`, and passes each folder on
 * once it holds `size` pages; `flush` passes on the last one, once the last page is rendered.
 * Files, not a message to Pagefind for each page: Pagefind reads a folder's pages on every core,
 * and one at a time they cost it a third more time, while the rendering needs the same cores.
 * If `room` fills up (a small /dev/shm, say), the folder so far is passed on as it is and the
 * rest of the pages go under `fallbackRoom`, on disk: a full memory folder never fails the build.
 */
export function searchFolders(
  room: string,
  onFolder: (folder: SearchFolder) => void,
  { size = PAGES_PER_FOLDER, fallbackRoom }: { size?: number; fallbackRoom?: string } = {},
): { add(page: SearchablePage): void; flush(): void } {
  let currentRoom = room;
  let folderNumber = 0;
  let pageCount = 0;
  const current = () => path.join(currentRoom, String(folderNumber));
  const flush = () => {
    if (!pageCount) return;
    onFolder({ path: current(), pageCount });
    folderNumber += 1;
    pageCount = 0;
  };
  const write = ({ url, html }: SearchablePage) => {
    const file = path.join(current(), pageFile(url));
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, html);
    } catch (error) {
      // A page cut short by a full folder must not reach Pagefind, nor its empty folder stay.
      rmSync(file, { force: true });
      try {
        rmdirSync(path.dirname(file));
      } catch {
        // Other pages are in it: it stays.
      }
      throw error;
    }
  };
  return {
    add(page) {
      try {
        write(page);
      } catch (error) {
        if (!fallbackRoom || currentRoom === fallbackRoom || !FULL.has((error as NodeJS.ErrnoException).code ?? ""))
          throw error;
        console.log(`${room} is full: the rest of the pages for the search index wait on disk, in ${fallbackRoom}.`);
        flush();
        currentRoom = fallbackRoom;
        write(page);
      }
      pageCount += 1;
      if (pageCount >= size) flush();
    },
    flush,
  };
}
