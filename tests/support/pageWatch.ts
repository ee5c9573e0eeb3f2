import type { Page } from "@playwright/test";

/**
 * Everything a visitor would not want to happen on a page: console errors, scripts failing,
 * Content Security Policy violations, requests that fail or leave the site.
 */
export interface PageWatch {
  problems: string[];
}

/** Starts recording a page's problems; read `problems` after the page has been used. */
export function watchPage(page: Page, siteOrigin: string): PageWatch {
  const watch: PageWatch = { problems: [] };
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      watch.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => watch.problems.push(`script error: ${error.message}`));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(siteOrigin) && !url.startsWith("data:") && !url.startsWith("blob:"))
      watch.problems.push(`request to another site: ${url}`);
  });
  page.on("requestfailed", (request) => {
    // Leaving a page cancels what it was still loading (ERR_ABORTED): that is the browser, not the site.
    const reason = request.failure()?.errorText ?? "unknown";
    if (reason !== "net::ERR_ABORTED") watch.problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on("response", (response) => {
    // The 404 page is the one expected failure; anything else missing is a broken link or asset.
    if (response.status() >= 400 && !response.url().endsWith("/this-page-does-not-exist/"))
      watch.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return watch;
}

/** Listens inside the page for CSP violations, which Chromium reports as events as well as console messages. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener("securitypolicyviolation", (event) =>
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`),
    );
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
