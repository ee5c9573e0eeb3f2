import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Problem } from "../../../src/_build/content/problems.ts";
import { readReview, type Review, type ReviewSource } from "../../../src/_build/content/reviews.ts";
import type { SiteData } from "../../../src/_build/content/siteData.ts";

/** The date every review test treats as today. */
export const TODAY = "2026-11-25";

/** The path an editor would see for the review under test. */
export const REVIEW_FILE = "src/reviews/child-a.md";

/**
 * Front matter fields as the raw YAML an editor types after "name: ". A value of undefined leaves
 * the field out; a value starting with a newline is a block (a list, say).
 */
export type RawFields = Record<string, string | undefined>;

export const VALID_FIELDS: RawFields = {
  title: "Child A",
  reviewType: "serious-case-review",
  published: "2024-03-03",
  summary: "A baby was seriously injured at home. The review looks at how agencies shared what they knew.",
  themes: "\n  - neglect\n  - information-sharing",
  childAge: "under-1",
};

export const VALID_BODY = [
  "## What happened",
  "",
  "Child A was three months old when they were taken to hospital with a head injury.",
  "",
  "## What we learned",
  "",
  "Agencies need to share information about risk promptly.",
  "",
].join("\n");

/** A review file's text: the fields (valid ones unless overridden) between --- lines, then the body. */
export function reviewText(overrides: RawFields = {}, body: string = VALID_BODY): string {
  const fields = { ...VALID_FIELDS, ...overrides };
  const lines = ["---"];
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    lines.push(value.startsWith("\n") ? `${name}:${value}` : `${name}: ${value}`);
  }
  lines.push("---", "");
  return `${lines.join("\n")}${body}`;
}

/** The line (from 1) of the first line of a text that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `expected the text to contain ${JSON.stringify(needle)}`);
  return index + 1;
}

/** Writes a review file into `dir` and reads it back with readReview, as the build would. */
export async function readReviewText(
  dir: string,
  text: string,
  siteData: SiteData,
  options: { root?: string; slug?: string } = {},
): Promise<{ review?: Review; problems: Problem[] }> {
  const slug = options.slug ?? "child-a";
  const reviewsDir = path.join(dir, "src", "reviews");
  await mkdir(reviewsDir, { recursive: true });
  const absolutePath = path.join(reviewsDir, `${slug}.md`);
  await writeFile(absolutePath, text, "utf8");
  const source: ReviewSource = { absolutePath, file: `src/reviews/${slug}.md`, slug, fictional: false };
  return readReview(source, siteData, TODAY, options.root ?? dir);
}

/** The one problem reported, checked to be the only one and to be in the review under test. */
export function onlyProblem(result: { review?: Review; problems: Problem[] }): Problem {
  assert.equal(result.review, undefined, "a review with a problem must not be published");
  assert.equal(
    result.problems.length,
    1,
    `expected exactly one problem, got:\n${result.problems.map((problem) => JSON.stringify(problem)).join("\n")}`,
  );
  const problem = result.problems[0] as Problem;
  assert.equal(problem.file, REVIEW_FILE);
  return problem;
}

/** The problem about one field, checked to exist. */
export function problemFor(problems: readonly Problem[], field: string): Problem {
  const problem = problems.find((candidate) => candidate.field === field);
  assert.ok(
    problem,
    `expected a problem for field ${field}, got:\n${problems.map((candidate) => JSON.stringify(candidate)).join("\n")}`,
  );
  return problem;
}
