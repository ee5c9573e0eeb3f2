import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import { FEED_LENGTH, feedEntries, jsonFeed } from "../../../src/_build/library/jsonFeed.ts";
import { makeReview, slugs } from "../support/reviews.ts";
import { realSiteData } from "../support/siteData.ts";

let siteData: SiteData;
before(async () => {
  siteData = await realSiteData();
});

interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  date_published: string;
  tags: string[];
  _review: { type: string; type_label: string; themes: string[]; child_age?: string };
}
interface Feed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string; url: string }[];
  items: FeedItem[];
}

const newestFirst = [
  makeReview({ slug: "child-b", title: "Child B", published: "2024-05-01", themes: ["neglect", "hidden-men"], childAge: "under-1", reviewType: "thematic-review" }),
  makeReview({ slug: "child-a", title: "Child A", published: "2020-02-29", themes: ["domestic-abuse"] }),
];

const feedOf = (reviews = newestFirst) => JSON.parse(jsonFeed(reviews, siteData)) as Feed;

test("the feed is a JSON Feed 1.1 document with the site's addresses, language and author", () => {
  const feed = feedOf();
  assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
  assert.equal(feed.title, "Haringey Safeguarding Children Partnership: case reviews");
  assert.equal(feed.home_page_url, "https://www.haringeyscp.org.uk/reviews/");
  assert.equal(feed.feed_url, "https://www.haringeyscp.org.uk/feed.json");
  assert.equal(feed.language, "en-GB");
  assert.deepEqual(feed.authors, [{ name: siteData.site.name, url: "https://www.haringeyscp.org.uk/" }]);
  assert.ok(Array.isArray(feed.items));
});

test("each item has a unique full-address id, its title, summary as text and an RFC 3339 date", () => {
  const [item] = feedOf().items;
  assert.ok(item);
  assert.equal(item.id, "https://www.haringeyscp.org.uk/reviews/child-b/");
  assert.equal(item.url, item.id);
  assert.equal(item.title, "Child B");
  assert.equal(item.content_text, newestFirst[0]?.summary);
  assert.equal(item.summary, newestFirst[0]?.summary);
  assert.equal(item.date_published, "2024-05-01T00:00:00Z");
  assert.ok(!Number.isNaN(Date.parse(item.date_published)));
  assert.equal(new Set(feedOf().items.map((entry) => entry.id)).size, 2);
});

test("items carry theme labels as tags and the type, theme and age keys in the _review extension", () => {
  const [withAge, withoutAge] = feedOf().items;
  assert.deepEqual(withAge?.tags, ["Neglect", "Hidden men"]);
  assert.deepEqual(withAge?._review, { type: "thematic-review", type_label: "Thematic review", themes: ["neglect", "hidden-men"], child_age: "under-1" });
  assert.equal(withoutAge?._review.type_label, "Serious case review");
  assert.equal("child_age" in (withoutAge?._review ?? {}), false);
});

test("the feed keeps the order it is given: newest first", () => {
  assert.deepEqual(feedOf().items.map((item) => item.title), ["Child B", "Child A"]);
});

test("the feed carries at most the 50 newest reviews", () => {
  const sixty = Array.from({ length: 60 }, (_, index) => makeReview({ slug: `review-${index + 1}` }));
  assert.equal(FEED_LENGTH, 50);
  const items = feedOf(sixty).items;
  assert.equal(items.length, 50);
  assert.equal(items[0]?.id, "https://www.haringeyscp.org.uk/reviews/review-1/");
  assert.equal(items[49]?.id, "https://www.haringeyscp.org.uk/reviews/review-50/");
  assert.deepEqual(slugs(feedEntries(sixty)), slugs(sixty.slice(0, 50)));
});

test("text with quotes and markup stays intact and the feed stays valid JSON", () => {
  const awkward = makeReview({ slug: "child-q", title: 'Child "Q" <2>', summary: "A summary with \\ and \u2028 in it." });
  const [item] = feedOf([awkward]).items;
  assert.equal(item?.title, 'Child "Q" <2>');
  assert.equal(item?.summary, "A summary with \\ and \u2028 in it.");
});
