import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, ensureChromium } from "./browser.ts";

export type Category = "performance" | "accessibility" | "best-practices" | "seo";

export interface PageAudit {
  url: string;
  scores: Record<Category, number>;
  /** The audits that lost points, for a message that says what to fix. */
  failing: string[];
}

/**
 * One Lighthouse run. Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART,
 * NO_FCP); that says nothing about the page, so such a run is tried again, up to three times.
 */
async function auditOnce(url: string, port: number, categories: readonly Category[]) {
  let lastError = "";
  for (let attempt = 1; attempt <= 3; attempt++) {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...categories] });
    if (result && !result.lhr.runtimeError) return result.lhr;
    lastError = result?.lhr.runtimeError?.message ?? "Lighthouse returned nothing";
  }
  throw new Error(`Lighthouse could not audit ${url} in three tries: ${lastError}`);
}

/**
 * Runs Lighthouse on each page in one Chromium (the same one the browser tests use), with
 * Lighthouse's default mobile settings. Scores are 0 to 100.
 */
export async function auditPages(urls: readonly string[], categories: readonly Category[]): Promise<PageAudit[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: ensureChromium(),
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const audits: PageAudit[] = [];
    for (const url of urls) {
      const lhr = await auditOnce(url, chrome.port, categories);
      const scores = {} as Record<Category, number>;
      const failing: string[] = [];
      for (const category of categories) {
        const entry = lhr.categories[category];
        scores[category] = Math.round((entry?.score ?? 0) * 100);
        for (const reference of entry?.auditRefs ?? []) {
          const audit = lhr.audits[reference.id];
          if (reference.weight > 0 && audit && audit.score !== null && audit.score < 1)
            failing.push(`${category}: ${audit.title} (${audit.displayValue ?? audit.score})`);
        }
      }
      audits.push({ url, scores, failing });
    }
    return audits;
  } finally {
    await chrome.kill();
  }
}
