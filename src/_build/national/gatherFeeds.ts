import { byNewestFirst, mapConcurrently } from "../content/loadContent.ts";
import type { ReviewVocabulary } from "../content/reviewSchema.ts";
import type { Review } from "../content/reviews.ts";
import type { SiteIdentity } from "../content/siteDataSchema.ts";
import { FEED_LENGTH } from "../library/feedFormat.ts";
import { checkItem, itemChecksMaker, itemLabel, type ItemChecks, type ItemProblem } from "./checkItem.ts";
import { agedOut, keepInCache, readCachedFeed, type CachedFeed } from "./feedCache.ts";
import { envelopeSchema, readFeed, type SoundFeed } from "./feedEnvelope.ts";
import { DEFAULT_FETCH_RULES, fetchFeed, type FetchRules } from "./fetchFeed.ts";
import { joinJointReviews, joinsOf, type Join } from "./jointReviews.ts";
import { hostOf, isLoopback, type Source } from "./sources.ts";

/** Feeds fetched at once: a few, so that no partnership's site, nor this machine, is pressed. */
export const FETCH_CONCURRENCY = 4;

export interface GatherOptions {
  sources: readonly Source[];
  /** The national index's identity and vocabularies (its _data/, read as a partnership's is). */
  national: { site: SiteIdentity; vocabulary: ReviewVocabulary };
  cacheDir: string;
  /** Build from the cache alone: no feed is fetched. */
  offline: boolean;
  /** Feeds on 127.0.0.1 or localhost may use plain http (tests and trials only). */
  allowLoopback: boolean;
  today: string;
  now?: () => Date;
  fetchRules?: Partial<Pick<FetchRules, "timeoutMs" | "retries" | "maxBytes">>;
  signal?: AbortSignal;
}

/** An item refused, with everything wrong with it. */
export interface Refusal {
  item: string;
  title?: string;
  problems: ItemProblem[];
}

/** What became of one partnership's feed in this build, for the sources page and the console. */
export interface PartnershipReport {
  key: string;
  name: string;
  region: string;
  regionKey: string;
  site: string;
  feed: string;
  /** Fetched in this build; read from the cache (the fetch failed, or --offline); or no copy at all. */
  status: "fetched" | "cached" | "none";
  /** The day its reviews were last fetched (YYYY-MM-DD), when there is a copy. */
  fetched?: string;
  /** Why this build could not use a fresh copy, when it could not (not said for --offline). */
  problem?: string;
  accepted: number;
  refused: Refusal[];
  /** Its items joined with other partnerships' as one joint review (jointReviews.ts), each said aloud. */
  joined: Join[];
}

export interface Gathered {
  partnerships: PartnershipReport[];
  /** Every accepted review, joint reviews once, newest first. */
  reviews: Review[];
}

/** True when anything was refused or could not be fetched: --strict fails the build on it. */
export function hasProblems(gathered: Gathered): boolean {
  return gathered.partnerships.some(
    (partnership) => partnership.refused.length > 0 || partnership.problem !== undefined,
  );
}

const idOf = (item: unknown) => (item && typeof item === "object" ? (item as { id?: unknown }).id : undefined);

/** How often a feed was tried, when more than once: " (tried 2 times)". */
const tries = (count: number) => (count > 1 ? ` (tried ${count} times)` : "");

