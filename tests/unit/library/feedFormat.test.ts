import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import { feedJsonSchema, FEED_FORMAT_VERSION } from "../../../src/_build/library/feedFormat.ts";
import { jsonFeed } from "../../../src/_build/library/jsonFeed.ts";
import { feedSchemaProblems } from "../../support/feedSchemaCheck.ts";
import { makeReview } from "../support/reviews.ts";
import { realSiteData } from "../support/siteData.ts";

let siteData: SiteData;
before(async () => {
  siteData = await realSiteData();
});

/** A parsed JSON document, reached into and broken on purpose. */
// biome-ignore lint/suspicious/noExplicitAny: a parsed JSON document, reached into at any depth
type Json = Record<string, any>;

/** A site whose themes include a local one, as another partnership may add. */
const withLocalTheme = () => ({
  ...siteData,
  themes: [...siteData.themes, { key: "housing", label: "Housing", local: true }],
});

const feedOf = (
  context = siteData,
  reviews = [makeReview({ slug: "child-a", themes: ["neglect"], childAge: "under-1" })],
) => JSON.parse(jsonFeed(reviews, context)) as Json;

test("the feed the build writes is valid against the schema made from the same data", () => {
  const context = withLocalTheme();
  const reviews = [
    makeReview({ slug: "child-a", themes: ["housing", "neglect"], childAge: "under-1" }),
    makeReview({ slug: "child-b", reviewType: "thematic-review" }),
  ];
  assert.deepEqual(feedSchemaProblems(feedJsonSchema(context), feedOf(context, reviews)), []);
});

test("the schema names itself at the site's address and carries the version", () => {
  const schema = feedJsonSchema(siteData) as Json;
  assert.equal(schema.$id, `${siteData.site.url}/feed.schema.json`);
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.equal(schema.properties._review.properties.version.const, FEED_FORMAT_VERSION);
});

test("the schema's vocabularies are _data/'s, with each key's label as its title", () => {
  const review = (feedJsonSchema(siteData) as Json).properties.items.items.properties._review.properties;
  const constants = (choices: Json[]) => choices.map((choice) => [choice.const, choice.title]);
  assert.deepEqual(
    constants(review.type.anyOf),
    siteData.reviewTypes.map((type) => [type.key, type.label]),
  );
  assert.deepEqual(
    constants(review.themes.items.properties.key.anyOf),
    siteData.themes.map((theme) => [theme.key, theme.label]),
  );
  assert.deepEqual(
    constants(review.child_age.anyOf[0].properties.key.anyOf),
    siteData.ageGroups.map((age) => [age.key, age.label]),
  );
});

test("a theme not in _data/themes.json, or a shared theme passed off as local, fails the schema", () => {
  const context = withLocalTheme();
  const unknown = feedOf(context);
  unknown.items[0]._review.themes[0].key = "not-a-theme";
  assert.ok(
    feedSchemaProblems(feedJsonSchema(context), unknown).some((problem) =>
      problem.startsWith("/items/0/_review/themes/0"),
    ),
  );
  const mislabelled = feedOf(context);
  mislabelled.items[0]._review.themes[0].local = true;
  assert.ok(feedSchemaProblems(feedJsonSchema(context), mislabelled).length > 0);
});

test("an item without its publisher, a document at an http address, or an undocumented field fails the schema", () => {
  const schema = feedJsonSchema(siteData);
  const broken = feedOf();
  delete broken.items[0]._review.publisher;
  broken.items[0]._review.documents.push({ url: "http://example.org/a.pdf", title: "A", format: "PDF", size: "5 KB" });
  broken.items[0]._review.region = "London";
  const problems = feedSchemaProblems(schema, broken);
  assert.ok(
    problems.some((problem) => problem.includes("publisher")),
    problems.join("\n"),
  );
  assert.ok(
    problems.some((problem) => problem.startsWith("/items/0/_review/documents/0/url")),
    problems.join("\n"),
  );
  assert.ok(
    problems.some((problem) => problem.includes("region")),
    problems.join("\n"),
  );
});
