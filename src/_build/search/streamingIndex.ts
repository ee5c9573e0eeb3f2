import { accessSync, constants, mkdtempSync, statfsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ownedName, type OwnedPlace } from "../lifecycle/ownedFolders.ts";
import type { SearchFolder } from "./searchFolders.ts";
import { SearchIndexError, startPagefindIndex } from "./pagefindIndex.ts";

/**
 * A search index filled while Eleventy is still rendering: the rendering writes each page's
 * searchable part into folders under `room` (see searchFolders.ts), and Pagefind (a separate
 * process) reads each folder as soon as it is complete.
 */
export interface StreamingSearchIndex {
  /** Where the rendering writes the searchable pages, in folders of a few hundred. */
  room: string;
  /** Where they go instead if `room` (in memory) fills up. */
  fallbackRoom: string | undefined;
  /** A complete folder of searchable pages, for Pagefind to read now. */
  addFolder(folder: SearchFolder): void;
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

/** Where a build's folders of pages for Pagefind are named from: see ownedFolders.ts. */
export const SEARCH_ROOM_PREFIX = "scr-search";

/**
 * The memory-backed folder to use where there is one: /dev/shm, unless SCR_MEMORY_DIR names another
 * (the tests' tiny one).
 */
export function memoryFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.SCR_MEMORY_DIR || "/dev/shm";
}

/**
 * Less free memory than this in the memory-backed folder, and the pages wait on disk from the
 * start. On 5,000 reviews at most about 7 MB of pages wait at once; Docker gives containers a
 * /dev/shm of 64 MB, which other programs share.
 */
const MEMORY_NEEDED = 32 * 1024 * 1024;

function hasRoomFor(folder: string, bytes: number): boolean {
  try {
    accessSync(folder, constants.W_OK);
    const { bavail, bsize } = statfsSync(folder);
    return bavail * bsize >= bytes;
  } catch {
    return false;
  }
}

/**
 * The folders for the pages waiting for Pagefind: in memory (/dev/shm) where the system has enough
 * of it, since each file is read once and deleted soon after, and on some disks (ext4 without a
 * journal) thousands of deletions slow down the files created after them, Pagefind's own included.
 * The system's temporary folder, on disk, takes the pages if the memory fills up (`fallback`), or
 * all of them where there is too little memory to start with.
 */
export function waitingRooms(memory: string = memoryFolder()): { room: string; fallback: string | undefined } {
  const onDisk = () => mkdtempSync(path.join(tmpdir(), `${ownedName(SEARCH_ROOM_PREFIX)}-`));
  if (!hasRoomFor(memory, MEMORY_NEEDED)) return { room: onDisk(), fallback: undefined };
  return { room: mkdtempSync(path.join(memory, `${ownedName(SEARCH_ROOM_PREFIX)}-`)), fallback: onDisk() };
}

/** Where builds that were killed outright may have left folders of search pages: see sweepLeftovers. */
export function searchRoomPlaces(): OwnedPlace[] {
  return [memoryFolder(), tmpdir()].map((dir) => ({ dir, prefix: SEARCH_ROOM_PREFIX }));
}

export function startStreamingIndex(): StreamingSearchIndex {
  const run = startPagefindIndex();
  const { room, fallback: fallbackRoom } = waitingRooms();
  let pageCount = 0;
  const clearRooms = async () => {
    for (const folder of [room, fallbackRoom]) if (folder) await rm(folder, { recursive: true, force: true });
  };
  return {
    room,
    fallbackRoom,
    addFolder(folder) {
      pageCount += folder.pageCount;
      // Read once: the folder's memory can go.
      // A failure to read it is raised by `finish`.
      void run.addFolder(folder.path).then(
        () => rm(folder.path, { recursive: true, force: true }),
        () => undefined,
      );
    },
    async finish(siteDir) {
      try {
        if (!pageCount)
          throw new SearchIndexError(["No pages to index: the site build wrote no HTML with data-pagefind-body."]);
        return await run.write(siteDir, pageCount);
      } finally {
        await run.close();
        await clearRooms();
      }
    },
    async abandon() {
      await run.close();
      await clearRooms();
    },
  };
}
