// Run before the browser tests (npm test): finds or installs a Chromium, or stops with one line saying what to run.
import { ensureChromium } from "./browser.ts";

try {
  console.log(`Browser tests will use ${ensureChromium()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
