// The editors' form, as an editor uses it: `npm run edit` in a throwaway copy of the project
// (tests/support/editingCopy.ts), so what the tests save never reaches the real src/.
// With SCR_SCREENSHOTS=1 (`npm run screenshots`), the screens CONTRIBUTING.md shows are taken here.
import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { readFrontMatter } from "../../../src/_build/content/frontMatter.ts";
import { SUMMARY_MAX_LENGTH } from "../../../src/_build/content/reviewSchema.ts";
import { headersFor, readHeaderRules } from "../../../src/_build/preview/netlifyHeaders.ts";
import { paths, projectRoot } from "../../../src/_build/projectPaths.ts";
import { todayInLondon } from "../../../src/_build/text/dates.ts";
import { builtIn, startEditingCopy, type EditingCopy } from "../../support/editingCopy.ts";
import { cspViolations, recordCspViolations, watchPage } from "../../support/pageWatch.ts";
import { runScript } from "../../support/projectCopy.ts";

test.describe.configure({ mode: "serial" });

let editing: EditingCopy;
test.beforeAll(async () => {
  // The copy, and its site built by `npm run edit`, take a while on a shared machine.
  test.setTimeout(240_000);
  editing = await startEditingCopy();
});
test.afterAll(async () => editing?.stop());

/** The screenshots CONTRIBUTING.md shows, taken only when asked for, so a test run changes no file in the project. */
const screenshots =
  process.env.SCR_SCREENSHOTS === "1" ? path.join(projectRoot, "docs", "images", "editing") : undefined;
