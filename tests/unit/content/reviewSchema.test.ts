import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { REVIEW_FIELDS, SUMMARY_MAX_LENGTH } from "../../../src/_build/content/reviewSchema.ts";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import {
  onlyProblem,
  problemFor,
  readReviewText,
  reviewText,
  REVIEW_FILE,
  type RawFields,
} from "../support/reviewFiles.ts";
import { realSiteData } from "../support/siteData.ts";
import { makeTempDir } from "../support/tempDir.ts";

let siteData: SiteData;
let temp: { dir: string; remove: () => Promise<void> };

before(async () => {
  siteData = await realSiteData();
  temp = await makeTempDir();
});
after(() => temp.remove());

const check = (overrides: RawFields) => readReviewText(temp.dir, reviewText(overrides), siteData);

/** Every key of a vocabulary appears, quoted, in the message: the editor is shown what is allowed. */
function assertListsEveryKey(message: string, entries: readonly { key: string; label: string }[]): void {
  assert.ok(entries.length > 0);
  for (const entry of entries)
    assert.ok(message.includes(`"${entry.key}" (${entry.label})`), `message should list "${entry.key}": ${message}`);
}

describe("review front matter", () => {
  test("a review with a missing title names the title field and asks for the review's name", async () => {
    const problem = onlyProblem(await check({ title: undefined }));
    assert.equal(problem.field, "title");
    assert.equal(problem.value, undefined);
    assert.match(problem.message, /A title is required/);
    assert.match(problem.message, /like "Child A"/);
  });

  test("a review with an unknown reviewType names the field, the value and all three review types", async () => {
    const problem = onlyProblem(await check({ reviewType: "practice-review" }));
    assert.equal(problem.field, "reviewType");
    assert.equal(problem.value, "practice-review");
    assert.match(problem.message, /is not a known review type/);
    assert.equal(siteData.reviewTypes.length, 3);
    assertListsEveryKey(problem.message, siteData.reviewTypes);
    assert.match(problem.message, /_data\/review-types\.json/);
  });

  test("a review with no reviewType, or a list for one, is shown every review type it may use", async () => {
    const missing = onlyProblem(await check({ reviewType: undefined }));
    assert.equal(missing.field, "reviewType");
    assert.match(missing.message, /^A review type is required\./);
    assertListsEveryKey(missing.message, siteData.reviewTypes);
    const list = onlyProblem(await check({ reviewType: "\n  - serious-case-review" }));
    assert.match(list.message, /^must be one key from _data\/review-types\.json, written as text/);
    assertListsEveryKey(list.message, siteData.reviewTypes);
  });

  test("a published value that is not a date asks for YYYY-MM-DD", async () => {
    const problem = onlyProblem(await check({ published: "March 2024" }));
    assert.equal(problem.field, "published");
    assert.equal(problem.value, "March 2024");
    assert.match(problem.message, /YYYY-MM-DD/);
  });

  test("a published date that does not exist (30 February) is caught, not rolled over into March", async () => {
    const problem = onlyProblem(await check({ published: "2024-02-30" }));
    assert.equal(problem.field, "published");
    assert.equal(problem.value, "2024-02-30");
    assert.match(problem.message, /not a real date/);
    assert.match(problem.message, /YYYY-MM-DD/);
  });

  test("a published date after today is refused, and the message says what today is", async () => {
    const problem = onlyProblem(await check({ published: "2026-11-26" }));
    assert.equal(problem.field, "published");
    assert.equal(problem.value, "2026-11-26");
    assert.match(problem.message, /in the future \(today is 2026-11-25\)/);
  });

  test("a review published today is accepted", async () => {
    const result = await check({ published: "2026-11-25" });
    assert.deepEqual(result.problems, []);
    assert.equal(result.review?.published, "2026-11-25");
  });

  test("a summary over 300 characters names the limit", async () => {
    const summary = "The review looks at how agencies worked together. ".repeat(7).trim();
    assert.ok(summary.length > SUMMARY_MAX_LENGTH);
    const problem = onlyProblem(await check({ summary }));
    assert.equal(problem.field, "summary");
    assert.equal(problem.value, summary);
    assert.match(problem.message, /at most 300 characters/);
  });

  test("a summary of exactly 300 characters is accepted", async () => {
    const summary = `${"a".repeat(SUMMARY_MAX_LENGTH - 1)}.`;
    const result = await check({ summary });
    assert.deepEqual(result.problems, []);
    assert.equal(result.review?.summary.length, SUMMARY_MAX_LENGTH);
  });

  test("a summary containing HTML is refused: summaries must be plain text", async () => {
    const problem = onlyProblem(await check({ summary: "'Child A was <em>seriously</em> injured.'" }));
    assert.equal(problem.field, "summary");
    assert.equal(problem.value, "Child A was <em>seriously</em> injured.");
    assert.match(problem.message, /plain text: no HTML tags, links or Markdown formatting/);
  });

  test("a summary containing a Markdown link is refused: summaries must be plain text", async () => {
    const problem = onlyProblem(await check({ summary: "'See the [full report](https://example.org/report.pdf).'" }));
    assert.equal(problem.field, "summary");
    assert.equal(problem.value, "See the [full report](https://example.org/report.pdf).");
    assert.match(problem.message, /plain text/);
  });

  test("a review with no themes field is told themes must be a list, with an example", async () => {
    const problem = onlyProblem(await check({ themes: undefined }));
    assert.equal(problem.field, "themes");
    assert.equal(problem.value, undefined);
    assert.match(problem.message, /themes must be a list/);
    assert.match(problem.message, /- neglect/);
  });

  test("a review with an empty themes list is told at least one theme is required", async () => {
    const problem = onlyProblem(await check({ themes: "[]" }));
    assert.equal(problem.field, "themes");
    assert.deepEqual(problem.value, []);
    assert.match(problem.message, /At least one theme is required/);
  });

  test("a review with an unknown theme names the field, the value, the close match and the known themes", async () => {
    const problem = onlyProblem(await check({ themes: "\n  - neglect\n  - domestic-abus" }));
    assert.equal(problem.field, "themes[2]");
    assert.equal(problem.value, "domestic-abus");
    assert.match(problem.message, /Did you mean "domestic-abuse"\?/);
    assertListsEveryKey(problem.message, siteData.themes);
    assert.match(problem.message, /add it to _data\/themes\.json first/);
  });

  test("a theme listed twice names the second listing", async () => {
    const problem = onlyProblem(await check({ themes: "\n  - neglect\n  - information-sharing\n  - neglect" }));
    assert.equal(problem.field, "themes[3]");
    assert.equal(problem.value, "neglect");
    assert.match(problem.message, /listed twice/);
  });

  test("an unknown childAge names the field, the value and the age groups", async () => {
    const problem = onlyProblem(await check({ childAge: "under-2" }));
    assert.equal(problem.field, "childAge");
    assert.equal(problem.value, "under-2");
    assert.match(problem.message, /is not a known age group/);
    assertListsEveryKey(problem.message, siteData.ageGroups);
  });

  test("a misspelt field name is reported with the field it was probably meant to be", async () => {
    const result = await check({ childAge: undefined, chidAge: "under-1" });
    const problem = onlyProblem(result);
    assert.equal(problem.field, "chidAge");
    assert.equal(problem.value, "under-1");
    assert.match(problem.message, /"chidAge" is not a field we know/);
    assert.match(problem.message, /Did you mean "childAge"\?/);
    assert.match(problem.message, new RegExp(`Allowed fields: ${REVIEW_FIELDS.join(", ")}\\.`));
  });

  test("a misspelt title (tittle) suggests title, alongside the missing title", async () => {
    const result = await check({ title: undefined, tittle: "Child A" });
    assert.equal(result.review, undefined);
    const misspelt = problemFor(result.problems, "tittle");
    assert.equal(misspelt.file, REVIEW_FILE);
    assert.equal(misspelt.value, "Child A");
    assert.match(misspelt.message, /Did you mean "title"\?/);
    problemFor(result.problems, "title");
    assert.equal(result.problems.length, 2);
  });

  test("a linked document whose url is not https names documents[1].url", async () => {
    const problem = onlyProblem(
      await check({
        documents:
          "\n  - title: Full report\n    url: http://example.org/child-a.pdf\n    format: PDF\n    size: 505 KB",
      }),
    );
    assert.equal(problem.field, "documents[1].url");
    assert.equal(problem.value, "http://example.org/child-a.pdf");
    assert.match(problem.message, /must start with https:\/\//);
  });

  test("a linked document without a size is refused at its size field, saying visitors need to know it", async () => {
    const problem = onlyProblem(
      await check({ documents: "\n  - title: Full report\n    url: https://example.org/child-a.pdf\n    format: PDF" }),
    );
    assert.equal(problem.field, "documents[1].size");
    assert.equal(problem.value, undefined);
    assert.match(problem.message, /needs its size, like "505 KB"/);
  });

  test("a document with neither a file nor a url says it needs one of them", async () => {
    const problem = onlyProblem(await check({ documents: "\n  - title: Full report" }));
    assert.equal(problem.field, "documents[1].file");
    assert.match(problem.message, /needs a file .* or a url/);
  });

  test("a local document of a type that is not allowed lists the allowed file types", async () => {
    const problem = onlyProblem(
      await check({ documents: "\n  - title: Full report\n    file: assets/documents/child-a.exe" }),
    );
    assert.equal(problem.field, "documents[1].file");
    assert.equal(problem.value, "assets/documents/child-a.exe");
    assert.match(problem.message, /\.pdf, \.docx, \.odt, \.rtf, \.txt, \.html/);
  });

  test("a local document outside assets/documents/ is refused", async () => {
    const problem = onlyProblem(
      await check({ documents: "\n  - title: Full report\n    file: assets/documents/../../secrets.pdf" }),
    );
    assert.equal(problem.field, "documents[1].file");
    assert.match(problem.message, /inside assets\/documents\//);
  });

  test("a document elsewhere in assets/ is refused, since only assets/documents/ is published", async () => {
    const problem = onlyProblem(await check({ documents: "\n  - title: Full report\n    file: assets/stray.pdf" }));
    assert.equal(problem.field, "documents[1].file");
    assert.match(problem.message, /must be a path in assets\/documents\//);
  });

  test("a draft value that is not true or false (yes) is refused", async () => {
    const problem = onlyProblem(await check({ draft: "yes" }));
    assert.equal(problem.field, "draft");
    assert.equal(problem.value, "yes");
    assert.match(problem.message, /draft must be true or false/);
  });
});

describe("review front matter: what editors commonly get wrong, and what is fine", () => {
  test('an unquoted summary with " #" in it says the words after it were dropped', async () => {
    const problem = onlyProblem(await check({ summary: "Agencies met 3 times #safeguarding week" }));
    assert.equal(problem.field, "summary");
    assert.equal(problem.value, "Agencies met 3 times");
    assert.match(problem.message, /\("safeguarding week"\) were left out.*double quotes/);
  });

  test("a draft may be dated in the future, the day it is planned to go live", async () => {
    const result = await readReviewText(
      temp.dir,
      reviewText({ published: "2027-01-05", draft: "true" }),
      await realSiteData(),
    );
    assert.deepEqual(result.problems, []);
    assert.equal(result.review?.published, "2027-01-05");
  });

  test("an optional field left empty is the same as leaving it out", async () => {
    const result = await readReviewText(
      temp.dir,
      reviewText({ childAge: "", documents: "", draft: "" }),
      await realSiteData(),
    );
    assert.deepEqual(result.problems, []);
    assert.equal(result.review?.childAge, undefined);
  });

  test("a title that is a number is asked to be text, not said to be missing", async () => {
    const problem = onlyProblem(await check({ title: "2024" }));
    assert.equal(problem.field, "title");
    assert.equal(problem.value, 2024);
    assert.match(problem.message, /must be text.*double quotes/);
  });

  test("a required age group reads as English: an unknown one is 'not a known age group'", async () => {
    const problem = onlyProblem(await check({ childAge: "teen" }));
    assert.match(problem.message, /^is not a known age group\./);
  });
});
