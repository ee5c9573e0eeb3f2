import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./support/browser.ts";
import { testPorts, testSites } from "./support/testSites.ts";

/**
 * Browser tests in a real Chromium, against the built test sites served with netlify.toml's
 * headers. "production" is the site as published; "fixtures" adds the fictional reviews;
 * "partnership" is the fictional second partnership's site (tests/fixtures/partnerships/);
 * "national" is the national index gathered from the fictional partnerships' feeds.
 * Run by `npm test` after the sites are built (tests/build/buildTestSites.ts).
 */
const executablePath = findChromium();
const serve = (site: keyof typeof testSites) => ({
  command: `node --import tsx src/_build/cli/preview.ts ${testSites[site]} --port ${testPorts[site]}`,
  url: `http://127.0.0.1:${testPorts[site]}/`,
  cwd: "..",
  reuseExistingServer: false,
  stdout: "ignore" as const,
});

export default defineConfig({
  testDir: "browser",
  outputDir: "../.test-output/playwright",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    // No request may leave the machine: the site makes none, and the tests stub the quick exit's destination.
    serviceWorkers: "block",
  },
  projects: [
    // Checks of every page ("every-page/") run on both sites; the rest on the site they are about.
    {
      name: "production",
      testMatch: ["site/**/*.spec.ts", "every-page/**/*.spec.ts"],
      use: { baseURL: `http://127.0.0.1:${testPorts.production}` },
    },
    {
      name: "fixtures",
      testMatch: ["library/**/*.spec.ts", "every-page/**/*.spec.ts"],
      use: { baseURL: `http://127.0.0.1:${testPorts.fixtures}` },
    },
    // The fictional second partnership, built from its own folder: the same checks as the project's own site.
    {
      name: "partnership",
      testMatch: [
        "partnership/**/*.spec.ts",
        "every-page/**/*.spec.ts",
        "site/quickExit.spec.ts",
        "site/search.spec.ts",
        "site/keyboard.spec.ts",
      ],
      use: { baseURL: `http://127.0.0.1:${testPorts.partnership}` },
    },
    // The national index, gathered from the fictional partnerships' feeds: the same checks of every page.
    {
      name: "national",
      testMatch: ["national/**/*.spec.ts", "every-page/**/*.spec.ts"],
      use: { baseURL: `http://127.0.0.1:${testPorts.national}` },
    },
    // The editors' form, run by `npm run edit` in a throwaway copy of the project (its own server).
    { name: "editing", testMatch: ["editing/**/*.spec.ts"] },
    // The offline archive, unzipped and opened from disk (file://), with no server at all.
    { name: "archive", testMatch: ["archive/**/*.spec.ts"] },
  ],
  webServer: [serve("production"), serve("fixtures"), serve("partnership"), serve("national")],
});
