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

/** Folders of installed packages, history and build output (as .gitignore lists them). */
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

async function projectFiles(dir = projectRoot): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (NOT_THE_PROJECT.has(entry.name) || entry.name.startsWith("_site.")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await projectFiles(full)));
    else if (entry.isFile()) files.push(path.relative(projectRoot, full).split(path.sep).join("/"));
  }
  return files;
}

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
