import assert from "node:assert/strict";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import {
  duplicateUrlProblems,
  listReviewSources,
  RESERVED_REVIEW_SLUGS,
  type ReviewSource,
} from "../../../src/_build/content/reviews.ts";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import {
  lineOf,
  onlyProblem,
  problemFor,
  readReviewText,
  reviewText,
  REVIEW_FILE,
  VALID_BODY,
} from "../support/reviewFiles.ts";
import { realSiteData } from "../support/siteData.ts";
import { makeTempDir } from "../support/tempDir.ts";

let siteData: SiteData;
let temp: { dir: string; remove: () => Promise<void> };

before(async () => {
  siteData = await realSiteData();
  temp = await makeTempDir();
  await mkdir(path.join(temp.dir, "assets", "documents"), { recursive: true });
  await writeFile(path.join(temp.dir, "assets", "documents", "child-a-summary.pdf"), Buffer.alloc(2048));
});
after(() => temp.remove());

const readText = (text: string) => readReviewText(temp.dir, text, siteData);

/** A review whose body is the valid body followed by these lines; returns the text and the result. */
async function withBody(...extra: string[]) {
  const text = reviewText({}, `${VALID_BODY}\n${extra.join("\n")}\n`);
  return { text, result: await readText(text) };
}

describe("reading a review", () => {
  test("a valid review is published at /reviews/<slug>/ with its fields", async () => {
    const result = await readText(reviewText());
    assert.deepEqual(result.problems, []);
    const review = result.review;
    assert.ok(review);
    assert.equal(review.slug, "child-a");
    assert.equal(review.url, "/reviews/child-a/");
    assert.equal(review.file, REVIEW_FILE);
    assert.equal(review.title, "Child A");
    assert.equal(review.reviewType, "serious-case-review");
    assert.equal(review.published, "2024-03-03");
    assert.deepEqual(review.themes, ["neglect", "information-sharing"]);
    assert.equal(review.childAge, "under-1");
    assert.equal(review.draft, false);
    assert.equal(review.fictional, false);
    assert.deepEqual(review.documents, []);
    assert.match(review.body, /^## What happened/m);
  });

  test("a review marked draft: true is read as a draft", async () => {
    const result = await readText(reviewText({ draft: "true" }));
    assert.deepEqual(result.problems, []);
    assert.equal(result.review?.draft, true);
  });

  test("a local document that exists becomes a link with its format and measured size", async () => {
    const result = await readText(
      reviewText({ documents: "\n  - title: Executive summary\n    file: assets/documents/child-a-summary.pdf" }),
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.review?.documents, [
      {
        title: "Executive summary",
        href: "/assets/documents/child-a-summary.pdf",
        format: "PDF",
        size: "2 KB",
        bytes: 2048,
        local: true,
      },
    ]);
  });

  test("a linked document keeps its address, format and size", async () => {
    const result = await readText(
      reviewText({
        documents:
          "\n  - title: Full report\n    url: https://example.org/child-a.pdf\n    format: PDF\n    size: 1.2MB",
      }),
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.review?.documents, [
      { title: "Full report", href: "https://example.org/child-a.pdf", format: "PDF", size: "1.2 MB", local: false },
    ]);
  });

  test("a document whose file does not exist names documents[1].file and the path given", async () => {
    const problem = onlyProblem(
      await readText(
        reviewText({
          documents:
            "\n  - title: Executive summary\n    file: assets/documents/child-a-sumary.pdf" +
            "\n  - title: Summary again\n    file: assets/documents/child-a-summary.pdf",
        }),
      ),
    );
    assert.equal(problem.field, "documents[1].file");
    assert.equal(problem.value, "assets/documents/child-a-sumary.pdf");
    assert.match(problem.message, /There is no file at this path/);
    assert.match(problem.message, /assets\/documents\//);
  });

  test("a missing document file is reported in the same run as a problem in another field", async () => {
    const result = await readText(
      reviewText({
        reviewType: "practice-review",
        documents: "\n  - title: Executive summary\n    file: assets/documents/missing.pdf",
      }),
    );
    problemFor(result.problems, "reviewType");
    problemFor(result.problems, "documents[1].file");
  });
});

describe("reading a review's front matter", () => {
  test("malformed YAML is reported as not valid YAML, with a line and what to check", async () => {
    const text = reviewText({ summary: "The review: what happened: and why" });
    const problem = onlyProblem(await readText(text));
    assert.equal(problem.field, undefined);
    assert.equal(typeof problem.line, "number");
    assert.match(problem.message, /not valid YAML/);
    assert.match(problem.message, /text containing a colon is in quotes/);
  });

  test("malformed YAML is reported at the line of the bad field", async () => {
    const text = reviewText({ summary: "The review: what happened: and why" });
    const problem = onlyProblem(await readText(text));
    assert.equal(problem.line, lineOf(text, "summary:"));
  });

  test("a badly indented list item in the front matter is reported as not valid YAML", async () => {
    const text = reviewText({ themes: "\n  - neglect\n - information-sharing" });
    const problem = onlyProblem(await readText(text));
    assert.match(problem.message, /not valid YAML/);
    assert.ok(
      problem.line !== undefined && problem.line > lineOf(text, "themes:"),
      `line ${problem.line} should be after the themes: line`,
    );
  });

  test("a file with no front matter is told to start with a line of ---, at line 1", async () => {
    const problem = onlyProblem(await readText(VALID_BODY));
    assert.equal(problem.line, 1);
    assert.match(problem.message, /must start with a line of three hyphens \(---\)/);
  });

  test("front matter that is never closed is told to add the closing ---", async () => {
    const problem = onlyProblem(await readText("---\ntitle: Child A\nreviewType: serious-case-review\n"));
    assert.match(problem.message, /not closed: add a line of three hyphens/);
  });

  test("a file with Windows line endings reads the same as one with Unix line endings", async () => {
    const result = await readText(reviewText().replace(/\n/g, "\r\n"));
    assert.deepEqual(result.problems, []);
    assert.equal(result.review?.title, "Child A");
  });
});

describe("reading a review's body", () => {
  test("an empty body is reported as a missing executive summary, at the line after the front matter", async () => {
    const text = reviewText({}, "");
    const problem = onlyProblem(await readText(text));
    assert.equal(problem.line, text.split("\n").length);
    assert.equal(problem.line, lineOf(text, "childAge:") + 2);
    assert.match(problem.message, /executive summary is missing/);
  });

  test("a level-one heading in the body is reported at its line, asking for ## instead", async () => {
    const { text, result } = await withBody("# Child A", "", "More text.");
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "# Child A"));
    assert.equal(problem.value, "# Child A");
    assert.match(problem.message, /Start headings in the summary with ##/);
  });

  test("a <script> element in the body is reported at its line", async () => {
    const { text, result } = await withBody("<script>alert(1)</script>");
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "<script>"));
    assert.equal(problem.value, "<script>");
    assert.match(problem.message, /<script> is not allowed in a review/);
    assert.match(problem.message, /Use plain Markdown instead/);
  });

  test("an <iframe> in the body is reported at its line", async () => {
    const { text, result } = await withBody('<iframe src="https://example.org/"></iframe>');
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "<iframe"));
    assert.equal(problem.value, "<iframe>");
    assert.match(problem.message, /<iframe> is not allowed/);
  });

  test("an onclick attribute in the body is reported with the attribute and its value", async () => {
    const { text, result } = await withBody('<p onclick="steal()">Click here</p>');
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "onclick"));
    assert.equal(problem.value, 'onclick="steal()"');
    assert.match(problem.message, /The attribute onclick runs code/);
  });

  test("a Markdown link to a javascript: address is reported at its line", async () => {
    const { text, result } = await withBody("Read the [full report](javascript:alert(1)) here.");
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "[full report]"));
    assert.equal(problem.value, "](javascript:");
    assert.match(problem.message, /must point to a web address \(https:\/\/\.\.\.\) or a page on this site/);
  });

  test('an <a href="javascript:..."> link is reported with its href', async () => {
    const { text, result } = await withBody('<a href="javascript:alert(1)">Full report</a>');
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "<a href"));
    assert.equal(problem.value, 'href="javascript:alert(1)"');
    assert.match(problem.message, /not to a javascript:, vbscript: or data: address/);
  });

  test("an href hiding javascript: behind an entity (&#106;avascript:) is still reported", async () => {
    const { text, result } = await withBody('<a href="&#106;avascript:alert(1)">Full report</a>');
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "&#106;avascript"));
    assert.equal(problem.value, 'href="javascript:alert(1)"');
    assert.match(problem.message, /not to a javascript:/);
  });

  test("ordinary Markdown and safe HTML links in the body are accepted", async () => {
    const { result } = await withBody(
      "See the [NSPCC repository](https://learning.nspcc.org.uk/) and [our criteria](/serious-case-reviews/).",
      "",
      '<a href="https://example.org/report.pdf">Report</a> in <abbr title="Serious case review">SCR</abbr> form.',
    );
    assert.deepEqual(result.problems, []);
    assert.ok(result.review);
  });

  test("a private note in an HTML comment is reported at its line, and the review is not published", async () => {
    const { text, result } = await withBody(
      "Agencies met twice.",
      "",
      "<!-- Ask the police about the second meeting -->",
    );
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "<!--"));
    assert.equal(problem.value, "<!-- Ask the police about the second meeting -->");
  });

  test("an image from another website is reported at its line in the file", async () => {
    const { text, result } = await withBody("Text.", "", "![Referrals by year](https://example.org/chart.png)");
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "![Referrals"));
    assert.match(problem.message, /Save the image under assets\/images\//);
  });

  test("an image under assets/images/ is accepted when the file is there, and reported when it is not", async () => {
    await mkdir(path.join(temp.dir, "assets", "images"), { recursive: true });
    await writeFile(path.join(temp.dir, "assets", "images", "chart.png"), Buffer.alloc(64));
    assert.deepEqual((await withBody("![Referrals by year](/assets/images/chart.png)")).result.problems, []);
    const { text, result } = await withBody("Text.", "", "![Referrals by year](/assets/images/Chart.png)");
    const problem = onlyProblem(result);
    assert.equal(problem.line, lineOf(text, "Chart.png"));
    assert.equal(problem.value, "/assets/images/Chart.png");
    assert.match(
      problem.message,
      /There is no image at assets\/images\/Chart\.png\. Upload it to assets\/images\/ first/,
    );
  });

  test("an invisible character in the title is reported at the title's line", async () => {
    const text = reviewText({ title: "Child\u200b A" });
    const problem = onlyProblem(await readText(text));
    assert.equal(problem.line, lineOf(text, "title:"));
    assert.match(problem.message, /An invisible character \(U\+200B, zero width space\)/);
  });

  test("several problems in one file are all reported at once, each at its own field or line", async () => {
    const text = reviewText(
      { published: "2027-01-01", themes: "\n  - domestic-abus", tittle: "Child A", title: undefined },
      `# Child A\n\n${VALID_BODY}\n<script>alert(1)</script>\n`,
    );
    const result = await readText(text);
    assert.equal(result.review, undefined);
    assert.ok(result.problems.every((problem) => problem.file === REVIEW_FILE));
    assert.match(problemFor(result.problems, "published").message, /in the future/);
    assert.equal(problemFor(result.problems, "themes[1]").value, "domestic-abus");
    assert.match(problemFor(result.problems, "tittle").message, /Did you mean "title"/);
    problemFor(result.problems, "title");
    const lines = result.problems.filter((problem) => problem.field === undefined).map((problem) => problem.line);
    assert.deepEqual(lines, [lineOf(text, "# Child A"), lineOf(text, "<script>")]);
    assert.equal(result.problems.length, 6);
  });
});

