import { displayPath } from "../projectPaths.ts";
import type { Problem } from "./problems.ts";
import type { SiteIdentity } from "./siteDataSchema.ts";

/**
 * Names kept for examples and tests, which never reach a real site (RFC 2606 and RFC 6761): the
 * top-level names .example, .test, .invalid and .localhost, and example.com, .net and .org.
 * `npm run new-partnership` writes an address under .example until the real one is known.
 */
const RESERVED_TOP_LEVEL = new Set(["example", "test", "invalid", "localhost"]);
const RESERVED_DOMAINS = ["example.com", "example.net", "example.org"];

/** Whether a web address is one of the names kept for examples, which no visitor can reach. */
export function isPlaceholderAddress(address: string): boolean {
  if (!URL.canParse(address)) return false;
  const host = new URL(address).hostname.toLowerCase().replace(/\.$/, "");
  const topLevel = host.split(".").at(-1) ?? "";
  return (
    RESERVED_TOP_LEVEL.has(topLevel) ||
    RESERVED_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))
  );
}

/**
 * A site published with a placeholder address would give every canonical link, feed item,
 * citation and archive notice an address no one can reach, and a national index would refuse its
 * feed. A made-up partnership (`fictional: true`) may keep one: it is never published.
 */
export function placeholderAddressProblems(site: SiteIdentity, absolutePath: string): Problem[] {
  if (site.fictional === true || !isPlaceholderAddress(site.url)) return [];
  return [
    {
      file: displayPath(absolutePath),
      field: "url",
      value: site.url,
      message:
        "is a placeholder, which no visitor can reach, and the site is being published. " +
        "Put the site's real address here, like https://www.example-scp.org.uk.",
    },
  ];
}
