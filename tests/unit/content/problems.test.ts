import assert from "node:assert/strict";
import { test } from "node:test";
import {
  ContentProblemsError,
  describeValue,
  formatProblem,
  formatProblems,
  githubAnnotations,
  type Problem,
} from "../../../src/_build/content/problems.ts";

const problems: Problem[] = [
  {
    file: "src/reviews/child-a.md",
    field: "themes[2]",
    value: "domestic-abus",
    message: 'is not a known theme. Did you mean "domestic-abuse"?',
  },
  { file: "src/reviews/child-a.md", line: 14, value: "# Child A", message: "Start headings with ##." },
  { file: "_data/themes.json", line: 3, message: "This is not valid JSON." },
];

test("one problem reads as file:line, the field, what was given, then what is wrong", () => {
  assert.equal(
    formatProblem(problems[0] as Problem),
    'src/reviews/child-a.md field "themes[2]" (you gave "domestic-abus"): ' +
      'is not a known theme. Did you mean "domestic-abuse"?',
  );
  assert.equal(
    formatProblem(problems[1] as Problem),
    'src/reviews/child-a.md:14 (you gave "# Child A"): Start headings with ##.',
  );
  assert.equal(formatProblem({ file: "_data/site.json", message: "Missing." }), "_data/site.json: Missing.");
});

test("the problem list starts with how many problems there are in how many files, then one line each", () => {
  const lines = formatProblems(problems).split("\n");
  assert.equal(lines.length, 4);
  assert.match(lines[0] ?? "", /^The site was not built: 3 problems in 2 files\. Nothing was published/);
  assert.equal(lines[1], `  - ${formatProblem(problems[0] as Problem)}`);
  assert.equal(lines[3], `  - ${formatProblem(problems[2] as Problem)}`);
});

test("a single problem is counted in the singular", () => {
  assert.match(formatProblems([problems[2] as Problem]), /^The site was not built: 1 problem in 1 file\./);
});

test("the error for content problems carries them and the problem list, and asks Eleventy for no stack trace", () => {
  const error = new ContentProblemsError(problems);
  assert.ok(error instanceof ContentProblemsError);
  // Eleventy (npm start) prints the message alone for such an error: no trace, no "(via ...)" after it.
  assert.equal(error.skipOriginalStack, true);
  assert.equal(error.name, "Error");
  assert.equal(error.problems, problems);
  assert.equal(error.message, formatProblems(problems));
});

test("values are quoted when text and cut short when long", () => {
  assert.equal(describeValue("neglect"), '"neglect"');
  assert.equal(describeValue(undefined), "nothing");
  assert.equal(describeValue(["a", 1]), '["a",1]');
  const long = describeValue("x".repeat(200));
  assert.equal(long.length, 80);
  assert.ok(long.endsWith("..."));
});

test("GitHub annotations put each problem on its file and line as an ::error command", () => {
  const lines = githubAnnotations(problems).split("\n");
  assert.equal(lines.length, 3);
  assert.ok(lines[0]?.startsWith("::error file=src/reviews/child-a.md::"), lines[0]);
  assert.ok(lines[1]?.startsWith("::error file=src/reviews/child-a.md,line=14::"), lines[1]);
  assert.ok(lines[2]?.startsWith("::error file=_data/themes.json,line=3::"), lines[2]);
  assert.ok(lines[1]?.endsWith("Start headings with ##."));
});

test("GitHub annotations escape newlines and percent signs so each stays on one line", () => {
  const annotation = githubAnnotations([
    {
      file: "src/reviews/child-a.md",
      field: "themes",
      message: "must be a list, like:\n  themes:\r\n    - neglect (100%)",
    },
  ]);
  assert.equal(annotation.split("\n").length, 1);
  assert.ok(annotation.includes("like:%0A  themes:%0D%0A    - neglect (100%25)"), annotation);
});

test("a field left empty is not said to have been given null", () => {
  const line = formatProblem({
    file: "src/reviews/child-a.md",
    line: 3,
    field: "reviewType",
    value: null,
    message: "is empty: write one key from _data/review-types.json.",
  });
  assert.equal(
    line,
    'src/reviews/child-a.md:3 field "reviewType": is empty: write one key from _data/review-types.json.',
  );
});
