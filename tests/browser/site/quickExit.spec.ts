import { expect, test, type Page } from "@playwright/test";
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

/** Every request for the quick exit's destination the page makes, so a test can check it made none. */
function destinationRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on("request", (request) => {
    if (request.url().startsWith(QUICK_EXIT_DESTINATION)) requests.push(request.url());
  });
  return requests;
}

const announced = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

// The six behaviours of GOV.UK's "Exit this page" (govuk-frontend's exit-this-page tests and code):
// with JavaScript off the button leaves; Shift three times leaves; each press is announced with what
// is left; a pause of over five seconds resets the count and says so; Shift as a modifier never
// counts; any other key between presses resets the count.

test("pressing Shift three times leaves the page", async ({ page }) => {
  const destination = await stubQuickExitDestination(page, { arrive: false });
  await page.goto("/reviews/");
  for (let press = 0; press < 3; press++) await page.keyboard.press("Shift");
  expect(await destination.requested).toBe(QUICK_EXIT_DESTINATION);
  await expect(page.locator("html")).toHaveClass(/exit-this-page--exiting/);
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
});

test("each Shift press is announced with how many presses are left", async ({ page }) => {
  await stubQuickExitDestination(page, { arrive: false });
  await page.goto("/reviews/");
  await page.keyboard.press("Shift");
  await expect(announced(page, "Shift pressed 1 time. Press it 2 more times to exit this page.")).toBeVisible();
  await page.keyboard.press("Shift");
  await expect(announced(page, "Shift pressed 2 times. Press it 1 more time to exit this page.")).toBeVisible();
});

test("a pause of over five seconds resets the count, announces that it has expired, and the message then goes", async ({
  page,
}) => {
  await stubQuickExitDestination(page, { arrive: false });
  const requests = destinationRequests(page);
  await page.clock.install();
  await page.goto("/reviews/");
  await page.keyboard.press("Shift");
  await page.clock.fastForward(4000);
  await page.keyboard.press("Shift");
  // Each press gives five seconds more: four seconds after the first, the count goes on.
  await expect(announced(page, "Shift pressed 2 times")).toBeVisible();
  await page.clock.fastForward(5100);
  await expect(announced(page, "Exit this page expired.")).toBeVisible();
  await expect(announced(page, "Shift pressed")).toHaveCount(0);
  // Announced, then cleared a few seconds later, as GOV.UK's component does.
  await page.clock.fastForward(5100);
  await expect(announced(page, "Exit this page expired.")).toHaveCount(0);
  await expect(page.locator(".exit-this-page-indicator")).toBeHidden();

  // The count started again: two more presses do not leave.
  await page.keyboard.press("Shift");
  await expect(announced(page, "Shift pressed 1 time")).toBeVisible();
  await page.keyboard.press("Shift");
  await expect(announced(page, "Shift pressed 2 times")).toBeVisible();
  expect(requests).toEqual([]);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("Shift used to type capital letters never counts towards leaving", async ({ page }) => {
  await stubQuickExitDestination(page, { arrive: false });
  const requests = destinationRequests(page);
  await page.goto("/search/");
  const input = page.getByLabel("Search reviews and pages");
  await input.click();
  for (const key of ["KeyA", "KeyB", "KeyC", "KeyD"]) {
    await page.keyboard.down("Shift");
    await page.keyboard.press(key);
    await page.keyboard.up("Shift");
  }
  await expect(input).toHaveValue("ABCD");
  await expect(announced(page, "Shift pressed")).toHaveCount(0);
  // A Shift pressed on its own after them is the first press, not the fifth.
  await page.keyboard.press("Shift");
  await expect(announced(page, "Shift pressed 1 time")).toBeVisible();
  expect(requests).toEqual([]);
  await expect(page).toHaveURL(/\/search\//);
});

test("any other key between Shift presses resets the count, and says so", async ({ page }) => {
  await stubQuickExitDestination(page, { arrive: false });
  const requests = destinationRequests(page);
  await page.goto("/reviews/");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(announced(page, "Shift pressed 2 times")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(announced(page, "Exit this page expired.")).toBeVisible();
  await page.keyboard.press("Shift");
  await expect(announced(page, "Shift pressed 1 time")).toBeVisible();
  await page.keyboard.press("Shift");
  await expect(announced(page, "Shift pressed 2 times")).toBeVisible();
  expect(requests).toEqual([]);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
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

test("without JavaScript the Exit this page button still leaves for the neutral site", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await stubQuickExitDestination(page, { arrive: true });
  await page.goto("/serious-case-reviews/");
  await expect(page.getByRole("link", { name: "Emergency Exit this page" })).toHaveAttribute(
    "href",
    QUICK_EXIT_DESTINATION,
  );
  await page.getByRole("link", { name: "Emergency Exit this page" }).click();
  await page.waitForURL(QUICK_EXIT_DESTINATION);
  await expect(page).toHaveTitle("BBC Weather");
  await context.close();
});

test("the Exit this page button stays on screen as a phone visitor scrolls down a long page", async ({
  browser,
  baseURL,
}) => {
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
