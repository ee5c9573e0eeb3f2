import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import { checkItem, itemLabel } from "../../../src/_build/national/checkItem.ts";
import { makeReview } from "../support/reviews.ts";
import { realSiteData } from "../support/siteData.ts";
import { checksFor, kitFeed, partnerSite, sourceFor } from "./nationalFeeds.ts";

let data: SiteData;
before(async () => (data = await realSiteData()));

/** One item of a fictional partnership's feed, as the kit publishes it: a review with a stored document. */
function anItem() {
  const site = partnerSite(data);
  const review = {
    ...makeReview({
      slug: "child-a",
      title: "Child A",
      themes: ["neglect", "information-sharing"],
      childAge: "1-to-4",
      published: "2024-03-01",
    }),
    documents: [
      {
        title: "Child A executive summary",
        href: "/assets/documents/child-a.pdf",
        format: "PDF",
        size: "10 KB",
        bytes: 10240,
        local: true,
      },
    ],
  };
  const [item] = kitFeed(data, site, [review]).items;
  // biome-ignore lint/suspicious/noExplicitAny: a feed item, tampered with at any depth by the tests
  return { site, source: sourceFor(site), item: item as Record<string, any> };
}

const reasons = (problems: readonly { field?: string; reason: string }[]) =>
  problems.map((problem) => `${problem.field}: ${problem.reason}`);

test("an item of the kit's own feed is accepted as its review, linked to its partnership's page and documents", () => {
  const { source, item } = anItem();
  const { review, problems } = checkItem(item, checksFor(data, source, [item]));
  assert.deepEqual(problems, []);
  assert.equal(review?.title, "Child A");
  assert.equal(review?.url, `/reviews/${source.key}/child-a/`);
  assert.deepEqual(review?.themes, ["neglect", "information-sharing"]);
  assert.equal(review?.childAge, "1-to-4");
  assert.equal(review?.body, "", "the review's own text stays on its partnership's site");
  assert.deepEqual(
    review?.documents.map((document) => document.href),
    ["https://fenmarch-scp.example/assets/documents/child-a.pdf"],
  );
  assert.equal(review?.national?.publications[0]?.page, "https://fenmarch-scp.example/reviews/child-a/");
  assert.equal(review?.national?.publications[0]?.name, source.name);
});

test("a title with a script in it is refused: titles are plain text", () => {
  const { source, item } = anItem();
  item.title = "<script>alert(1)</script>Child A";
  const { review, problems } = checkItem(item, checksFor(data, source, [item]));
  assert.equal(review, undefined);
  assert.deepEqual(reasons(problems), ["title: must be plain text: no HTML tags, links or Markdown formatting."]);
});

test("a page or a document on another host is refused, naming the host; so is a page over plain http", () => {
  const { source, item } = anItem();
  item.id = item.url = "https://elsewhere.example/reviews/child-a/";
  item._review.documents[0].url = "https://files.example/child-a.pdf";
  const { problems } = checkItem(item, checksFor(data, source, [item]));
  assert.deepEqual(
    problems.map((problem) => problem.field),
    ["id", "url", "_review.documents[0].url"],
  );
  assert.match(problems[2]?.reason ?? "", /is on another host \(files\.example\).*fenmarch-scp\.example/);
  const plain = anItem().item;
  plain.id = plain.url = "http://fenmarch-scp.example/reviews/child-a/";
  assert.ok(
    checkItem(plain, checksFor(data, source, [plain])).problems.some(
      (problem) => problem.field === "url" && /https/.test(problem.reason),
    ),
  );
});

test("an unknown review type is refused, with the nearest known one", () => {
  const { source, item } = anItem();
  item._review.type = "serious-case-reveiw";
  const { problems } = checkItem(item, checksFor(data, source, [item]));
  assert.deepEqual(reasons(problems), [
    '_review.type: is not a known review type. Did you mean "serious-case-review"? ' +
      "The keys this index knows are listed in its /feed.schema.json.",
  ]);
});

test("a review dated after today is refused", () => {
  const { source, item } = anItem();
  item._review.published = "2027-01-04";
  item.date_published = "2027-01-04T00:00:00Z";
  const { problems } = checkItem(item, checksFor(data, source, [item], { today: "2026-11-25" }));
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.field, "_review.published");
  assert.match(problems[0]?.reason ?? "", /is in the future \(today is 2026-11-25\)/);
});