describe("listing review files", () => {
  let folder: { dir: string; remove: () => Promise<void> };
  before(async () => {
    folder = await makeTempDir();
    for (const name of ["child-b.md", "notes.txt", "Child A.md", "themes.md", ".DS_Store", "family-m-2016.md"]) {
      await writeFile(path.join(folder.dir, name), "");
    }
  });
  after(() => folder.remove());

  const listed = () => listReviewSources(folder.dir, false);
  const problemAbout = async (name: string) => {
    const { problems } = await listed();
    const matching = problems.filter((problem) => problem.file.endsWith(`/${name}`));
    assert.equal(matching.length, 1, `expected one problem about ${name}, got ${JSON.stringify(problems)}`);
    return matching[0] as (typeof matching)[number];
  };

  test("review files become sources with their slug, in name order; hidden files are skipped", async () => {
    const { sources, problems } = await listed();
    assert.deepEqual(
      sources.map((source) => [source.slug, path.basename(source.absolutePath), source.fictional]),
      [
        ["child-b", "child-b.md", false],
        ["family-m-2016", "family-m-2016.md", false],
      ],
    );
    assert.equal(problems.length, 3);
  });

  test("a file that does not end in .md is reported, pointing documents to assets/documents/", async () => {
    const problem = await problemAbout("notes.txt");
    assert.match(problem.message, /Only review files ending in \.md belong in this folder/);
    assert.match(problem.message, /assets\/documents\//);
  });

  test("a file name with capitals and a space is reported with a suggested name", async () => {
    const problem = await problemAbout("Child A.md");
    assert.match(problem.message, /must be lowercase letters and numbers joined by hyphens/);
    assert.match(problem.message, /Rename it to child-a\.md\./);
  });

  test("a file named after one of the site's lists of reviews (themes) is reported with their addresses", async () => {
    const problem = await problemAbout("themes.md");
    assert.match(problem.message, /"themes" is already the address of one of the site's lists of reviews/);
    for (const name of RESERVED_REVIEW_SLUGS) assert.ok(problem.message.includes(`/reviews/${name}/`), name);
  });

  test("a real review may not take a name kept for the fictional examples; a fictional one must have it", async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir.dir, "fictional-child-a.md"), "");
    await writeFile(path.join(dir.dir, "child-b.md"), "");
    const real = await listReviewSources(dir.dir, false);
    assert.deepEqual(
      real.sources.map((source) => source.slug),
      ["child-b"],
    );
    assert.match(real.problems[0]?.message ?? "", /File names starting "fictional-" are kept for the made-up examples/);
    const fictional = await listReviewSources(dir.dir, true);
    assert.deepEqual(
      fictional.sources.map((source) => source.slug),
      ["fictional-child-a"],
    );
    assert.match(fictional.problems[0]?.message ?? "", /A fictional example's file name must start "fictional-"/);
    // Not known (the partnership's site.json has problems of its own): each file is taken as its name says.
    const unknown = await listReviewSources(dir.dir, undefined);
    assert.deepEqual(unknown.problems, []);
    assert.deepEqual(
      unknown.sources.map((source) => [source.slug, source.fictional]),
      [
        ["child-b", false],
        ["fictional-child-a", true],
      ],
    );
    await dir.remove();
  });

  test("a folder that does not exist lists nothing and reports nothing", async () => {
    assert.deepEqual(await listReviewSources(path.join(folder.dir, "missing"), false), { sources: [], problems: [] });
  });
});

describe("reviews published at the same address", () => {
  const source = (file: string, slug: string): ReviewSource => ({
    absolutePath: `/project/${file}`,
    file,
    slug,
    fictional: false,
  });

  test("two files with the same slug are each reported, naming the other file and the shared address", () => {
    const problems = duplicateUrlProblems([
      source("src/reviews/child-a.md", "child-a"),
      source("src/reviews/child-b.md", "child-b"),
      source("tests/fixtures/reviews/child-a.md", "child-a"),
    ]);
    assert.equal(problems.length, 2);
    const [first, second] = problems;
    assert.equal(first?.file, "src/reviews/child-a.md");
    assert.match(
      first?.message ?? "",
      /and tests\/fixtures\/reviews\/child-a\.md would both be published at \/reviews\/child-a\//,
    );
    assert.equal(second?.file, "tests/fixtures/reviews/child-a.md");
    assert.match(
      second?.message ?? "",
      /and src\/reviews\/child-a\.md would both be published at \/reviews\/child-a\//,
    );
  });

  test("files with different slugs are not reported", () => {
    assert.deepEqual(
      duplicateUrlProblems([source("src/reviews/child-a.md", "child-a"), source("src/reviews/child-b.md", "child-b")]),
      [],
    );
  });
});
