import { expect, test } from "@playwright/test";
import { QUICK_EXIT_DESTINATION, stubQuickExitDestination } from "../../support/quickExit.ts";

test("the Exit this page button covers the page at once and asks for a neutral site", async ({ page }) => {
  const destination = await stubQuickExitDestination(page, { arrive: false });
  await page.goto("/serious-case-reviews/");
  await page.getByRole("link", { name: "Emergency Exit this page" }).click();
  expect(await destination.requested).toBe(QUICK_EXIT_DESTINATION);
  // The page covers itself before the new site arrives: nothing of it shows meanwhile.
  await expect(page.locator("html")).toHaveClass(/exit-this-page--exiting/);
  await expect(page.getByRole("heading", { level: 1, name: "Serious case reviews" })).toBeHidden();
  await expect(page.getByText("Loading.")).toBeVisible();
});

test("the Exit this page button lands on the neutral site, and Back does not return to this page", async ({ page }) => {
  await stubQuickExitDestination(page, { arrive: true });
  await page.goto("/");
  await page.goto("/serious-case-reviews/");
  await page.getByRole("link", { name: "Emergency Exit this page" }).click();
  await page.waitForURL(QUICK_EXIT_DESTINATION);
  await expect(page).toHaveTitle("BBC Weather");
  await page.goBack();
  await expect(page).not.toHaveURL(/serious-case-reviews/);
});

test("pressing Shift three times leaves the page, saying how many presses are left", async ({ page }) => {
  const destination = await stubQuickExitDestination(page, { arrive: false });
  await page.goto("/reviews/");
  await page.keyboard.press("Shift");
  await expect(page.getByRole("status").filter({ hasText: "Shift pressed 1 time" })).toBeVisible();
  await page.keyboard.press("Shift");
  await expect(page.getByRole("status").filter({ hasText: "Press it 1 more time" })).toBeVisible();
  await page.keyboard.press("Shift");
  expect(await destination.requested).toBe(QUICK_EXIT_DESTINATION);
  await expect(page.locator("html")).toHaveClass(/exit-this-page--exiting/);
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
});

test("Shift presses more than five seconds apart do not add up", async ({ page }) => {
  await page.clock.install();
  await page.goto("/reviews/");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.clock.fastForward(6000);
  await expect(page.getByRole("status").filter({ hasText: "Shift pressed" })).toHaveCount(0);
  await page.keyboard.press("Shift");
  await expect(page.getByRole("status").filter({ hasText: "Shift pressed 1 time" })).toBeVisible();
});

test("typing capital letters with Shift does not trigger the quick exit", async ({ page }) => {
  await page.goto("/search/");
  await page.getByLabel("Search reviews and pages").click();
  await page.keyboard.type("ABC Child Services");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/search\//);
});

test("the quick exit is the second thing a keyboard user reaches, and works with Enter", async ({ page }) => {
  const destination = await stubQuickExitDestination(page, { arrive: false });
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to main content");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Exit this page");
  await page.keyboard.press("Enter");
  expect(await destination.requested).toBe(QUICK_EXIT_DESTINATION);
});

test("without JavaScript the quick exit is still a link to the neutral site", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Emergency Exit this page" })).toHaveAttribute("href", QUICK_EXIT_DESTINATION);
  await context.close();
});

test("the Exit this page button stays on screen as a phone visitor scrolls down a long page", async ({ browser, baseURL }) => {
  const page = await browser.newPage({ baseURL, viewport: { width: 320, height: 560 } });
  await page.goto("/serious-case-reviews/");
  await page.getByRole("heading", { name: "Purpose of serious case reviews" }).scrollIntoViewIfNeeded();
  await expect(page.getByRole("link", { name: "Emergency Exit this page" })).toBeInViewport();
  await page.close();
});

test("the header links to advice on covering your tracks", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Cover your tracks" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leaving this site safely");
  await expect(page.getByRole("main")).toContainText("does not delete your browsing history");
});