async function screenshot(page: Page, name: string): Promise<void> {
  if (!screenshots) return;
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

/** Signs in as `npm run edit` offers (no account: the local server), and lands on the list of reviews. */
async function signIn(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(editing.adminUrl);
  await page.getByRole("button", { name: "Login" }).click();
  await expect(page.getByRole("heading", { name: "Reviews" })).toBeVisible();
}

/** Opens a new review and fills in what the build requires, with the given changes. */
async function newReview(page: Page, fields: { title: string; published: string; summary: string }): Promise<void> {
  await page.goto(`${editing.adminUrl}#/collections/reviews/new`);
  if (fields.title) await page.getByLabel("Title", { exact: true }).fill(fields.title);
  await page.getByLabel("Type of review").fill("Local child");
  await page.keyboard.press("Enter");
  await page.getByLabel("Date published").fill(fields.published);
  await page.getByLabel("Summary").fill(fields.summary);
  for (const theme of ["Neglect", "Domestic abuse"]) {
    await page.getByLabel("Themes").fill(theme);
    await page.keyboard.press("Enter");
  }
  // The executive summary in Markdown, as an editor who knows it would type it.
  const body = page.locator('[aria-label="markdown field"]');
  await body.getByRole("switch").click();
  await body.locator('[contenteditable="true"]').click();
  await page.keyboard.type(
    "## Background\n\nA fictional family, made up for the tests.\n\n## Key findings\n\n- Agencies did not share what they knew.",
  );
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("menuitem", { name: "Publish now" }).click();
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

test("the form loads under its own policy with no console error or CSP violation; public pages keep theirs", async ({
  page,
}) => {
  const rules = await readHeaderRules();
  await recordCspViolations(page);
  const watch = watchPage(page, editing.origin);
  const response = await page.goto(editing.adminUrl);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'unsafe-eval'");
  expect(response?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await screenshot(page, "1-sign-in");
  await signIn(page);
  await screenshot(page, "2-reviews");
  await page.goto(`${editing.adminUrl}#/collections/reviews/new`);
  await expect(page.getByLabel("Title", { exact: true })).toBeVisible();
  await page.goto(`${editing.adminUrl}#/collections/pages/entries/privacy`);
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Privacy");
  // Decap's own errors and warnings, and the policy's complaints; its one other address is the local server.
  expect(await cspViolations(page)).toEqual([]);
  expect(
    watch.problems.filter((problem) => !problem.startsWith(`request to another site: ${editing.backendUrl}`)),
  ).toEqual([]);

  // The public pages: the headers of "/*" exactly, and none of the form's scripts.
  const home = await page.goto(`${editing.origin}/`);
  expect(home?.headers()["content-security-policy"]).toBe(headersFor(rules, "/")["Content-Security-Policy"]);
  expect(home?.headers()["content-security-policy"]).not.toContain("'unsafe-eval'");
  expect(await page.locator('script[src*="admin"], script[src*="decap"]').count()).toBe(0);
});

test("the form refuses an empty title, a summary over 300 characters and a future date, each with a message", async ({
  page,
}) => {
  await signIn(page);
  const tomorrow = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
  const future = todayInLondon(tomorrow);
  const long = "A review of how agencies shared what they knew about a family over several years. ".repeat(4);
  expect(long.length).toBeGreaterThan(SUMMARY_MAX_LENGTH);
  await newReview(page, { title: "", published: future, summary: long });
  await publish(page);
  await expect(page.getByText("Title is required.")).toBeVisible();
  await page.getByText("Title is required.").scrollIntoViewIfNeeded();
  await expect(
    page.getByText(
      `summary must be at most ${SUMMARY_MAX_LENGTH} characters. Shorten it; the full text belongs in the body.`,
    ),
  ).toBeVisible();
  await expect(
    page.getByText(`The date published is in the future (today is ${todayInLondon()}).`, { exact: false }),
  ).toBeVisible();
  await screenshot(page, "5-refused");
  expect(await exists(path.join(editing.root, "src", "reviews", "review.md"))).toBe(false);
});

test("a review made in the form with a PDF passes the build's checks and is published with its document", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page);
  await newReview(page, {
    title: "Child Q",
    published: "2024-05-01",
    summary: "A fictional review, made up by the tests to show the form.",
  });
  await page.getByRole("button", { name: "Add document" }).click();
  const documents = page.locator('[aria-label="list field"]');
  await documents.getByLabel("Title").fill("Executive summary");
  await documents.getByRole("button", { name: "Choose a file" }).click();
  const pdf = await readFile(
    path.join(paths.fixtures, "assets", "documents", "family-m-executive-summary-fictional.pdf"),
  );
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: "child-q-executive-summary.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect(page.getByText("child-q-executive-summary.pdf")).toBeVisible();
  await screenshot(page, "4-document");
  await page.getByRole("button", { name: "Choose selected" }).click();
  await page.getByLabel("Title", { exact: true }).first().scrollIntoViewIfNeeded();
  // The preview: the site's own template and stylesheet.
  const preview = page.frameLocator("iframe").first();
  await expect(preview.getByRole("heading", { level: 1, name: "Child Q" })).toBeVisible();
  await expect(preview.getByRole("link", { name: /Executive summary \(PDF/ })).toBeVisible();
  await screenshot(page, "3-new-review");
  await publish(page);

  const file = path.join(editing.root, "src", "reviews", "child-q.md");
  await expect.poll(() => exists(file), { timeout: 15_000 }).toBe(true);
  const written = readFrontMatter(await readFile(file, "utf8"));
  expect(written.ok && written.data).toEqual({
    title: "Child Q",
    reviewType: "local-child-safeguarding-practice-review",
    published: "2024-05-01",
    summary: "A fictional review, made up by the tests to show the form.",
    themes: ["neglect", "domestic-abuse"],
    documents: [{ title: "Executive summary", file: "assets/documents/child-q-executive-summary.pdf" }],
    draft: false,
  });
  expect(await readFile(path.join(editing.root, "assets", "documents", "child-q-executive-summary.pdf"))).toEqual(pdf);

  // The pull request's check is the production build: it passes, and the review is on the site with its PDF.
  const site = builtIn(editing.root, "after-editing");
  const build = await runScript(editing.root, "src/_build/cli/build.ts", ["--output", site]);
  expect(build.code, build.stderr).toBe(0);
  const page2 = await readFile(path.join(site, "reviews", "child-q", "index.html"), "utf8");
  expect(page2).toContain('<h1 class="heading-xl" itemprop="name">Child Q</h1>');
  expect(page2).toMatch(
    /<a href="\/assets\/documents\/child-q-executive-summary\.pdf">Executive summary <span class="documents__meta">\(PDF, 671 bytes\)/,
  );
  expect(await exists(path.join(site, "assets", "documents", "child-q-executive-summary.pdf"))).toBe(true);
});
