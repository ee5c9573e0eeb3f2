import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import { envelopeSchema, readFeed } from "../../../src/_build/national/feedEnvelope.ts";
import { makeReview } from "../support/reviews.ts";
import { realSiteData } from "../support/siteData.ts";
import { kitFeed, partnerSite, sourceFor } from "./nationalFeeds.ts";

let data: SiteData;
before(async () => (data = await realSiteData()));

const read = (feed: unknown) => {
  const site = partnerSite(data);
  return readFeed(
    typeof feed === "string" ? feed : JSON.stringify(feed),
    sourceFor(site),
    envelopeSchema({ site: data.site, vocabulary: data }),
  );
};
const reason = (result: ReturnType<typeof read>) => (result.ok ? "sound" : result.reason);
const aFeed = () => kitFeed(data, partnerSite(data), [makeReview({ slug: "child-a" })]);

test("a partnership's feed in the kit's format is sound, and its items are handed on to be checked one by one", () => {
  const result = read(aFeed());
  assert.ok(result.ok);
  assert.equal(result.sound.items.length, 1);
  assert.equal(result.sound.newerMinor, false);
});

test("a feed that is not JSON, not a JSON Feed, or has no _review extension is refused whole, saying which", () => {
  assert.match(reason(read("<html>Not found</html>")), /^it is not JSON/);
  assert.equal(
    reason(read({ ...aFeed(), version: "https://example.org/rss" })),
    'it is not a JSON Feed 1.x (its version is "https://example.org/rss")',
  );
  const { _review, ...plain } = aFeed();
  assert.equal(
    reason(read(plain)),
    "it has no _review extension, so it is not a feed in the case reviews kit's format (docs/feed-format.md)",
  );
});

test("a newer major version of the format is refused; a newer minor version is read as this one", () => {
  const major = aFeed();
  major._review.version = "2.0";
  assert.equal(
    reason(read(major)),
    "it is written in version 2.0 of the _review format, and this index reads version 1",
  );
  const minor = aFeed();
  minor._review.version = "1.3";
  minor._review.licence = "A field a later minor version adds";
  const result = read(minor);
  assert.ok(result.ok && result.sound.newerMinor);
});

test("a feed that names another partnership's site as its publisher is refused", () => {
  const feed = aFeed();
  feed._review.publisher.url = "https://other-scp.example/";
  assert.match(reason(read(feed)), /^it names another publisher's site \(https:\/\/other-scp\.example\/\)/);
});

test("a feed with no items says they are missing, and a feed-level message ends with one full stop", () => {
  const { items, ...noItems } = aFeed();
  assert.equal(reason(read(noItems)), "it has no items field: a JSON Feed lists its reviews in items");
  assert.equal(reason(read({ ...aFeed(), items: "none" })), "its items field is not a list");
  const noPublisher = aFeed();
  delete (noPublisher._review as { publisher?: unknown }).publisher;
  const said = reason(read(noPublisher));
  assert.equal(said, "its _review.publisher is required");
  // The gathering ends the reason with its own full stop ("The feed was refused: <reason>.").
  assert.doesNotMatch(`${said}.`, /\.\.$/);
});

test("a feed-level message speaks of JSON, not of a YAML file's quotes and colons", () => {
  assert.equal(
    reason(read({ ...aFeed(), title: 2024 })),
    "its title must be text (a JSON string, in double quotes), not a number",
  );
  assert.equal(
    reason(read({ ...aFeed(), authors: [{ name: 7, url: "https://fenmarch-scp.example/" }] })),
    "its authors[0].name must be text (a JSON string, in double quotes), not a number",
  );
});
