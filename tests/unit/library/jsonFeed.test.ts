import assert from "node:assert/strict";
import { before, test } from "node:test";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import { FEED_FORMAT_VERSION } from "../../../src/_build/library/feedFormat.ts";
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
  _review: {
    type: string;
    type_label: string;
    published: string;
    themes: { key: string; label: string; local: boolean }[];
    child_age: { key: string; label: string } | null;
    documents: { url: string; title: string; format: string; size: string; size_in_bytes?: number }[];
    publisher: { name: string; url: string };
    fictional?: true;
    draft?: true;
  };
}
interface Feed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string; url: string }[];
  _review: { about: string; version: string; publisher: { name: string; url: string } };
  items: FeedItem[];
}

const newestFirst = [
  makeReview({
    slug: "child-b",
    title: "Child B",
    published: "2024-05-01",
    themes: ["neglect", "hidden-men"],
    childAge: "under-1",
    reviewType: "thematic-review",
  }),
  makeReview({ slug: "child-a", title: "Child A", published: "2020-02-29", themes: ["domestic-abuse"] }),
];

const feedOf = (reviews = newestFirst) => JSON.parse(jsonFeed(reviews, siteData)) as Feed;

test("the feed is a JSON Feed 1.1 document with the site's addresses, language and author", () => {
  const feed = feedOf();
  const { site } = siteData;
  assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
  assert.equal(feed.title, `${site.name}: case reviews`);
  assert.equal(feed.home_page_url, `${site.url}/reviews/`);
  assert.equal(feed.feed_url, `${site.url}/feed.json`);
  assert.equal(feed.language, "en-GB");
  assert.deepEqual(feed.authors, [{ name: site.name, url: `${site.url}/` }]);
  assert.ok(Array.isArray(feed.items));
});

test("the feed links its JSON Schema and names the extension's version and the publishing partnership", () => {
  const { site } = siteData;
  assert.deepEqual(feedOf()._review, {
    about: `${site.url}/feed.schema.json`,
    version: FEED_FORMAT_VERSION,
    publisher: { name: site.name, url: `${site.url}/` },
  });
  assert.match(FEED_FORMAT_VERSION, /^\d+\.\d+$/);
});

test("each item has a unique full-address id, its title, summary as text and an RFC 3339 date", () => {
  const [item] = feedOf().items;
  assert.ok(item);
  assert.equal(item.id, `${siteData.site.url}/reviews/child-b/`);
  assert.equal(item.url, item.id);
  assert.equal(item.title, "Child B");
  assert.equal(item.content_text, newestFirst[0]?.summary);
  assert.equal(item.summary, newestFirst[0]?.summary);
  assert.equal(item.date_published, "2024-05-01T00:00:00Z");
  assert.ok(!Number.isNaN(Date.parse(item.date_published)));
  assert.equal(new Set(feedOf().items.map((entry) => entry.id)).size, 2);
});

test("items carry theme labels as tags, and type, date, themes, age and publisher in the _review extension", () => {
  const [withAge, withoutAge] = feedOf().items;
  assert.deepEqual(withAge?.tags, ["Neglect", "Hidden men"]);
  assert.deepEqual(withAge?._review, {
    type: "thematic-review",
    type_label: "Thematic review",
    published: "2024-05-01",
    themes: [
      { key: "neglect", label: "Neglect", local: false },
      { key: "hidden-men", label: "Hidden men", local: false },
    ],
    child_age: { key: "under-1", label: "Under 1 year" },
    documents: [],
    publisher: { name: siteData.site.name, url: `${siteData.site.url}/` },
  });
  assert.equal(withoutAge?._review.type_label, "Serious case review");
  assert.equal(withoutAge?._review.child_age, null);
});

test("a local theme is marked local, and a fictional review and a draft say so", () => {
  const themes = [...siteData.themes, { key: "housing", label: "Housing", local: true }];
  const review = {
    ...makeReview({ slug: "fictional-child-l", themes: ["housing", "neglect"], draft: true }),
    fictional: true,
  };
  const [item] = (JSON.parse(jsonFeed([review], { ...siteData, themes })) as Feed).items;
  assert.deepEqual(item?._review.themes, [
    { key: "housing", label: "Housing", local: true },
    { key: "neglect", label: "Neglect", local: false },
  ]);
  assert.equal(item?._review.fictional, true);
  assert.equal(item?._review.draft, true);
  assert.equal("fictional" in (feedOf().items[0]?._review ?? {}), false);
  assert.equal("draft" in (feedOf().items[0]?._review ?? {}), false);
});

test("documents carry their full address, title, format and size, and a stored file its exact size", () => {
  const review = {
    ...makeReview({ slug: "child-d" }),
    documents: [
      {
        title: "Executive summary",
        href: "/assets/documents/child-d.pdf",
        format: "PDF",
        size: "2 KB",
        bytes: 2048,
        local: true,
      },
      { title: "Full report", href: "https://example.org/child-d.pdf", format: "PDF", size: "1.2 MB", local: false },
    ],
  };
  const [item] = feedOf([review]).items;
  assert.deepEqual(item?._review.documents, [
    {
      url: `${siteData.site.url}/assets/documents/child-d.pdf`,
      title: "Executive summary",
      format: "PDF",
      size: "2 KB",
      size_in_bytes: 2048,
    },
    { url: "https://example.org/child-d.pdf", title: "Full report", format: "PDF", size: "1.2 MB" },
  ]);
});

test("the feed keeps the order it is given: newest first", () => {
  assert.deepEqual(
    feedOf().items.map((item) => item.title),
    ["Child B", "Child A"],
  );
});

test("the feed carries at most the 50 newest reviews", () => {
  const sixty = Array.from({ length: 60 }, (_, index) => makeReview({ slug: `review-${index + 1}` }));
  assert.equal(FEED_LENGTH, 50);
  const items = feedOf(sixty).items;
  assert.equal(items.length, 50);
  assert.equal(items[0]?.id, `${siteData.site.url}/reviews/review-1/`);
  assert.equal(items[49]?.id, `${siteData.site.url}/reviews/review-50/`);
  assert.deepEqual(slugs(feedEntries(sixty)), slugs(sixty.slice(0, 50)));
});

test("text with quotes and markup stays intact and the feed stays valid JSON", () => {
  const awkward = makeReview({
    slug: "child-q",
    title: 'Child "Q" <2>',
    summary: "A summary with \\ and \u2028 in it.",
  });
  const [item] = feedOf([awkward]).items;
  assert.equal(item?.title, 'Child "Q" <2>');
  assert.equal(item?.summary, "A summary with \\ and \u2028 in it.");
});

test("the national index's feed describes the national index, not a partnership's local reviews", () => {
  const local = JSON.parse(jsonFeed(newestFirst, siteData)) as { description: string };
  const national = JSON.parse(jsonFeed(newestFirst, { ...siteData, national: true })) as { description: string };
  assert.equal(local.description, "New executive summaries of local case reviews, newest first.");
  assert.match(national.description, /gathered from every partnership's feed/);
  assert.doesNotMatch(national.description, /local case reviews/);
});
