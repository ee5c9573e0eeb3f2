// Every check an editor meets says in plain words what is wrong: none may pass on zod's own
// messages ("Invalid input: expected string, received number"). Each field of a review and of
// every _data/ file is given each wrong kind of value in turn, and every message is looked at.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { stringify } from "yaml";
import { REVIEW_FIELDS } from "../../../src/_build/content/reviewSchema.ts";
import { listReviewSources, readReview } from "../../../src/_build/content/reviews.ts";
import { dataFiles, dataSchemas } from "../../../src/_build/content/siteData.ts";
import { checkContent, plainWords, zodProblems } from "../../../src/_build/content/zodProblems.ts";
import { paths } from "../../../src/_build/projectPaths.ts";
import { realSiteData } from "../support/siteData.ts";

/** How zod's own messages begin (zod 4's English locale). */
const ZOD_OWN = /^(Invalid|Too (small|big)|Unrecognized)\b/;

/** Values of every kind but the right one, for whichever field they replace. */
const WRONG_KINDS: unknown[] = [5, true, null, "", [], {}, ["x"]];

const scratch = await mkdtemp(path.join(os.tmpdir(), "scr-plain-words-"));
after(() => rm(scratch, { recursive: true, force: true }));

const soundReview = {
  title: "Child A",
  reviewType: "serious-case-review",
  published: "2020-01-01",
  summary: "A review.",
  themes: ["neglect"],
  childAge: "under-1",
  documents: [{ title: "Full report", url: "https://example.org/a.pdf", format: "PDF", size: "5 KB" }],
  draft: false,
};

/** What the checks say about a review whose front matter is `data`. */
async function reviewMessages(data: Record<string, unknown>): Promise<string[]> {
  const root = await mkdtemp(path.join(scratch, "review-"));
  const reviews = path.join(root, "src", "reviews");
  await mkdir(path.join(root, "assets", "documents"), { recursive: true });
  await mkdir(reviews, { recursive: true });
  await writeFile(path.join(reviews, "child-a.md"), `---\n${stringify(data)}---\n\n## Background\n\nText.\n`);
  const vocabulary = await realSiteData();
  const messages: string[] = [];
  for (const source of (await listReviewSources(reviews, false)).sources)
    messages.push(...(await readReview(source, vocabulary, "2025-01-01", root)).problems.map(({ message }) => message));
  return messages;
}

/** Every path inside a parsed JSON value, containers and leaves alike, the root left out. */
function pathsIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = [...at, Array.isArray(value) ? Number(key) : key];
    return [here, ...pathsIn(child, here)];
  });
}

/** A deep copy of `value` with the part at `where` replaced by `replacement`. */
function replaced(value: unknown, where: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const part of where.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  parent[where.at(-1) as string | number] = replacement;
  return copy;
}

test("the plain words tell a missing value from an empty one and from the wrong kind", () => {
  const invalidType = (input: unknown) =>
    plainWords({ code: "invalid_type", expected: "string", input, path: [], message: "" } as never);
  assert.equal(invalidType(undefined), "is required.");
  assert.equal(invalidType(null), "is empty: write its value after the colon.");
  assert.match(invalidType(5) ?? "", /^must be text\. Put it in double quotes/);
});

test("a review's fields given the wrong kind of value are explained in plain words, never zod's", async () => {
  assert.deepEqual(await reviewMessages(soundReview), [], "the sound review passes");
  const cases = [
    ...REVIEW_FIELDS.map((field) => [field]),
    ...Object.keys(soundReview.documents[0] as object).map((field) => ["documents", 0, field]),
    ["themes", 0],
  ];
  const unplain: string[] = [];
  for (const where of cases) {
    for (const value of WRONG_KINDS) {
      const messages = await reviewMessages(replaced(soundReview, where, value) as Record<string, unknown>);
      for (const message of messages)
        if (ZOD_OWN.test(message) || !message.trim())
          unplain.push(`${where.join(".")} = ${JSON.stringify(value)}: ${message}`);
    }
  }
  assert.deepEqual(unplain, []);
});

test("every _data/ file's fields given the wrong kind of value are explained in plain words, never zod's", async () => {
  const unplain: string[] = [];
  let tried = 0;
  for (const [key, file] of Object.entries(dataFiles) as [keyof typeof dataFiles, string][]) {
    const original = JSON.parse(await readFile(path.join(paths.data, file), "utf8")) as unknown;
    assert.ok(checkContent(dataSchemas[key], original).success, `${file} is sound to begin with`);
    for (const where of pathsIn(original)) {
      for (const value of WRONG_KINDS) {
        const broken = replaced(original, where, value);
        const result = checkContent(dataSchemas[key], broken);
        tried++;
        if (result.success) continue;
        // What loadSiteData turns the issues into: the messages an editor reads.
        for (const { message, field } of zodProblems(file, result.error, broken))
          if (ZOD_OWN.test(message) || !message.trim())
            unplain.push(`${file} ${field ?? where.join(".")} = ${JSON.stringify(value)}: ${message}`);
      }
    }
  }
  assert.ok(tried > 100, `every field is tried (${tried} cases)`);
  assert.deepEqual(unplain, []);
});
