import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { SiteData } from "../../../src/_build/content/siteData.ts";
import { readCachedFeed } from "../../../src/_build/national/feedCache.ts";
import { gatherFeeds, hasProblems, type GatherOptions } from "../../../src/_build/national/gatherFeeds.ts";
import { formatGatherReport } from "../../../src/_build/national/gatherReport.ts";
import { startFeedServer, unavailable, type FeedRoute } from "../../support/feedServer.ts";
import { makeReview } from "../support/reviews.ts";
import { realSiteData } from "../support/siteData.ts";
import { makeTempDir } from "../support/tempDir.ts";
import { kitFeed, partnerSite, sourceFor } from "./nationalFeeds.ts";

let data: SiteData;
let server: Awaited<ReturnType<typeof startFeedServer>>;
/** What each fictional partnership's site answers, changed by each test. */
const answers = new Map<string, FeedRoute>();
before(async () => {
  data = await realSiteData();
  server = await startFeedServer(
    Object.fromEntries(
      ["fenmarch", "oxlade", "quenwick"].map((place) => [
        `/${place}/feed.json`,
        (request, response) => (answers.get(place) ?? unavailable)(request, response),
      ]),
    ),
  );
});
after(() => server.close());

const json =
  (body: unknown): FeedRoute =>
  (_request, response) =>
    void response.writeHead(200, { "content-type": "application/feed+json" }).end(JSON.stringify(body));
const sites = () => ({
  fenmarch: partnerSite(data, "Fenmarch"),
  oxlade: partnerSite(data, "Oxlade"),
  quenwick: partnerSite(data, "Quenwick"),
});
const sources = () =>
  Object.entries(sites()).map(([place, site]) => sourceFor(site, `${server.url}/${place}/feed.json`));

async function gather(cacheDir: string, options: Partial<GatherOptions> = {}) {
  return gatherFeeds({
    sources: sources(),
    national: { site: { ...data.site, fictional: true }, vocabulary: data },
    cacheDir,
    offline: false,
    allowLoopback: true,
    today: "2026-11-25",
    now: () => new Date("2026-11-25T10:00:00Z"),
    fetchRules: { timeoutMs: 500, retries: 1 },
    ...options,
  });
}

test("a bad item and a down site stop nothing: the rest is gathered, with the down site's copy marked", async () => {
  const { dir, remove } = await makeTempDir();
  try {
    const { fenmarch, oxlade, quenwick } = sites();
    answers.set("fenmarch", json(kitFeed(data, fenmarch, [makeReview({ slug: "child-a", title: "Child A" })])));
    const withBad = kitFeed(data, oxlade, [
      makeReview({ slug: "child-b", title: "Child B" }),
      makeReview({ slug: "child-c", title: "Child C" }),
    ]);
    (withBad.items[1] as { _review: { type: string } })._review.type = "case-audit";
    answers.set("oxlade", json(withBad));
    answers.set("quenwick", json(kitFeed(data, quenwick, [makeReview({ slug: "child-d", title: "Child D" })])));
    await gather(dir, { now: () => new Date("2026-11-20T09:00:00Z") });

    answers.set("quenwick", unavailable);
    const gathered = await gather(dir);
    assert.deepEqual(gathered.reviews.map((review) => review.title).sort(), ["Child A", "Child B", "Child D"]);
    const [first, second, third] = gathered.partnerships;
    assert.deepEqual([first?.status, first?.accepted, first?.refused.length], ["fetched", 1, 0]);
    assert.deepEqual(
      [second?.status, second?.accepted, second?.refused.map((refusal) => refusal.item)],
      ["fetched", 1, ["https://oxlade-scp.example/reviews/child-c/"]],
    );
    assert.deepEqual(
      [third?.status, third?.fetched, third?.problem],
      [
        "cached",
        "2026-11-20",
        "The feed could not be fetched: the server answered 503 Service Unavailable (tried 2 times).",
      ],
    );
    const stale = gathered.reviews.find((review) => review.title === "Child D")?.national?.publications[0];
    assert.deepEqual([stale?.stale, stale?.fetched], [true, "2026-11-20"]);
    assert.ok(hasProblems(gathered));
    const report = formatGatherReport(gathered);
    assert.match(report, /Oxlade Safeguarding Children Partnership: 1 review accepted, 1 refused\./);
    assert.match(
      report,
      /refused https:\/\/oxlade-scp\.example\/reviews\/child-c\/ \(title "Child C"\):\n\s+_review\.type \(gave "case-audit"\): is not a known review type/,
    );
    assert.match(
      report,
      /Quenwick Safeguarding Children Partnership: 1 review accepted\. The feed could not be fetched: .* Its reviews are from the copy last fetched on 20 November 2026\./,
    );
  } finally {
    await remove();
  }
});

