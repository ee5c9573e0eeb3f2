// Where the quick exit sits on the screen: it must take no clicks meant for the page, and the
// count of Shift presses must show in full. A matter of the stylesheet alone, so it runs on the
// production site only (the partnership's site runs quickExit.spec.ts, for its own destination).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { stubQuickExitDestination } from "../../support/quickExit.ts";

const announced = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

/**
 * True when a click on the element (on its line, near its start) would reach it, not something
 * drawn over it.
 */
function clickReaches(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
}

test("on a wide screen the quick exit takes no clicks meant for the header or for what scrolls under it", async ({
  browser,
  baseURL,
}) => {
  const page = await browser.newPage({ baseURL, viewport: { width: 1366, height: 900 } });
  await page.goto("/serious-case-reviews/");
  const siteName = page.getByRole("banner").locator("a[href='/']").first();
  expect(await clickReaches(siteName), "the site's name in the header").toBe(true);
  // A link in the page, scrolled to just under the top of the screen, where the exit button floats.
  const link = page.getByRole("main").getByRole("link").nth(2);
  await link.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 12));
  expect(await clickReaches(link), "a link scrolled under the top of the screen").toBe(true);
  await page.close();
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  test(`the count of Shift presses shows in full, clear of the exit button, on a page scrolled down (${viewport.width} px)`, async ({
    browser,
    baseURL,
  }) => {
    const page = await browser.newPage({ baseURL, viewport });
    await stubQuickExitDestination(page, { arrive: false });
    await page.goto("/serious-case-reviews/");
    await page.mouse.wheel(0, 900);
    await page.waitForFunction(() => window.scrollY > 500);
    await page.keyboard.press("Shift");
    const status = announced(page, "Shift pressed 1 time.");
    await expect(status).toBeVisible();
    const covered = await status.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const points = [
        [box.left + 3, box.top + 3],
        [box.right - 3, box.top + 3],
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + 3, box.bottom - 3],
        [box.right - 3, box.bottom - 3],
      ] as const;
      return points.filter(([x, y]) => {
        const hit = document.elementFromPoint(x, y);
        return !(hit === element || element.contains(hit));
      }).length;
    });
    expect(covered, "corners and middle of the message not covered by anything").toBe(0);
    const message = await status.boundingBox();
    const button = await page.getByRole("link", { name: "Emergency Exit this page" }).boundingBox();
    expect(message && button).toBeTruthy();
    if (message && button) {
      const overlaps =
        message.x < button.x + button.width &&
        button.x < message.x + message.width &&
        message.y < button.y + button.height &&
        button.y < message.y + message.height;
      expect(overlaps, "the message and the exit button overlap").toBe(false);
    }
    await page.close();
  });
}

// WCAG 2.2's "focus not obscured": moving back through a page with Shift+Tab scrolls each link
// to the top of the screen, where the quick exit stays. No focused element may sit under it.
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
]) {
  test(`going back through a page with Shift+Tab, nothing focused is hidden under the quick exit (${viewport.width} px)`, async ({
    browser,
    baseURL,
  }) => {
    const page = await browser.newPage({ baseURL, viewport });
    await page.goto("/serious-case-reviews/");
    await page.getByRole("contentinfo").getByRole("link").last().focus();
    const hidden: string[] = [];
    for (let press = 0; press < 40; press++) {
      await page.keyboard.press("Shift+Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body || element.closest(".exit-this-page")) return undefined;
        // The part of the focused element on screen that something else (the quick exit) covers.
        const box = element.getBoundingClientRect();
        const covering = document.querySelector(".exit-this-page__button")?.getBoundingClientRect();
        const strip = document.querySelector(".exit-this-page")?.getBoundingClientRect();
        const under = [covering, strip].some(
          (over) =>
            over &&
            over.height > 0 &&
            box.left < over.right &&
            over.left < box.right &&
            box.top < over.bottom &&
            over.top < box.bottom,
        );
        return { name: (element.textContent ?? "").trim().slice(0, 50) || element.tagName, under };
      });
      if (focused?.under) hidden.push(focused.name);
    }
    await expect(page.getByRole("link", { name: "Emergency Exit this page" })).toBeInViewport();
    expect(hidden, "focused elements under the quick exit").toEqual([]);
    await page.close();
  });
}
