import type { Page } from "@playwright/test";

export const QUICK_EXIT_DESTINATION = "https://www.bbc.co.uk/weather";

/**
 * Stands in for the quick exit's destination, so the test machine makes no outside request.
 * With `arrive: false` the answer is "no content", so the browser stays on the page as it was
 * when it started to leave, and the test can check it was covered; `requested` gives the URL asked for.
 */
export async function stubQuickExitDestination(
  page: Page,
  { arrive }: { arrive: boolean },
): Promise<{ requested: Promise<string> }> {
  let markRequested: (url: string) => void = () => {};
  const requested = new Promise<string>((resolve) => (markRequested = resolve));
  await page.route("https://www.bbc.co.uk/**", async (route) => {
    markRequested(route.request().url());
    if (arrive)
      await route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!DOCTYPE html><title>BBC Weather</title><h1>Weather</h1>",
      });
    // 204 No Content: the browser stays on the current page, so it can be inspected.
    else await route.fulfill({ status: 204 });
  });
  return { requested };
}