/** Items by id, the first of each kept: an item in the current copy wins over an older one. */
function uniqueById(items: readonly unknown[]): unknown[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const id = idOf(item);
    if (typeof id !== "string") return true; // refused, and reported, by the checks
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** What every feed of one gathering is checked with, made once. */
interface Checks {
  envelope: ReturnType<typeof envelopeSchema>;
  items: ReturnType<typeof itemChecksMaker>;
}

/** The feed fetched now, or why not. */
async function fetchNow(
  source: Source,
  options: GatherOptions,
  checks: Checks,
): Promise<{ sound?: SoundFeed; problem?: string }> {
  // A feed on this machine stands in for the partnership's site: redirects stay on its own host.
  const host = (options.allowLoopback && isLoopback(source.feed) ? hostOf(source.feed) : hostOf(source.site)) ?? "";
  const rules: FetchRules = {
    ...DEFAULT_FETCH_RULES,
    ...options.fetchRules,
    host,
    allowLoopback: options.allowLoopback,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const fetched = await fetchFeed(source.feed, rules);
  if (!fetched.ok)
    return {
      problem: `The feed could not be fetched: ${fetched.reason}${tries(fetched.tries)}.`,
    };
  const read = readFeed(fetched.text, source, checks.envelope);
  return read.ok ? { sound: read.sound } : { problem: `The feed was refused: ${read.reason}.` };
}

/** One partnership: its feed fetched (or its copy from the cache), every item checked, the cache kept up to date. */
async function gatherOne(
  source: Source,
  options: GatherOptions,
  makers: Checks,
): Promise<{ report: PartnershipReport; reviews: Review[] }> {
  const now = (options.now ?? (() => new Date()))();
  const cached = await readCachedFeed(options.cacheDir, source.key);
  const fresh = options.offline ? {} : await fetchNow(source, options, makers);
  const fromCache = !fresh.sound && cached ? readFeed(JSON.stringify(cached.copy), source, makers.envelope) : undefined;
  const sound = fresh.sound ?? (fromCache?.ok ? fromCache.sound : undefined);
  const status = fresh.sound ? "fetched" : sound ? "cached" : "none";
  const fetchedAt = fresh.sound ? now.toISOString() : cached?.fetchedAt;
  const report: PartnershipReport = {
    key: source.key,
    name: source.name,
    region: source.region,
    regionKey: source.regionKey,
    site: source.site,
    feed: source.feed,
    status,
    ...(fetchedAt && sound ? { fetched: fetchedAt.slice(0, 10) } : {}),
    ...(fresh.problem ? { problem: fresh.problem } : {}),
    accepted: 0,
    refused: [],
    joined: [],
  };
  if (options.offline && !cached)
    report.problem = "There is no copy of this feed in the cache, and --offline fetches none.";
  if (fromCache && !fromCache.ok)
    report.problem = `${report.problem ?? ""} Its copy in the cache was refused too: ${fromCache.reason}.`.trim();
  if (!sound || !fetchedAt) return { report, reviews: [] };

  // Reviews read before that have since aged out of the feed stay (see agedOut); the copy's own come first.
  const earlier = cached ? [...(Array.isArray(cached.copy.items) ? cached.copy.items : []), ...cached.kept] : [];
  const kept = status === "fetched" ? agedOut(earlier, sound.items, FEED_LENGTH) : (cached?.kept ?? []);
  const candidates = uniqueById([...sound.items, ...kept]);
  const checks: ItemChecks = makers.items(source, candidates, {
    today: options.today,
    acceptFictional: options.national.site.fictional === true,
    newerMinor: sound.newerMinor,
    fetched: fetchedAt.slice(0, 10),
    stale: status !== "fetched",
  });
  const reviews: Review[] = [];
  const acceptedKept: unknown[] = [];
  const slugs = new Set<string>();
  const inCopy = new Set(sound.items);
  candidates.forEach((item, index) => {
    const { review, problems } = checkItem(item, checks);
    if (!review) {
      report.refused.push({ ...itemLabel(item, index), problems });
      return;
    }
    // Two addresses ending alike (…/2019/child-a/ and …/2021/child-a/) keep apart in the index.
    let slug = review.slug;
    for (let count = 2; slugs.has(slug); count++) slug = `${review.slug}-${count}`;
    slugs.add(slug);
    reviews.push({ ...review, slug, url: `/reviews/${slug}/` });
    if (!inCopy.has(item)) acceptedKept.push(item);
  });
  report.accepted = reviews.length;
  if (status === "fetched") {
    const entry: CachedFeed = { format: 1, feed: source.feed, fetchedAt, copy: sound.feed, kept: acceptedKept };
    await keepInCache(options.cacheDir, source.key, entry);
  }
  return { report, reviews };
}

/**
 * Gathers every partnership's reviews: a few feeds at a time, each checked as untrusted input.
 * A feed that cannot be fetched or read is replaced by its last good copy, whose reviews say when
 * it was fetched; an item that breaks a rule is refused, with the reasons. Neither stops the
 * others: only a problem with the index's own files does. Joint reviews are joined.
 */
export async function gatherFeeds(options: GatherOptions): Promise<Gathered> {
  const checks = { envelope: envelopeSchema(options.national), items: itemChecksMaker(options.national) };
  const results = await mapConcurrently(options.sources, FETCH_CONCURRENCY, (source) =>
    gatherOne(source, options, checks),
  );
  // Counted before joining: each partnership accepted its own item of a joint review.
  const reviews = joinJointReviews(results.flatMap((result) => result.reviews)).sort(byNewestFirst);
  const joins = joinsOf(reviews);
  return {
    partnerships: results.map((result) => ({ ...result.report, joined: joins.get(result.report.key) ?? [] })),
    reviews,
  };
}
