import type { ReviewVocabulary } from "../content/reviewSchema.ts";
import type { SiteIdentity } from "../content/siteDataSchema.ts";
import { checkContent, jsonPath, jsonWords, zodProblems } from "../content/zodProblems.ts";
import { FEED_FORMAT_VERSION, makeFeedSchema } from "../library/feedFormat.ts";
import { hostOf, type Source } from "./sources.ts";

/** A feed whose envelope (everything but its items) is sound: its items are checked one by one. */
export interface SoundFeed {
  feed: Record<string, unknown>;
  items: unknown[];
  /** Its `_review` is a newer minor version than this reader's: fields it does not know are ignored. */
  newerMinor: boolean;
}

const [OUR_MAJOR, OUR_MINOR] = FEED_FORMAT_VERSION.split(".").map(Number) as [number, number];

/**
 * Reads a feed's text and checks what holds its items, as docs/feed-format.md asks of a reader:
 * a JSON Feed, the `_review` extension's major version first, the rest with the kit's own feed
 * schema, and its publisher on the partnership's own host. A feed that fails is refused whole,
 * with the reason; one that passes has its items checked one by one (checkItem.ts).
 */
/**
 * The kit's feed schema, for everything but the items (each is checked on its own): made once for
 * all the feeds a national build reads.
 */
export function envelopeSchema(national: { site: SiteIdentity; vocabulary: ReviewVocabulary }) {
  return makeFeedSchema({ site: national.site, ...national.vocabulary }).omit({ items: true });
}

export function readFeed(
  text: string,
  source: Source,
  envelope: ReturnType<typeof envelopeSchema>,
): { ok: true; sound: SoundFeed } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not JSON (${(error as Error).message})` };
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    return { ok: false, reason: "it is not a JSON Feed: it holds no object" };
  const feed = data as Record<string, unknown>;
  if (typeof feed.version !== "string" || !feed.version.startsWith("https://jsonfeed.org/version/1")) {
    return {
      ok: false,
      reason: `it is not a JSON Feed 1.x (its version is ${JSON.stringify(feed.version) ?? "missing"})`,
    };
  }
  const review = feed._review as { version?: unknown } | undefined;
  if (!review || typeof review !== "object")
    return {
      ok: false,
      reason: "it has no _review extension, so it is not a feed in the case reviews kit's format (docs/feed-format.md)",
    };
  const version = /^(\d+)\.(\d+)$/.exec(String(review.version));
  if (!version)
    return {
      ok: false,
      reason: `its _review.version (${JSON.stringify(review.version) ?? "missing"}) is not MAJOR.MINOR, like "1.0"`,
    };
  if (Number(version[1]) !== OUR_MAJOR)
    return {
      ok: false,
      reason:
        `it is written in version ${review.version} of the _review format, ` +
        `and this index reads version ${OUR_MAJOR}`,
    };
  const newerMinor = Number(version[2]) > OUR_MINOR;
  if (feed.items === undefined)
    return { ok: false, reason: "it has no items field: a JSON Feed lists its reviews in items" };
  if (!Array.isArray(feed.items)) return { ok: false, reason: "its items field is not a list" };

  // The version was read above: a newer minor version is read as this one, ignoring fields it adds.
  const result = checkContent(envelope, { ...feed, _review: { ...review, version: FEED_FORMAT_VERSION } }, jsonWords);
  if (!result.success) {
    const problems = zodProblems("", result.error, feed, [], undefined, jsonPath).filter(
      (problem) => !(newerMinor && problem.message.includes("is not a field we know")),
    );
    const first = problems[0];
    if (first)
      return {
        ok: false,
        // Every reason is one sentence, which the caller ends: the message's own full stop goes.
        reason: `its ${first.field ?? "feed"} ${first.message.replace(/^[A-Z]/, (letter) => letter.toLowerCase()).replace(/\.$/, "")}`,
      };
  }
  const publisher = (review as { publisher?: { url?: unknown } }).publisher?.url;
  if (typeof publisher !== "string" || hostOf(publisher) !== hostOf(source.site)) {
    return {
      ok: false,
      reason:
        `it names another publisher's site (${String(publisher)}): ` +
        `it should be ${source.name}'s, at ${hostOf(source.site)}`,
    };
  }
  return { ok: true, sound: { feed, items: feed.items, newerMinor } };
}
