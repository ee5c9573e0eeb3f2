import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { FormatsPlugin } from "ajv-formats";

// ajv-formats is CommonJS, and its module is the plugin function itself: required, not imported,
// since TypeScript and Node disagree on what its default export is.
const addFormats = createRequire(import.meta.url)("ajv-formats") as FormatsPlugin;

/**
 * Checks a feed against a JSON Schema with ajv, a validator other systems use too (not the zod
 * schema the build generates it from), with formats such as "uri" and "date" checked.
 * Returns each problem as "where: what", none when the feed is valid.
 */
export function feedSchemaProblems(schema: object, feed: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(feed)) return [];
  return (validate.errors ?? []).map(
    (error) => `${error.instancePath || "/"}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`,
  );
}
