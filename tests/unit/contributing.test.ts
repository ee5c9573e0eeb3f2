// CONTRIBUTING.md's reference of messages is the messages the checks give, word for word: every
// quote in it is what a check says for one of the mistakes below, and every message these
// mistakes get is quoted there. A changed, new or removed message fails this test until the
// reference is brought up to date.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { listReviewSources, readReview } from "../../src/_build/content/reviews.ts";
import { ALLOWED_HTML, SHARED_ATTRIBUTES } from "../../src/_build/content/unsafeMarkup.ts";
import { loadSiteData } from "../../src/_build/content/siteData.ts";
import { paths, projectRoot } from "../../src/_build/projectPaths.ts";
import { realSiteData } from "./support/siteData.ts";

const scratch = await mkdtemp(path.join(os.tmpdir(), "scr-contributing-"));
after(() => rm(scratch, { recursive: true, force: true }));
const data = await realSiteData();

/** The fields of a sound review, as lines of YAML; a mistake replaces one (undefined leaves it out). */
const SOUND: Record<string, string> = {
  title: "title: Child A",
  reviewType: "reviewType: serious-case-review",
  published: "published: 2020-01-01",
  summary: "summary: A review.",
  themes: "themes:\n  - neglect",
};
const BODY = "\n## Background\n\nWhat happened.\n";
const frontMatter = (changes: Record<string, string | undefined>) =>
  `---\n${Object.entries({ ...SOUND, ...changes })
    .flatMap(([, line]) => (line === undefined ? [] : [line]))
    .join("\n")}\n---\n`;

/** Every message the checks give for one review file (its name, its text), in a project of its own. */
async function reviewMessages(name: string, text: string): Promise<string[]> {
  const root = await mkdtemp(path.join(scratch, "review-"));
  const reviews = path.join(root, "src", "reviews");
  await mkdir(path.join(root, "assets", "documents"), { recursive: true });
  await mkdir(reviews, { recursive: true });
  await writeFile(path.join(root, "assets", "documents", "child-a.pdf"), "%PDF-1.4");
  await writeFile(path.join(reviews, name), text);
  const { sources, problems } = await listReviewSources(reviews, false);
  const messages = problems.map((problem) => problem.message);
  for (const source of sources)
    messages.push(...(await readReview(source, data, "2025-01-01", root)).problems.map((problem) => problem.message));
  return messages;
}

const review = (changes: Record<string, string | undefined>, body = BODY) =>
  reviewMessages("child-a.md", frontMatter(changes) + body);
const withBody = (body: string) => review({}, `\n${body}\n`);
const documentWith = (lines: string) => review({ documents: `documents:\n${lines}` });

/** Every message the data checks give for `_data/` with one file changed (undefined: deleted). */
async function dataMessages(file: string, change: (text: string) => string | undefined): Promise<string[]> {
  const dir = await mkdtemp(path.join(scratch, "data-"));
  await cp(paths.data, dir, { recursive: true });
  const changed = change(await readFile(path.join(dir, file), "utf8"));
  if (changed === undefined) await rm(path.join(dir, file));
  else await writeFile(path.join(dir, file), changed);
  return (await loadSiteData(dir)).problems.map((problem) => problem.message);
}
// biome-ignore lint/suspicious/noExplicitAny: a parsed data file, broken on purpose at any depth
const json = (file: string, edit: (value: any) => void) =>
  dataMessages(file, (text) => {
    const value = JSON.parse(text);
    edit(value);
    return JSON.stringify(value, null, 2);
  });

