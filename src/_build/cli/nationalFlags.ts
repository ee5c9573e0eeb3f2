import type { NationalOptions } from "../national/prepareNational.ts";
import { UsageError } from "./commandLine.ts";

/** The national index's command-line options, shared by build:national and archive --national (parseArgs form). */
export const nationalFlags = {
  sources: {
    type: "string",
    value: "<file>",
    help: 'The partnerships to gather: a list of { "name", "region", "site", "feed" } (docs/national-index.md).',
  },
  cache: {
    type: "string",
    value: "<dir>",
    help: "Keeps the last good copy of each feed there (default .national-cache/).",
  },
  offline: { type: "boolean", default: false, help: "Builds from the cache alone: no feed is fetched." },
  "allow-loopback": {
    type: "boolean",
    default: false,
    help: "Lets a feed on 127.0.0.1 or localhost use plain http (tests and trials only).",
  },
  strict: {
    type: "boolean",
    default: false,
    help: "Any refused item or unfetched feed stops it before anything is built (for CI).",
  },
} as const;

/** The options, once parsed; --sources is required. */
export function readNationalFlags(values: {
  sources?: string | undefined;
  cache?: string | undefined;
  offline?: boolean | undefined;
  "allow-loopback"?: boolean | undefined;
  strict?: boolean | undefined;
}): NationalOptions {
  if (!values.sources) {
    throw new UsageError(
      "Give the national index's sources file: --sources <file>, " +
        'a list of { "name", "region", "site", "feed" } (docs/national-index.md).',
    );
  }
  return {
    sources: values.sources,
    cache: values.cache,
    offline: values.offline === true,
    allowLoopback: values["allow-loopback"] === true,
    strict: values.strict === true,
  };
}
