import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { ownedName } from "../lifecycle/ownedFolders.ts";

/**
 * The last good copy of a partnership's feed, kept between builds, with the reviews read from
 * earlier copies that have since left the feed because newer ones took their place (a feed
 * carries only the 50 newest). Every item in it is checked again at every build.
 */
export interface CachedFeed {
  format: 1;
  /** The address it was fetched from. */
  feed: string;
  /** When it was fetched (an ISO date and time). */
  fetchedAt: string;
  /** The feed as it was fetched, parsed. */
  copy: Record<string, unknown>;
  /** Items from earlier copies that have aged out of the feed, accepted when last checked. */
  kept: unknown[];
}

/** Each partnership's copy is a file of its own, named by its key in the index. */
export function cachedFeedFile(cacheDir: string, key: string): string {
  return path.join(cacheDir, `${key}.json`);
}

/** The copy kept for a partnership, if there is one that can be read (a damaged file counts as none). */
export async function readCachedFeed(cacheDir: string, key: string): Promise<CachedFeed | undefined> {
  let data: Partial<CachedFeed>;
  try {
    data = JSON.parse(await readFile(cachedFeedFile(cacheDir, key), "utf8"));
  } catch {
    return undefined;
  }
  const sound =
    data.format === 1 &&
    typeof data.feed === "string" &&
    typeof data.fetchedAt === "string" &&
    !Number.isNaN(Date.parse(data.fetchedAt));
  if (!sound || !data.copy || typeof data.copy !== "object" || !Array.isArray(data.kept)) return undefined;
  return data as CachedFeed;
}

/** Keeps a partnership's copy: written beside its place, then renamed, so a stopped build never leaves half a copy. */
export async function keepInCache(cacheDir: string, key: string, entry: CachedFeed): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const file = cachedFeedFile(cacheDir, key);
  const partial = `${file}.${ownedName("partial")}`;
  await writeFile(partial, `${JSON.stringify(entry)}\n`);
  await rename(partial, file);
}

const idOf = (item: unknown) => (item && typeof item === "object" ? (item as { id?: unknown }).id : undefined);
const publishedOf = (item: unknown) =>
  String((item as { _review?: { published?: unknown } } | null)?._review?.published ?? "");

/**
 * The items of earlier copies that left the feed because newer reviews took their place, and
 * not because the partnership withdrew them: the feed is full (it carries `feedLength` items) and
 * they are no newer than its oldest. A review missing from a feed with room for it, or newer than
 * the feed's oldest, was taken down, and leaves the index too.
 */
export function agedOut(earlier: readonly unknown[], current: readonly unknown[], feedLength: number): unknown[] {
  if (current.length < feedLength) return [];
  const ids = new Set(current.map(idOf));
  const oldest = current.map(publishedOf).sort()[0] ?? "";
  return earlier.filter(
    (item) => typeof idOf(item) === "string" && !ids.has(idOf(item)) && publishedOf(item) <= oldest,
  );
}