/** One mistake of each kind an editor can make, as the reference describes them. */
const mistakes: Promise<string[]>[] = [
  reviewMessages("child-a.md", "title: Child A\n"),
  reviewMessages("child-a.md", "---\ntitle: Child A\n"),
  reviewMessages("child-a.md", "---\n- a list\n---\n"),
  review({ title: "title: Child A: a review" }),
  review({ theme: "theme: neglect" }),
  review({ title: undefined }),
  review({ title: 'title: " "' }),
  review({ title: `title: ${"A".repeat(71)}` }),
  review({ title: "title: 2024" }),
  review({ title: "title:" }),
  review({ reviewType: "reviewType:\n  - serious-case-review" }),
  review({ reviewType: "reviewType:" }),
  review({ summary: "summary: 12" }),
  review({ summary: "summary:" }),
  review({ themes: "themes:\n  - 5" }),
  review({ childAge: "childAge: 5" }),
  documentWith("  - Full report"),
  documentWith("  - title: Executive summary\n    file:"),
  documentWith("  - title: Full report\n    url: https://example.org/a.pdf\n    format: 5\n    size: 5 KB"),
  review({ reviewType: undefined }),
  review({ reviewType: "reviewType: serious-case-reveiw" }),
  review({ published: undefined }),
  review({ published: "published: 2024-3-1" }),
  review({ published: "published: 2023-02-29" }),
  review({ published: "published: 2026-01-01" }),
  review({ summary: undefined }),
  review({ summary: 'summary: " "' }),
  review({ summary: `summary: ${"A".repeat(301)}` }),
  review({ summary: "summary: A review with **bold** words." }),
  review({ summary: "summary: A review #2 of two" }),
  review({ summary: 'summary: "Replace this with one or two sentences about the review."' }),
  review({ themes: "themes: neglect" }),
  review({ themes: "themes: []" }),
  review({ themes: undefined }),
  review({ themes: "themes:\n  - negelct" }),
  review({ themes: "themes:\n  -" }),
  review({ themes: "themes:\n  - neglect\n  - neglect" }),
  review({ childAge: "childAge: under-one" }),
  review({ documents: "documents: child-a.pdf" }),
  documentWith("  - file: assets/documents/child-a.pdf"),
  documentWith('  - title: " "\n    file: assets/documents/child-a.pdf'),
  documentWith("  - title: Executive summary"),
  documentWith(
    "  - title: Executive summary\n    file: assets/documents/child-a.pdf\n" +
      "    url: https://example.org/a.pdf\n    format: PDF\n    size: 5 KB",
  ),
  documentWith("  - title: Executive summary\n    file: assets/documents/child-b.pdf"),
  documentWith("  - title: Executive summary\n    file: documents/child-a.pdf"),
  documentWith("  - title: Executive summary\n    file: assets/documents/../child-a.pdf"),
  documentWith("  - title: Executive summary\n    file: assets/documents/child-a.zip"),
  documentWith("  - title: Executive summary\n    file: assets/documents/child-a.pdf\n    size: 5 KB"),
  documentWith("  - title: Full report\n    url: https://example.org/a.pdf"),
  documentWith("  - title: Full report\n    url: https://example.org/a.pdf\n    format: PDF\n    size: five"),
  documentWith("  - title: Full report\n    url: example.org/a.pdf\n    format: PDF\n    size: 5 KB"),
  documentWith("  - title: Full report\n    url: http://example.org/a.pdf\n    format: PDF\n    size: 5 KB"),
  review({ draft: "draft: yes please" }),
  review({}, "\n"),
  withBody("# Child A\n\nText."),
  withBody("## Background\n\nWho the child was, and what happened."),
  withBody("Text.\n\n<!-- a note -->"),
  withBody("Text.\n\n<span hidden>secret</span>"),
  withBody('Text.\n\n<span data-note="x">a</span>'),
  withBody("Text\u200b here."),
  withBody("![A chart](https://example.org/chart.png)"),
  withBody("![A chart](chart.png)"),
  withBody("![A chart](/assets/images/chart.png)"),
  withBody("<script>alert(1)</script>"),
  withBody("<video></video>"),
  withBody('<span class="big">Text</span>'),
  withBody('<span onclick="x()">Text</span>'),
  withBody('<span style="color: red">Text</span>'),
  withBody("[Link](javascript:alert(1))"),
  reviewMessages("Child A.md", frontMatter({}) + BODY),
  reviewMessages("themes.md", frontMatter({}) + BODY),
  reviewMessages("fictional-child-a.md", frontMatter({}) + BODY),
  reviewMessages("child-a.txt", frontMatter({}) + BODY),
  dataMessages("themes.json", (text) => text.replace(/\},\s*\{/, "} {")),
  json("themes.json", (themes) => (themes[0].key = "Domestic Abuse")),
  json("themes.json", (themes) => (themes[1].key = themes[0].key)),
  json("criteria.json", (criteria) => (criteria.editions[0].reviewType = "serious-review")),
  json("dcsf-statistics.json", (statistics) => (statistics.findings[0].themes[0] = "neglected")),
  json("dcsf-statistics.json", (statistics) => (statistics.report.link = "brandon")),
  json("links.json", (links) => Object.assign(Object.values(links)[0] as object, { format: "PDF" })),
  json("links.json", (links) => Object.assign(Object.values(links)[0] as object, { format: "Leaflet" })),
  json("dcsf-statistics.json", (statistics) => (statistics.findings[0].percent = 120)),
  dataMessages("links.json", () => undefined),
  json("themes.json", (themes) => (themes[0].local = "yes")),
  json("themes.json", (themes) => (themes[0].label = "")),
  json("themes.json", (themes) => delete themes[0].label),
  json("themes.json", (themes) => themes.splice(0)),
  json("themes.json", (themes) => (themes[0] = "neglect")),
  json("age-groups.json", (ageGroups) => delete ageGroups[0].key),
  json("links.json", (links) => Object.assign(links, { "nspcc-learning": Object.values(links)[0] })),
  json("links.json", (links) => Object.assign(Object.values(links)[0] as object, { format: "PDF", size: "505KB" })),
  json("links.json", (links) => delete (Object.values(links)[0] as { url?: string }).url),
  json("links.json", (links) => (links[Object.keys(links)[0] as string] = null)),
  json("criteria.json", (criteria) => (criteria.editions[0].lists[0].items = [])),
  json("criteria.json", (criteria) => (criteria.editions[0].lists = [])),
  json("criteria.json", (criteria) => delete criteria.editions[0].key),
  json("criteria.json", (criteria) => (criteria.editions = "all")),
  json("dcsf-statistics.json", (statistics) => (statistics.findings[0].themes = [])),
  json("dcsf-statistics.json", (statistics) => (statistics.findings[0].plural = "yes")),
  json("dcsf-statistics.json", (statistics) => (statistics.casesStudiedInDetail = "40")),
  json("dcsf-statistics.json", (statistics) => (statistics.casesStudiedInDetail = 40.5)),
  json("dcsf-statistics.json", (statistics) => (statistics.report.year = 1066)),
  json("dcsf-statistics.json", (statistics) => (statistics.report.year = 3000)),
  json("dcsf-statistics.json", (statistics) => (statistics.report.authors = [])),
];

