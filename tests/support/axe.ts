import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe-core can test. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Loads axe-core into every page the context opens, before the page's own scripts. The tests call
 * axe-core's own `axe.run` in the page: @axe-core/playwright's AxeBuilder evaluates axe-core's
 * source again on every check and finishes each in a page of its own, which made a check five
 * times slower (1.6 to 2.0 s a page against 0.25 to 0.4 s, measured on the fixtures site) for the
 * same results on pages like these, which have no frames.
 */
export async function loadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** What axe-core finds on the page as it is now, at WCAG 2.2 A and AA, one line per failure. */
export async function accessibilityFailures(page: Page): Promise<string[]> {
  const options: RunOptions = { runOnly: { type: "tag", values: WCAG_AA }, resultTypes: ["violations"] };
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(
        document,
        runOptions,
      ),
    options,
  );
  return results.violations.map((violation) => {
    const where = violation.nodes.map((node) => node.target.join(" ")).join("; ");
    return `${violation.id} (${violation.impact}): ${violation.help}, at ${where}`;
  });
}
