// The editors' form and the build agree: every list, limit and required field the form states is
// the build's own, read from _data/ and the review schema (src/_build/cms/cmsConfig.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { cmsConfig, reviewFields, type CmsField } from "../../../src/_build/cms/cmsConfig.ts";
import { buildMessage } from "../../../src/_build/cms/formRules.ts";
import {
  documentFile,
  REVIEW_FIELDS,
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from "../../../src/_build/content/reviewSchema.ts";
import { editablePages } from "../../../src/_build/eleventy/cmsPlugin.ts";
import { realSiteData } from "../support/siteData.ts";

const data = await realSiteData();
const fields = reviewFields(data);
const field = (name: string): CmsField => {
  const found = fields.find((candidate) => candidate.name === name);
  assert.ok(found, `the form has a ${name} field`);
  return found;
};
const values = (name: string) => (field(name).options as { value: string }[]).map((option) => option.value);
const matches = (name: string, value: string) => new RegExp((field(name).pattern as string[])[0] ?? "").test(value);
const patternMessage = (name: string) => (field(name).pattern as string[])[1];
const github = { kind: "github", repo: "example/site", branch: "main" } as const;

test("the form has a field for every front matter field, in the review template's order, and one for the body", () => {
  assert.deepEqual(
    fields.map((found) => found.name),
    [...REVIEW_FIELDS, "body"],
  );
});

test("the form's lists are _data/'s vocabularies: each option passes the build's check, no other value does", () => {
  const lists = { reviewType: data.reviewTypes, themes: data.themes, childAge: data.ageGroups };
  for (const [name, vocabulary] of Object.entries(lists)) {
    assert.deepEqual(
      values(name),
      vocabulary.map((entry) => entry.key),
      `${name} lists every key in _data/`,
    );
    for (const value of values(name)) {
      assert.equal(buildMessage(data, name, name === "themes" ? [value] : value), undefined, `${name}: ${value}`);
    }
    assert.ok(
      buildMessage(data, name, name === "themes" ? ["not-a-key"] : "not-a-key"),
      `${name} refuses a key not in _data/`,
    );
  }
  assert.equal(field("themes").multiple, true);
  assert.equal(field("themes").min, 1);
  assert.match(buildMessage(data, "themes", []) ?? "", /At least one theme/);
});

test("a theme added to themes.json is in the form, with no other edit", () => {
  const themes = [...data.themes, { key: "private-fostering", label: "Private fostering" }];
  const withTheme = reviewFields({ ...data, themes }).find((found) => found.name === "themes");
  assert.ok(
    ((withTheme?.options ?? []) as { value: string; label: string }[]).some(
      (option) => option.value === "private-fostering" && option.label === "Private fostering",
    ),
  );
});

test("the form and the build accept a title or summary at its limit and refuse one over, in the same words", () => {
  for (const [name, limit] of [
    ["title", TITLE_MAX_LENGTH],
    ["summary", SUMMARY_MAX_LENGTH],
  ] as const) {
    const atLimit = "a".repeat(limit);
    const over = "a".repeat(limit + 1);
    assert.equal(matches(name, atLimit), true, `${name}: the form accepts ${limit} characters`);
    assert.equal(buildMessage(data, name, atLimit), undefined, `${name}: the build accepts ${limit} characters`);
    assert.equal(matches(name, over), false, `${name}: the form refuses ${limit + 1} characters`);
    assert.equal(patternMessage(name), buildMessage(data, name, over), `${name}: the form says what the build says`);
  }
  // The summary's message is the one editors saw before the form existed, field first.
  assert.match(
    patternMessage("summary") ?? "",
    new RegExp(`^summary must be at most ${SUMMARY_MAX_LENGTH} characters`),
  );
  assert.equal(matches("title", "   "), false, "a blank title is refused");
  assert.ok(buildMessage(data, "title", "   "));
});

test("a field the build requires is required in the form, and an optional one is optional", () => {
  for (const name of REVIEW_FIELDS) {
    const requiredByBuild = buildMessage(data, name, undefined) !== undefined;
    assert.equal(
      field(name).required !== false,
      requiredByBuild,
      `${name} is ${requiredByBuild ? "required" : "optional"} in both`,
    );
  }
});

test("the date is saved as the build reads it (YYYY-MM-DD), and a document's path as the build expects it", () => {
  const published = field("published");
  assert.equal(published.format, "YYYY-MM-DD");
  assert.equal(published.time_format, false);
  const config = cmsConfig({ data, backend: github, pages: [], fixtures: false });
  assert.equal(config.public_folder, "assets/documents");
  assert.ok(documentFile.safeParse(`${config.public_folder}/child-a-executive-summary.pdf`).success);
});

test("every change is a pull request: GitHub with the editorial workflow; npm run edit adds the local server", () => {
  const config = cmsConfig({ data, backend: github, pages: [], fixtures: false });
  assert.deepEqual((config.backend as Record<string, unknown>).name, "github");
  assert.equal(config.publish_mode, "editorial_workflow");
  assert.equal(config.local_backend, undefined, "the site's form never looks for a local server");
  const local = cmsConfig({
    data,
    backend: { kind: "local", url: "http://127.0.0.1:8081/api/v1" },
    pages: [],
    fixtures: false,
  });
  assert.deepEqual(local.local_backend, { url: "http://127.0.0.1:8081/api/v1" });
});

test("reviews are saved where the build reads them, named from the title; fictional ones in tests/fixtures", () => {
  const reviews = (fixtures: boolean) =>
    (cmsConfig({ data, backend: github, pages: [], fixtures }).collections as Record<string, unknown>[])[0];
  assert.deepEqual([reviews(false)?.folder, reviews(false)?.slug], ["src/reviews", "{{slug}}"]);
  assert.deepEqual([reviews(true)?.folder, reviews(true)?.slug], ["tests/fixtures/reviews", "fictional-{{slug}}"]);
});

test("the site's own pages and links.json are in the form, each page with its title, description and body", () => {
  const pages = editablePages();
  assert.deepEqual(
    pages.map((page) => page.file),
    ["src/accessibility.md", "src/leaving-this-site-safely.md", "src/privacy.md", "src/serious-case-reviews.md"],
  );
  const config = cmsConfig({ data, backend: github, pages, fixtures: false });
  const [, pageCollection, dataCollection] = config.collections as { files: { file: string; fields: CmsField[] }[] }[];
  for (const page of pageCollection?.files ?? []) {
    const names = JSON.stringify(
      page.fields.map((found) => [found.name, (found.fields as CmsField[] | undefined)?.map((inner) => inner.name)]),
    );
    if (page.file.endsWith(".md"))
      for (const name of ["title", "description", "body"])
        assert.ok(names.includes(`"${name}"`), `${page.file} has ${name}`);
  }
  assert.ok(
    pageCollection?.files.some((page) => page.file === "_data/site.json"),
    "the home page's words",
  );
  const links = dataCollection?.files[0];
  assert.equal(links?.file, "_data/links.json");
  assert.deepEqual(
    links?.fields.map((found) => found.name),
    Object.keys(data.links),
  );
});