/** The quoted messages of CONTRIBUTING.md's reference, each as a pattern: "..." stands for the part that varies. */
async function quotedMessages(): Promise<{ quote: string; pattern: RegExp }[]> {
  const text = await readFile(path.join(projectRoot, "CONTRIBUTING.md"), "utf8");
  const start = text.indexOf("\n## What each message means and how to fix it\n");
  const end = text.indexOf("\n## ", start + 1);
  assert.ok(start >= 0 && end > start, "CONTRIBUTING.md has its reference of messages");
  const quotes: string[] = [];
  let current: string[] = [];
  const finish = () => {
    if (current.length) quotes.push(current.join(" "));
    current = [];
  };
  // A message's example in a fenced block belongs to it, though Prettier sets a blank line between.
  const reference = text.slice(start, end).replace(/\n>\n> ```/g, "\n> ```");
  for (const line of reference.split("\n")) {
    if (!line.startsWith(">")) finish();
    else if (line.trim() === ">") finish();
    else if (line.trim() !== "> ```") current.push(line.replace(/^> ?/, ""));
  }
  finish();
  // Markdown's code spans (`<script>`) are how the guide shows a tag; the message has the tag itself.
  const normal = (value: string) => value.replace(/`/g, "").replace(/\s+/g, " ").trim();
  return quotes.map((quote) => ({
    quote,
    pattern: new RegExp(
      `^${normal(quote)
        .split("...")
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*?")}$`,
      "s",
    ),
  }));
}

test("CONTRIBUTING.md's reference quotes every message the checks give, and quotes nothing else", async () => {
  const produced = [...new Set((await Promise.all(mistakes)).flat())].map((message) =>
    message.replace(/\s+/g, " ").trim(),
  );
  const quotes = await quotedMessages();
  assert.ok(quotes.length > 60, "the reference quotes the messages");
  const unquoted = produced.filter((message) => !quotes.some(({ pattern }) => pattern.test(message)));
  assert.deepEqual(
    unquoted,
    [],
    "messages the checks give that CONTRIBUTING.md does not quote: add them to its reference",
  );
  const stale = quotes
    .filter(({ pattern }) => !produced.some((message) => pattern.test(message)))
    .map(({ quote }) => quote);
  assert.deepEqual(
    stale,
    [],
    "quotes in CONTRIBUTING.md that no check gives (any more): bring them up to date, or add the mistake to this test",
  );
});

test("CONTRIBUTING.md names every HTML tag and attribute a review may use, and no others", async () => {
  const text = await readFile(path.join(projectRoot, "CONTRIBUTING.md"), "utf8");
  const paragraph = (start: string) => {
    const found = text.split("\n").find((line) => line.startsWith(start));
    assert.ok(found, `CONTRIBUTING.md has the paragraph starting "${start}"`);
    return found;
  };
  const tags = new Set(
    [...paragraph("A review may use these HTML tags").matchAll(/`<([a-z0-9]+)>`/g)].map((m) => m[1]),
  );
  assert.deepEqual([...tags].sort(), Object.keys(ALLOWED_HTML).sort());
  const attributesLine = paragraph("Delete the attribute. Any tag may have");
  const named = new Set([...attributesLine.matchAll(/`([a-z]+)`/g)].map((m) => m[1]));
  const allowed = new Set([...SHARED_ATTRIBUTES, ...Object.values(ALLOWED_HTML).flat()]);
  assert.deepEqual([...named].sort(), [...allowed].sort());
  for (const [tag, attributes] of Object.entries(ALLOWED_HTML))
    if (attributes.length) assert.ok(attributesLine.includes(`<${tag}>`), `the attributes of <${tag}> are named`);
});
