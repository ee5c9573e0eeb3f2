// The kit names no partnership and no place outside the partnership's own data and content, so
// another partnership's site is a change of data (docs/new-partnership.md), not of code.
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { FIRST_PARTNERSHIP, namesFirstPartnership } from "../support/firstPartnership.ts";

/**
 * Where a partnership may be named, relative to the project root: its data, its pages and reviews
 * (Markdown, which the partnership writes), and the documents about the project, which say where
 * the kit came from. Templates, layouts, client scripts, build code and tests may not.
 */
const MAY_NAME_IT = [
  /^_data\//,
  /^src\/[^/]+\.md$/,
  /^src\/reviews\//,
  /^README\.md$/,
  /^docs\//,
  /^tests\/support\/firstPartnership\.ts$/,
];

/** Folders of installed packages, history and build output (as .gitignore lists them), at any depth. */
const NOT_THE_PROJECT = new Set([
  "node_modules",
  ".git",
  "_site",
  "dist",
  ".scratch",
  ".test-output",
  "test-results",
  "playwright-report",
]);

/**
 * At the project's root only: the national index's build output and cache (.gitignore lists
 * them), and national/, where docs/national-index.md tells whoever runs the index to write its
 * sources file and its own _data/. A partnership's copy that runs the index holds its data there,
 * naming partnerships; src/national/, the index's templates, is still read.
 */
const NOT_THE_PROJECT_AT_ROOT = new Set(["_site-national", ".national-cache", "national"]);

/** True for a path (relative to the root, with "/") that the checks below read as the project's own. */
function isProjectPath(relative: string): boolean {
  const parts = relative.split("/");
  if (NOT_THE_PROJECT_AT_ROOT.has(parts[0] ?? "")) return false;
  if (/^_site(-national)?\./.test(parts[0] ?? "")) return false;
  return !parts.some((part) => NOT_THE_PROJECT.has(part));
}

async function projectFiles(dir = projectRoot): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const relative = path.relative(projectRoot, full).split(path.sep).join("/");
    if (!isProjectPath(relative)) continue;
    if (entry.isDirectory()) files.push(...(await projectFiles(full)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}

test("the national index's output, cache and documented sources folder are not the project's; its templates are", () => {
  for (const outside of [
    "national/sources.json",
    "national/_data/site.json",
    ".national-cache/lowmere.json",
    "_site-national/index.html",
    "_site-national.previous/index.html",
    "_site.previous/index.html",
    "node_modules/zod/package.json",
  ])
    assert.equal(isProjectPath(outside), false, outside);
  for (const inside of [
    "src/national/index.njk",
    "src/_build/national/sources.ts",
    "tests/fixtures/national/_data/site.json",
  ])
    assert.equal(isProjectPath(inside), true, inside);
});

/** Each line of a file that names the partnership, as "file:line: text". */
async function linesNaming(file: string, name: RegExp): Promise<string[]> {
  const text = await readFile(path.join(projectRoot, file), "latin1");
  return text
    .split("\n")
    .flatMap((line, index) => (name.test(line) ? [`${file}:${index + 1}: ${line.trim().slice(0, 100)}`] : []));
}

test(`only _data/, pages, reviews and documents name "${FIRST_PARTNERSHIP}": no template, code or test`, async () => {
  const files = (await projectFiles()).filter((file) => !MAY_NAME_IT.some((allowed) => allowed.test(file)));
  assert.ok(
    files.some((file) => file.startsWith("_includes/")) && files.some((file) => file.startsWith("src/_build/")),
    "the check reads the templates and the build code",
  );
  const found = (await Promise.all(files.map((file) => linesNaming(file, namesFirstPartnership)))).flat();
  assert.deepEqual(
    found,
    [],
    "The partnership is named outside its data. " +
      "Take the words from _data/site.json instead " +
      `({{ site.name }}, {{ site.place }} in a template):\n${found.join("\n")}`,
  );
});
