import { expect, type Page } from "@playwright/test";

/** How many results the status line says a search found ("12 results for ..."). */
async function totalInStatus(page: Page): Promise<number> {
  const status = page.getByRole("status").filter({ hasText: /^(\d+ results?|No results)/ });
  await expect(status).toBeVisible();
  const match = /^(\d+) results?/.exec((await status.innerText()).trim());
  return match ? Number(match[1]) : 0;
}

/**
 * Shows every result of the search already open on `page` by pressing "Show more results" while it
 * is on screen, checking that each press adds results, and that once every result is shown no
 * such control is left on screen. Returns the number of results shown.
 */
export async function showEveryResult(page: Page, query: string): Promise<number> {
  const total = await totalInStatus(page);
  const results = page.locator(".search-result");
  const more = page.getByRole("button", { name: /more results/i });
  await expect(results).toHaveCount(Math.min(total, 5));
  for (let presses = 0; (await more.count()) > 0 && (await more.isVisible()); presses++) {
    const before = await results.count();
    expect(before, `"${query}": a "more" control is on screen with all ${total} results shown`).toBeLessThan(total);
    await more.click();
    await expect.poll(() => results.count(), `"${query}": "Show more results" added nothing`).toBeGreaterThan(before);
    expect(presses, `"${query}": too many presses`).toBeLessThan(total);
  }
  await expect(results).toHaveCount(total);
  // Nothing offering more may be visible once nothing is left, whatever it is called.
  await expect(page.getByRole("button", { name: /more/i }).filter({ visible: true })).toHaveCount(0);
  return total;
}

/**
 * Every element the page hides with the `hidden` attribute is really out of sight (not displayed).
 * Read with the page's own DOM, not a locator: on a page just opened, a locator's first use in the
 * page's own scripts' world sets Playwright up there, about 70 ms a page in the every-page checks.
 */
export async function shownDespiteHidden(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("[hidden]")]
      .filter((element) => getComputedStyle(element).display !== "none")
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}
