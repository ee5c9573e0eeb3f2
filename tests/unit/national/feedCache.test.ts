import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { test } from "node:test";
import {
  agedOut,
  cachedFeedFile,
  keepInCache,
  readCachedFeed,
  type CachedFeed,
} from "../../../src/_build/national/feedCache.ts";
import { makeTempDir } from "../support/tempDir.ts";

const item = (id: string, published: string) => ({
  id: `https://fenmarch-scp.example/reviews/${id}/`,
  _review: { published },
});

test("reviews newer ones pushed out of a full feed are kept; those gone from a feed with room were withdrawn", () => {
  const earlier = [item("c", "2024-05-01"), item("b", "2023-02-01"), item("a", "2020-01-01")];
  const full = [item("e", "2025-01-01"), item("d", "2024-06-01")];
  assert.deepEqual(agedOut(earlier, full, 2), earlier);
  // "c" is newer than the feed's oldest: it did not age out, it was taken down.
  assert.deepEqual(agedOut(earlier, [item("e", "2025-01-01"), item("b", "2023-02-01")], 2), [item("a", "2020-01-01")]);
  assert.deepEqual(agedOut(earlier, full, 3), [], "a feed with room for them holds every review it still publishes");
});

test("a copy kept in the cache is read back as it was written, and a damaged one counts as none", async () => {
  const { dir, remove } = await makeTempDir();
  try {
    const entry: CachedFeed = {
      format: 1,
      feed: "https://fenmarch-scp.example/feed.json",
      fetchedAt: "2026-11-20T09:00:00.000Z",
      copy: { items: [] },
      kept: [item("a", "2020-01-01")],
    };
    await keepInCache(dir, "fenmarch", entry);
    assert.deepEqual(await readCachedFeed(dir, "fenmarch"), entry);
    assert.equal(await readCachedFeed(dir, "nobody"), undefined);
    await writeFile(cachedFeedFile(dir, "fenmarch"), '{"format": 1, "feed": "https://fenmarch');
    assert.equal(await readCachedFeed(dir, "fenmarch"), undefined);
  } finally {
    await remove();
  }
});
