import type { NationalOptions } from "../national/prepareNational.ts";

/** The national index's command-line options, shared by build:national and archive --national (parseArgs form). */
export const nationalFlags = {
  sources: { type: "string" },
  cache: { type: "string" },
  offline: { type: "boolean", default: false },
  "allow-loopback": { type: "boolean", default: false },
  strict: { type: "boolean", default: false },
} as const;

/** A command given wrongly: its message says all there is to say. */
export class UsageError extends Error {}

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
