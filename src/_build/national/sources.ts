import path from "node:path";
import { z } from "zod";
import type { Problem } from "../content/problems.ts";
import { readJsonFile } from "../content/readJson.ts";
import { RESERVED_REVIEW_SLUGS } from "../content/reviews.ts";
import { checkContent, zodProblems } from "../content/zodProblems.ts";
import { displayPath } from "../projectPaths.ts";
import { slugify } from "../text/slug.ts";

/** One partnership the national index gathers, as the sources file lists it. */
export interface Source {
  /** The partnership's full name, as the national index shows it (the feed's own claim is not trusted). */
  name: string;
  region: string;
  /** The partnership's site: its host is the only one its reviews, documents and redirects may use. */
  site: string;
  /** Its JSON Feed in the kit's format (docs/feed-format.md). */
  feed: string;
  /** The partnership's address in the national index, from its name: /partnerships/<key>/. */
  key: string;
  regionKey: string;
}

/** A partnership's reviews are at /reviews/<key>/...: these addresses are the lists'. */
const RESERVED_KEYS: readonly string[] = [...RESERVED_REVIEW_SLUGS, "partnerships", "regions"];

/** The words most partnerships' names end in, which say nothing about which partnership it is. */
const GENERIC_ENDING =
  /(-(local|children-s|childrens|children))?-safeguarding(-(children|childrens|children-s|and-adults))?-(partnership|partners|board|arrangements)$/;

/**
 * A partnership's key in the index, for its addresses: its name without the generic words, as
 * in /partnerships/lowmere/ for the Lowmere Safeguarding Children Partnership.
 */
export function partnershipKeyOf(name: string): string {
  const full = slugify(name).replace(/^the-/, "");
  return full.replace(GENERIC_ENDING, "") || full;
}

/** Where tests and trials may serve feeds over plain http, with --allow-loopback; never a real partnership. */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** True for an http or https address on this machine. */
export function isLoopback(address: string): boolean {
  if (!URL.canParse(address)) return false;
  const url = new URL(address);
  return (url.protocol === "http:" || url.protocol === "https:") && LOOPBACK_HOSTS.has(url.hostname);
}

/** The host (name and port) of an address, or undefined when it is not one. */
export function hostOf(address: string): string | undefined {
  return URL.canParse(address) ? new URL(address).host : undefined;
}

const text = (what: string) =>
  z
    .string({ error: `${what} is required and must be text.` })
    .trim()
    .min(1, `${what} must not be empty.`);
const httpsAddress = (what: string) =>
  z
    .string({ error: `${what} is required: a full web address starting with https://.` })
    .refine(
      (value) => URL.canParse(value) && new URL(value).protocol === "https:",
      "must be a full web address starting with https://.",
    );

function sourcesSchema(allowLoopback: boolean) {
  const entry = z
    .strictObject({
      name: text("The partnership's name"),
      region: text("The region"),
      site: httpsAddress("The partnership's site"),
      feed: z.string({ error: "feed is required: the address of the partnership's feed.json." }),
    })
    .superRefine((source, context) => {
      const problem = feedAddressProblem(source.feed, source.site, allowLoopback);
      if (problem) context.addIssue({ code: "custom", path: ["feed"], message: problem });
    });
  return z.array(entry, {
    error: 'The sources file must be a list of partnerships, each { "name", "region", "site", "feed" }.',
  });
}

/**
 * Why a feed's address may not be read, if it may not: it must be https on the partnership's own
 * host, or, with --allow-loopback (tests and trials only), http or https on this machine.
 */
export function feedAddressProblem(feed: string, site: string, allowLoopback: boolean): string | undefined {
  if (!URL.canParse(feed)) return "must be a full web address, like https://www.example-scp.org.uk/feed.json.";
  if (allowLoopback && isLoopback(feed)) return undefined;
  if (isLoopback(feed)) return "is on this machine: only allowed with --allow-loopback, for tests and trials.";
  if (new URL(feed).protocol !== "https:") return "must start with https:// (secure addresses only).";
  if (hostOf(feed) !== hostOf(site)) return `must be on the partnership's own site, ${hostOf(site) ?? site}.`;
  return undefined;
}

/**
 * Reads and checks the sources file. Every problem in it is returned at once (file, field, value,
 * message); the sources are returned only when there are none, since a mistake in the list the
 * national index is built from is the national editor's to fix, not a partnership's.
 */
export async function loadSources(
  file: string,
  { allowLoopback }: { allowLoopback: boolean },
): Promise<{ sources?: Source[]; problems: Problem[] }> {
  const shown = displayPath(path.resolve(file));
  const read = await readJsonFile(path.resolve(file), shown);
  if (read.problems.length) return { problems: read.problems };
  const result = checkContent(sourcesSchema(allowLoopback), read.data);
  // The list's own mistakes (a partnership twice, a reserved address) are found even when an
  // entry breaks the schema, so that the national editor hears of every mistake in one run.
  const problems = [
    ...(result.success ? [] : zodProblems(shown, result.error, read.data, [], read.lineOf)),
    ...listProblems(read.data, shown, read.lineOf),
  ];
  if (!result.success || problems.length) return { problems };
  // A site's address without its final slash, as a partnership's site.json gives its own.
  const sources = result.data.map((entry) => ({
    ...entry,
    site: entry.site.replace(/\/+$/, ""),
    key: partnershipKeyOf(entry.name),
    regionKey: slugify(entry.region),
  }));
  return { sources, problems };
}

/**
 * What is wrong with the list as a whole: two partnerships with one address in the index, a site
 * listed twice, a name that gives no address or one the index's lists use. Read from each entry
 * whose name or site is text, whatever else is wrong with it.
 */
function listProblems(
  data: unknown,
  shown: string,
  lineOf: ((path: readonly PropertyKey[]) => number | undefined) | undefined,
): Problem[] {
  if (!Array.isArray(data)) return [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  data.forEach((entry: unknown, index) => {
    const { name, site } = (entry && typeof entry === "object" ? entry : {}) as { name?: unknown; site?: unknown };
    const key = typeof name === "string" && name.trim() ? partnershipKeyOf(name) : undefined;
    const host = typeof site === "string" ? hostOf(site.replace(/\/+$/, "")) : undefined;
    const problem = (what: "name" | "site", value: unknown, message: string) => {
      const line = lineOf?.([index, what]);
      problems.push({ file: shown, ...(line ? { line } : {}), field: `[${index + 1}].${what}`, value, message });
    };
    for (const [what, value] of [
      ["name", key],
      ["site", host],
    ] as const) {
      if (value === undefined) continue;
      const earlier = seen.get(`${what}|${value}`);
      if (earlier === undefined) {
        seen.set(`${what}|${value}`, index);
        continue;
      }
      problem(
        what,
        what === "name" ? name : site,
        what === "name"
          ? `gives the same address as partnership ${earlier + 1}'s (/partnerships/${value}/). ` +
              "List each partnership once, by its full name; a joint review appears once by itself."
          : `is the same as partnership ${earlier + 1}'s. ` +
              "List each partnership once; a joint review appears once by itself.",
      );
    }
    if (key === "") problem("name", name, "must contain letters or numbers.");
    if (key && RESERVED_KEYS.includes(key)) {
      problem(
        "name",
        name,
        `gives the address /reviews/${key}/, which the index's own lists use. Write the partnership's full name.`,
      );
    }
  });
  return problems;
}

/**
 * The national index's own data folder (its identity, in the same shape as a partnership's):
 * _data/ beside the sources file.
 */
export function nationalDataFolder(sourcesFile: string): string {
  return path.join(path.dirname(path.resolve(sourcesFile)), "_data");
}
