import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { shownDespiteHidden } from "./searchMore.ts";

/**
 * Opens an unzipped archive from disk at `startUrl` and follows every internal link, as an
 * archivist would: each page must be styled, say it is an archived copy, show nothing hidden, and
 * link only to files that exist. Returns every problem found and every page opened.
 */
export async function crawlArchive(page: Page, startUrl: string): Promise<{ problems: string[]; seen: Set<string> }> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`script: ${error.message}`));

  const seen = new Set<string>();
  const queue = [startUrl];
  while (queue.length) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    await page.goto(url);
    // The stylesheet loaded: the header has its colour, and the notice says this is an archive.
    // (The page's own DOM is read directly, with no locator: see shownDespiteHidden.)
    const headerColour = await page.evaluate(() => {
      const header = document.querySelector("header.header");
      return header ? getComputedStyle(header).backgroundColor : "missing";
    });
    if (headerColour !== "rgb(29, 63, 110)") problems.push(`${url}: not styled (header ${headerColour})`);
    const noticeShown = await page.evaluate((notice) => {
      const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let text = texts.nextNode(); text; text = texts.nextNode())
        if (text.textContent?.includes(notice) && text.parentElement?.checkVisibility()) return true;
      return false;
    }, "Archived copy.");
    if (!noticeShown) problems.push(`${url}: no archive notice`);
    for (const shown of await shownDespiteHidden(page))
      problems.push(`${url}: shown despite the hidden attribute: ${shown}`);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll("a[href], link[href], script[src]")].map(
        (element) => (element as HTMLAnchorElement).href || (element as HTMLScriptElement).src,
      ),
    );
    for (const link of links) {
      if (!link.startsWith("file:")) continue;
      const target = fileURLToPath(link.split(/[?#]/)[0] as string);
      if (!existsSync(target)) problems.push(`${url}: ${link} does not exist`);
      else if (target.endsWith(".html")) queue.push(link.split("#")[0] as string);
    }
  }
  return { problems, seen };
}
