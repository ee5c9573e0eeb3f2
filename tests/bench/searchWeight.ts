import { chromium } from "@playwright/test";
import { startStaticServer } from "../../src/_build/preview/staticServer.ts";
import { CHROMIUM_ARGS, ensureChromium } from "../support/browser.ts";

export interface SearchWeight {
  /** Bytes of Pagefind's files fetched (library, WebAssembly, index, filters, result fragments). */
  searchBytes: number;
  /** Everything the search page fetched, the page itself included. */
  allBytes: number;
  requests: number;
  results: number;
}

/**
 * Opens the search page of a built site in Chromium, searches, and counts the bytes fetched until
 * the first results show, as transferred: the local server compresses text as Netlify does.
 */
export async function searchWeight(siteDir: string, query: string): Promise<SearchWeight> {
  const server = await startStaticServer(siteDir);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    let searchBytes = 0;
    let allBytes = 0;
    let requests = 0;
    page.on("response", async (response) => {
      // What crossed the network: compressed where the server compressed.
      const size = (
        await response
          .request()
          .sizes()
          .catch(() => ({ responseBodySize: 0 }))
      ).responseBodySize;
      requests += 1;
      allBytes += size;
      if (new URL(response.url()).pathname.startsWith("/pagefind/")) searchBytes += size;
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.locator(".search-result").first().waitFor({ timeout: 30_000 });
    /* biome-ignore lint/suspicious/noPlaywrightNetworkidle: the weight is every byte the page asks
       for, so it waits for the last */
    await page.waitForLoadState("networkidle");
    const results = await page.locator(".search-result").count();
    return { searchBytes, allBytes, requests, results };
  } finally {
    await browser.close();
    await server.close();
  }
}
