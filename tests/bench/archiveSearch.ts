import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "@playwright/test";
import { OFFLINE_SEARCH_FILES } from "../../src/_build/archive/offlineIndexFormat.ts";
import { unzipFiles } from "../../src/_build/archive/zipFiles.ts";
import { CHROMIUM_ARGS, ensureChromium } from "../support/browser.ts";

export interface ArchiveSearch {
  /** The archive's search index file, in bytes. */
  indexBytes: number;
  /**
   * From opening the search page from disk, with a query in its address, until the first results
   * show (median of cold loads).
   */
  coldFirstResultsMs: number;
  coldRuns: number[];
  /**
   * Each later query typed on the open page once the rest of the index has loaded (the search
   * loads it while the page is idle, after the first results), a second after the last query's
   * results: from pressing Enter until its results show.
   */
  laterQueries: QueryTime[];
  /** The same queries from straight after the first results, while the rest still loads. */
  laterQueriesWhileLoading: QueryTime[];
  /** From the first results until the last of the index's files is asked for. */
  restLoadedMs: number;
}

interface QueryTime {
  query: string;
  milliseconds: number;
  results: number;
}

/** How long a visitor reads one query's results before typing the next, in milliseconds. */
const READING_MS = 1000;

/** Searches on the open search page, as pressing Enter does, and times it until the results show. */
async function timeQuery(page: Page, query: string): Promise<Omit<QueryTime, "query">> {
  return page.evaluate(async (words) => {
    const form = document.querySelector<HTMLFormElement>("[data-search-form]") as HTMLFormElement;
    const input = document.querySelector<HTMLInputElement>("#search-input") as HTMLInputElement;
    const status = document.querySelector<HTMLElement>("[data-search-status]") as HTMLElement;
    // No named functions in here: the page runs this code as it is, without the helpers tsx adds for them.
    const finished = new RegExp(`(results? for|No results for) "${words}"`);
    const start = performance.now();
    input.value = words;
    form.requestSubmit();
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (finished.test(status.textContent ?? "")) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    return { milliseconds: performance.now() - start, results: document.querySelectorAll(".search-result").length };
  }, query);
}

/**
 * Unzips an offline archive and measures its search in Chromium, opened from disk as an archivist
 * would: the index's size, the first results on a cold page, and later queries on the same page.
 */
export async function archiveSearch(
  zipPath: string,
  scratch: string,
  queries: readonly string[],
): Promise<ArchiveSearch> {
  const { files, topFolder } = unzipFiles(new Uint8Array(await readFile(zipPath)));
  const root = path.join(scratch, "archive-unzipped", topFolder);
  for (const [name, content] of files) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  const indexBytes = (await stat(path.join(root, OFFLINE_SEARCH_FILES.index))).size;
  const searchPage = pathToFileURL(path.join(root, "search", "index.html")).href;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const [first, ...later] = queries;
    const coldRuns: number[] = [];
    for (let run = 0; run < 5; run++) {
      // A new context each time: nothing of the last load is kept in memory.
      const context = await browser.newContext();
      const page = await context.newPage();
      // Notes the moment the first result is added, in milliseconds since the navigation began.
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector(".search-result")) return;
          (window as unknown as { firstResultsAt: number }).firstResultsAt = performance.now();
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${searchPage}?q=${encodeURIComponent(first ?? "neglect")}`, { waitUntil: "commit" });
      await page.locator(".search-result").first().waitFor({ timeout: 60_000 });
      coldRuns.push(await page.evaluate(() => (window as unknown as { firstResultsAt: number }).firstResultsAt));
      await context.close();
    }
    /** A page in a context of its own, with the first query's results shown. */
    async function searchPageAfterFirstQuery(): Promise<Page> {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${searchPage}?q=${encodeURIComponent(first ?? "neglect")}`);
      await page.locator(".search-result").first().waitFor({ timeout: 60_000 });
      return page;
    }
    const timeAll = async (page: Page) => {
      const times = [];
      for (const query of later) {
        // A visitor reads the results before the next query: in that pause the browser collects
        // the last query's garbage, as it would for them. Back to back, each query paid for the
        // one before it (at 5,000 reviews, up to 60 ms of collecting in a query of 100 ms).
        await sleep(READING_MS);
        times.push({ query, ...(await timeQuery(page, query)) });
      }
      return times;
    };
    const laterQueriesWhileLoading = await timeAll(await searchPageAfterFirstQuery());
    // The text files load last, after the terms and the engine made of them (offlineBackend.ts).
    const page = await searchPageAfterFirstQuery();
    const start = Date.now();
    const textFiles: string[] = [];
    while (files.has(OFFLINE_SEARCH_FILES.text(textFiles.length)))
      textFiles.push(OFFLINE_SEARCH_FILES.text(textFiles.length));
    await page.waitForFunction(
      (names) => names.every((name) => document.querySelector(`script[src$="/${name}"]`)),
      textFiles,
      { timeout: 120_000, polling: 100 },
    );
    // The last file, asked for, loads in the second before the first query (one takes about 20 ms).
    const restLoadedMs = Date.now() - start;
    const laterQueries = await timeAll(page);
    const sorted = [...coldRuns].sort((a, b) => a - b);
    return {
      indexBytes,
      coldFirstResultsMs: sorted[Math.floor(sorted.length / 2)] as number,
      coldRuns,
      laterQueries,
      laterQueriesWhileLoading,
      restLoadedMs,
    };
  } finally {
    await browser.close();
    await rm(path.join(scratch, "archive-unzipped"), { recursive: true, force: true });
  }
}