test("a broken feed keeps its last good copy; a site down with no copy has no reviews, and says so", async () => {
  const { dir, remove } = await makeTempDir();
  try {
    const { fenmarch } = sites();
    answers.set("fenmarch", json(kitFeed(data, fenmarch, [makeReview({ slug: "child-a", title: "Child A" })])));
    answers.set("oxlade", unavailable);
    answers.set("quenwick", unavailable);
    await gather(dir);
    answers.set(
      "fenmarch",
      (_request, response) =>
        void response.writeHead(200, { "content-type": "text/html" }).end("<html>Under maintenance</html>"),
    );
    const gathered = await gather(dir);
    const [fen, ox] = gathered.partnerships;
    assert.equal(fen?.status, "cached");
    assert.match(fen?.problem ?? "", /^The feed was refused: it is not JSON/);
    assert.deepEqual(
      gathered.reviews.map((review) => review.title),
      ["Child A"],
    );
    assert.deepEqual([ox?.status, ox?.accepted], ["none", 0]);
    assert.equal(
      (await readCachedFeed(dir, fen?.key ?? ""))?.fetchedAt,
      "2026-11-25T10:00:00.000Z",
      "the bad answer did not replace the good copy",
    );
  } finally {
    await remove();
  }
});

test("--offline builds from the cache alone, fetching nothing", async () => {
  const { dir, remove } = await makeTempDir();
  try {
    const { fenmarch } = sites();
    answers.set("fenmarch", json(kitFeed(data, fenmarch, [makeReview({ slug: "child-a", title: "Child A" })])));
    await gather(dir);
    const before = server.requests.get("/fenmarch/feed.json");
    const gathered = await gather(dir, { offline: true });
    assert.equal(server.requests.get("/fenmarch/feed.json"), before);
    assert.deepEqual([gathered.partnerships[0]?.status, gathered.partnerships[0]?.problem], ["cached", undefined]);
    assert.match(
      gathered.partnerships[1]?.problem ?? "",
      /no copy of this feed in the cache, and --offline fetches none/,
    );
    assert.deepEqual(
      gathered.reviews.map((review) => review.title),
      ["Child A"],
    );
  } finally {
    await remove();
  }
});

test("reviews that aged out of a full feed stay in the index; one the partnership took down leaves it", async () => {
  const { dir, remove } = await makeTempDir();
  try {
    const { fenmarch } = sites();
    answers.set("oxlade", unavailable);
    answers.set("quenwick", unavailable);
    const reviews = Array.from({ length: 55 }, (_, index) =>
      makeReview({
        slug: `child-${index + 1}`,
        title: `Child ${index + 1}`,
        published: `2020-01-${String((index % 28) + 1).padStart(2, "0")}`,
      }),
    );
    const byDate = [...reviews].sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
    // First the 50 oldest, then the 50 newest: the 5 oldest have aged out of the feed.
    answers.set("fenmarch", json(kitFeed(data, fenmarch, byDate.slice(5))));
    await gather(dir);
    answers.set("fenmarch", json(kitFeed(data, fenmarch, byDate.slice(0, 50))));
    assert.equal((await gather(dir)).reviews.length, 55);
    // A review the partnership took down is no longer shown: it is newer than the oldest its feed
    // still carries (the feed, 50 long as ever, now reaches one review further back).
    const withdrawn = byDate[10];
    answers.set(
      "fenmarch",
      json(
        kitFeed(
          data,
          fenmarch,
          byDate.filter((review) => review !== withdrawn),
        ),
      ),
    );
    const after = await gather(dir);
    assert.equal(after.reviews.length, 54);
    assert.ok(!after.reviews.some((review) => review.title === withdrawn?.title));
  } finally {
    await remove();
  }
});
