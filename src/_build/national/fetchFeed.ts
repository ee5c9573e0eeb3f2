import { isLoopback } from "./sources.ts";

/** How a feed is fetched: see docs/national-index.md. */
export interface FetchRules {
  /** The partnership's host (or, for a feed on this machine, the feed's): the only one a redirect may lead to. */
  host: string;
  /** Plain http on this machine is allowed (tests and trials only). */
  allowLoopback: boolean;
  /** Each try gives up after this long, headers and body together. */
  timeoutMs: number;
  /** Tries after the first, for a failure that may pass (no answer, a timeout, a 5xx or 429). */
  retries: number;
  /** A feed larger than this is refused unread: the kit's feeds carry 50 reviews, well under it. */
  maxBytes: number;
  /** Stops every fetch at once (the build was stopped). */
  signal?: AbortSignal;
}

export const DEFAULT_FETCH_RULES = { timeoutMs: 10_000, retries: 1, maxBytes: 2 * 1024 * 1024 } as const;

/** Redirects followed at most, all within the partnership's host. */
const MAX_REDIRECTS = 5;
/** How long to wait before trying again: long enough for a restarting server, short enough for a build. */
const RETRY_DELAY_MS = 500;

export type Fetched =
  { ok: true; text: string; url: string; tries: number } | { ok: false; reason: string; tries: number };

type Attempt = { ok: true; text: string; url: string } | { ok: false; reason: string; retry: boolean };

/** Why a redirect may not be followed, if it may not. */
function redirectProblem(target: URL, rules: FetchRules): string | undefined {
  if (target.host !== rules.host) {
    return `it redirects to another host (${target.host}), and only redirects within ${rules.host} are followed`;
  }
  if (target.protocol !== "https:" && !(rules.allowLoopback && isLoopback(target.href)))
    return `it redirects to an address that is not https (${target.href})`;
  return undefined;
}

/** Reads a response's body up to the limit, stopping as soon as it is passed. */
async function readLimited(response: Response, maxBytes: number): Promise<{ text?: string; tooLarge: boolean }> {
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { tooLarge: true };
  }
  const reader = response.body?.getReader();
  if (!reader) return { text: "", tooLarge: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  return { text: new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks)), tooLarge: false };
}

const sizeInWords = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${Math.round(bytes / 1024)} KB`;

async function attempt(address: string, rules: FetchRules): Promise<Attempt> {
  const timeout = AbortSignal.timeout(rules.timeoutMs);
  const signal = rules.signal ? AbortSignal.any([timeout, rules.signal]) : timeout;
  let url = new URL(address);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: { accept: "application/feed+json, application/json", "user-agent": "case-reviews-national-index" },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel();
        if (redirects >= MAX_REDIRECTS)
          return { ok: false, reason: `it redirected more than ${MAX_REDIRECTS} times`, retry: false };
        const target = new URL(response.headers.get("location") ?? "", url);
        const problem = redirectProblem(target, rules);
        if (problem) return { ok: false, reason: problem, retry: false };
        url = target;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const passing = response.status >= 500 || response.status === 429;
        return {
          ok: false,
          reason: `the server answered ${response.status} ${response.statusText}`.trim(),
          retry: passing,
        };
      }
      const body = await readLimited(response, rules.maxBytes);
      if (body.tooLarge)
        return {
          ok: false,
          reason: `the feed is larger than the limit of ${sizeInWords(rules.maxBytes)}`,
          retry: false,
        };
      return { ok: true, text: body.text ?? "", url: url.href };
    }
  } catch (error) {
    if (rules.signal?.aborted) throw rules.signal.reason;
    if (timeout.aborted)
      return { ok: false, reason: `no answer within ${rules.timeoutMs / 1000} seconds`, retry: true };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      reason: `it could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})`,
      retry: true,
    };
  }
}

/**
 * Fetches a partnership's feed: with a timeout on each try, trying again once for a failure that
 * may pass, following redirects only within the partnership's host, and refusing a feed over the
 * size limit. Never throws for the feed's sake (only when `rules.signal` stops it): a failure
 * comes back with the reason, in words for the sources page.
 */
export async function fetchFeed(address: string, rules: FetchRules): Promise<Fetched> {
  let tries = 0;
  for (;;) {
    tries += 1;
    const result = await attempt(address, rules);
    if (result.ok) return { ...result, tries };
    if (!result.retry || tries > rules.retries) return { ok: false, reason: result.reason, tries };
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  }
}
