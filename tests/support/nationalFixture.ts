// The national index the tests build: three fictional partnerships' sites, built by the kit from
// tests/fixtures/partnerships/, their feeds served on 127.0.0.1 as their sites would serve them.
// Lowmere's feed is sound; Marlwick's has moved (a redirect within its host) and carries four
// tampered items (tampered-feed-items.json) besides its own; Stavesend's site is down (503), and
// the index has a copy of its feed from an earlier build.
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { keepInCache } from "../../src/_build/national/feedCache.ts";
import { projectRoot } from "../../src/_build/projectPaths.ts";
import { partnershipKeyOf } from "../../src/_build/national/sources.ts";
import { builtFeed, movedTo, startFeedServer, unavailable } from "./feedServer.ts";
import { fictionalPartnership, identityOf, nationalData, testOutput, testSites } from "./testSites.ts";

const partnerships = path.join(projectRoot, "tests", "fixtures", "partnerships");

/** The fictional partnerships the index gathers: where each is built from and to, and its region. */
export const nationalPartnerships = {
  lowmere: { folder: fictionalPartnership, site: testSites.partnership, region: "Westmarch" },
  marlwick: {
    folder: path.join(partnerships, "marlwick"),
    site: path.join(testOutput, "feeds", "marlwick"),
    region: "Westmarch",
  },
  stavesend: {
    folder: path.join(partnerships, "stavesend"),
    site: path.join(testOutput, "feeds", "stavesend"),
    region: "Eastmarch",
  },
} as const;

export type FixturePartnership = keyof typeof nationalPartnerships;

/** Each partnership's name, and its key in the index (from its name, as the index makes it). */
export const partnershipName = (name: FixturePartnership) =>
  identityOf(path.join(nationalPartnerships[name].folder, "_data")).name;
export const partnershipKey = (name: FixturePartnership) => partnershipKeyOf(partnershipName(name));

/**
 * Where the index's input, cache and build log are. The sources file names the server's port, so
 * it is written at each run.
 */
export const nationalInput = {
  folder: path.join(testOutput, "national-input"),
  sources: path.join(testOutput, "national-input", "sources.json"),
  cache: path.join(testOutput, "national-cache"),
  log: path.join(testOutput, "national-build.log"),
};

/** When the index last fetched the feed of the partnership whose site is now down. */
export const STALE_COPY_FETCHED = "2026-11-20T09:00:00.000Z";

/** The tampered items added to Marlwick's feed, each with one fault the index must refuse. */
export const tamperedItems = path.join(partnerships, "marlwick", "tampered-feed-items.json");

/**
 * Serves the partnerships' feeds (their sites must be built), writes the sources file and the
 * index's own _data/ beside it, and puts the earlier copy of Stavesend's feed in an empty cache.
 * Returns the server, to close once the national builds are done.
 */
export async function serveNationalFixture() {
  const server = await startFeedServer({
    "/lowmere/feed.json": builtFeed(path.join(nationalPartnerships.lowmere.site, "feed.json")),
    "/marlwick/feed.json": movedTo("/marlwick/reviews/feed.json"),
    "/marlwick/reviews/feed.json": builtFeed(path.join(nationalPartnerships.marlwick.site, "feed.json"), tamperedItems),
    "/stavesend/feed.json": unavailable,
  });
  const sources = (Object.keys(nationalPartnerships) as FixturePartnership[]).map((name) => ({
    name: partnershipName(name),
    region: nationalPartnerships[name].region,
    site: identityOf(path.join(nationalPartnerships[name].folder, "_data")).url,
    feed: `${server.url}/${name}/feed.json`,
  }));
  await rm(nationalInput.folder, { recursive: true, force: true });
  await rm(nationalInput.cache, { recursive: true, force: true });
  await mkdir(nationalInput.folder, { recursive: true });
  await cp(nationalData, path.join(nationalInput.folder, "_data"), { recursive: true });
  await writeFile(nationalInput.sources, `${JSON.stringify(sources, null, 2)}\n`);
  const staleFeed = JSON.parse(await readFile(path.join(nationalPartnerships.stavesend.site, "feed.json"), "utf8"));
  await keepInCache(nationalInput.cache, partnershipKey("stavesend"), {
    format: 1,
    feed: `${server.url}/stavesend/feed.json`,
    fetchedAt: STALE_COPY_FETCHED,
    copy: staleFeed,
    kept: [],
  });
  return server;
}
