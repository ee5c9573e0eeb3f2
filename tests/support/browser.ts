import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Chromium builds installed by a system package manager, where Playwright's own download is not available. */
const SYSTEM_CHROMIUMS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/**
 * Flags for running headless in containers and sandboxes: no sandbox (root), no GPU, and no
 * background connections to Google, which closed networks refuse.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The Chromium to test with: $CHROMIUM_PATH if set, else Playwright's own download if present,
 * else a system Chromium. Undefined when there is none.
 */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment && existsSync(fromEnvironment)) return fromEnvironment;
  try {
    const playwrightOwn = chromium.executablePath();
    if (playwrightOwn && existsSync(playwrightOwn)) return playwrightOwn;
  } catch {
    // Playwright has no browser registered for this platform: look for a system one.
  }
  return SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
}

function tryRun(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", timeout: 10 * 60 * 1000 });
  return result.status === 0;
}

function hasCommand(command: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure a Chromium is available before the browser tests: Playwright's download where the
 * network allows, Debian's package where we are root with apt. Otherwise says what to run.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.log("No Chromium found for the browser tests: trying Playwright's download...");
  if (tryRun("npx", ["playwright", "install", "chromium"]) && findChromium()) return findChromium() as string;
  if (process.getuid?.() === 0 && hasCommand("apt-get")) {
    console.log("Playwright's download did not work: installing Debian's chromium package...");
    if (
      tryRun("apt-get", ["install", "-y", "chromium"]) ||
      (tryRun("apt-get", ["update"]) && tryRun("apt-get", ["install", "-y", "chromium"]))
    ) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  throw new Error(
    "No Chromium for the browser tests: run `npx playwright install chromium` " +
      "(or, as root on Debian, `apt-get install -y chromium`), then `npm test` again.",
  );
}