test("a draft is refused; a made-up example is refused by a real index and accepted by a fictional one", () => {
  const { source, item } = anItem();
  const draft = structuredClone(item);
  draft._review.draft = true;
  assert.match(
    reasons(checkItem(draft, checksFor(data, source, [draft])).problems).join(),
    /_review\.draft: marks a draft/,
  );
  item._review.fictional = true;
  assert.match(
    reasons(checkItem(item, checksFor(data, source, [item])).problems).join(),
    /_review\.fictional: marks a made-up example/,
  );
  const accepted = checkItem(item, checksFor(data, source, [item], { acceptFictional: true })).review;
  assert.equal(accepted?.fictional, true);
});

test("a partnership's own theme is shown by its label, never counts as shared, and may not claim a shared key", () => {
  const { source, item } = anItem();
  item._review.themes.push({ key: "water-safety", label: "Water safety", local: true });
  const { review } = checkItem(item, checksFor(data, source, [item]));
  assert.deepEqual(review?.themes, ["neglect", "information-sharing"]);
  assert.deepEqual(review?.national?.localThemes, [
    { key: "water-safety", label: "Water safety", partnerships: [source.name] },
  ]);
  const claiming = anItem().item;
  claiming._review.themes.push({ key: "domestic-abuse", label: "Domestic abuse", local: true });
  assert.match(
    reasons(checkItem(claiming, checksFor(data, source, [claiming])).problems).join(),
    /_review\.themes\[2\]\.local: marks the shared theme "domestic-abuse"/,
  );
});

test("HTML in a summary, an invisible character in a title, and a publisher on another site are each refused", () => {
  const { source, item } = anItem();
  item.summary = 'A summary with <a href="https://elsewhere.example/">a link</a>.';
  item.title = "Child\u200b A";
  item._review.publisher.url = "https://other-scp.example/";
  const fields = checkItem(item, checksFor(data, source, [item])).problems.map((problem) => problem.field);
  assert.deepEqual([...new Set(fields)].sort(), ["_review.publisher.url", "summary", "title"]);
});

test("an unknown field is refused in a 1.0 feed and ignored in a newer minor version, which may add fields", () => {
  const { source, item } = anItem();
  item._review.lead_reviewer = "A fictional reviewer";
  assert.match(
    reasons(checkItem(item, checksFor(data, source, [item])).problems).join(),
    /_review\.lead_reviewer: "lead_reviewer" is not a field we know/,
  );
  assert.deepEqual(checkItem(item, checksFor(data, source, [item], { newerMinor: true })).problems, []);
});

test("positions in a field's name count from 0, as the feed's JSON does: the first theme is _review.themes[0]", () => {
  const { source, item } = anItem();
  item._review.themes[0].key = "neglekt";
  item._review.documents[0].size = "ten kilobytes";
  const fields = checkItem(item, checksFor(data, source, [item])).problems.map((problem) => problem.field);
  assert.deepEqual(fields, ["_review.themes[0].key", "_review.documents[0].size"]);
});

test("an item that is not an object gets one message, and no feed message gives a Markdown editor's YAML advice", () => {
  const { source, item } = anItem();
  const { review, problems } = checkItem("not an object", checksFor(data, source, [item]));
  assert.equal(review, undefined);
  assert.equal(problems.length, 1);
  assert.match(problems[0]?.reason ?? "", /^is text, not an item: each item of a feed must be a JSON object/);

  const wrongKinds = anItem().item;
  wrongKinds._review.themes = "neglect";
  wrongKinds._review.documents = { title: "Child A executive summary" };
  wrongKinds.title = 2024;
  delete wrongKinds.summary;
  const said = reasons(checkItem(wrongKinds, checksFor(data, source, [wrongKinds])).problems);
  assert.deepEqual(said, [
    "title: must be text (a JSON string, in double quotes), not a number.",
    "summary: is required.",
    "_review.themes: must be a list (a JSON array), not text.",
    "_review.documents: must be a list (a JSON array), not an object.",
  ]);
  for (const reason of said) assert.doesNotMatch(reason, /"- |colon|own line|double quotes if/);

  const { _review, ...noExtension } = anItem().item;
  const missing = reasons(checkItem(noExtension, checksFor(data, source, [noExtension])).problems);
  assert.deepEqual(
    missing,
    ["_review: is required."],
    "one message for the missing _review, none for each field in it",
  );
});

test("an item with no address is named by its place, in words and as its JSON path, counting from 0", () => {
  assert.deepEqual(itemLabel({ title: "Child A" }, 0), {
    item: "items[0], the 1st item in the feed",
    title: "Child A",
  });
  assert.equal(itemLabel(null, 11).item, "items[11], the 12th item in the feed");
  assert.equal(itemLabel(null, 21).item, "items[21], the 22nd item in the feed");
});
