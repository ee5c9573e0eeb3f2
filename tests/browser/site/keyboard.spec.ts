import { expect, test, type Page } from "@playwright/test";

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return (
        active?.innerText ||
        active?.getAttribute("aria-label") ||
        (active as HTMLInputElement | null)?.labels?.[0]?.innerText ||
        ""
      ).trim();
    });
    if (typeof name === "string" ? text === name : name.test(text)) return;
  }
  throw new Error(`Could not reach "${name}" by pressing Tab ${limit} times`);
}

test("the skip link takes keyboard users straight to the main content", async ({ page }) => {
  await page.goto("/serious-case-reviews/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("When are serious case reviews undertaken?");
});

test("by keyboard alone: from home to the serious case reviews page and its sources", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, "Serious case reviews");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Serious case reviews");
  await tabTo(page, /NSPCC's national case review repository/);
  await expect(page.locator(":focus")).toHaveAttribute(
    "href",
    "https://learning.nspcc.org.uk/case-reviews/national-case-review-repository",
  );
});

test("by keyboard alone: search from the header and open a result", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, "Search this site");
  await page.keyboard.type("neglect");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=neglect/);
  await expect(page.locator(".search-result").first()).toBeVisible();
  await tabTo(page, /Serious case reviews/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Serious case reviews");
});

test("focus is always visible: the focused link gets the yellow focus style", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, "Local reviews");
  const background = await page.locator(":focus").evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe("rgb(255, 221, 0)");
});
