import type { z } from "zod";
import type { Problem } from "./problems.ts";
import { closestMatch } from "../text/suggest.ts";
import { counted } from "../text/counted.ts";

/** What a kind of value is called in a message, for the kinds zod checks. */
const KIND: Readonly<Record<string, string>> = {
  string: "text. Put it in double quotes if it is a number or starts with a symbol",
  number: "a number, written without quotes",
  int: "a whole number, written without quotes",
  boolean: "true or false, written without quotes",
  array: "a list",
  object: "a group of named fields",
  record: "a group of named fields",
};

/** What a text format zod checks must look like, as an editor would write it. */
const FORMAT: Readonly<Record<string, string>> = {
  url: "must be a full web address starting with https://.",
  email: "must be an email address, like reviews@example.org.",
  date: "must be a date written as YYYY-MM-DD, like 2024-03-01.",
  datetime: "must be a date and time, like 2024-03-01T00:00:00Z.",
};

/**
 * Plain words for the issues a schema gives no message of its own: without this map an editor
 * who writes a number where text belongs would read zod's "Invalid input: expected string,
 * received number". A schema's own message always wins (zod consults this map only without one);
 * undefined keeps zod's message for an issue no content check can raise.
 */
export function plainWords(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required.";
      if (issue.input === null) return "is empty: write its value after the colon.";
      return KIND[issue.expected] ? `must be ${KIND[issue.expected]}.` : undefined;
    case "too_small": {
      // zod leaves out the origin when a list's length is checked on a value that is not a list.
      const origin = issue.origin as string | undefined;
      const kind = origin ?? (Array.isArray(issue.input) ? "array" : typeof issue.input);
      if (kind === "string")
        return issue.minimum === 1 ? "must not be empty." : `must be at least ${counted(issue.minimum, "character")}.`;
      if (kind === "array") return `needs at least ${counted(issue.minimum, "item")}.`;
      return `must be ${issue.minimum} or more.`;
    }
    case "too_big":
      if (issue.origin === "string") return `must be at most ${counted(issue.maximum, "character")}.`;
      if (issue.origin === "array") return `must have at most ${counted(issue.maximum, "item")}.`;
      return `must be ${issue.maximum} or less.`;
    case "invalid_format":
      return (
        FORMAT[issue.format] ?? "is not written in the form this field needs: copy the layout of an entry that works."
      );
    case "invalid_value":
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(", ")}.`;
    default:
      return undefined;
  }
}

/** What a kind of value is called in a message about a JSON feed: JSON's own words, no YAML advice. */
const JSON_KIND: Readonly<Record<string, string>> = {
  string: "text (a JSON string, in double quotes)",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list (a JSON array)",
  object: "an object of named fields (a JSON object)",
  record: "an object of named fields (a JSON object)",
};

/** The kind of a JSON value, as a message names what was given instead. */
export function jsonKindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true or false";
  return typeof value;
}

/**
 * plainWords for a JSON feed, whose developer writes JSON, not a Markdown file's YAML: no advice
 * about quotes or colons, and what was given instead of what is allowed.
 */
export function jsonWords(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type" && issue.input !== undefined) {
    const kind = JSON_KIND[issue.expected];
    if (issue.input === null) return kind ? `is null: it must be ${kind}.` : "is null: it needs a value.";
    return kind ? `must be ${kind}, not ${jsonKindOf(issue.input)}.` : undefined;
  }
  return plainWords(issue);
}

/**
 * Checks content against its schema, in the plain words above wherever the schema has none
 * (jsonWords for a JSON feed's developer, plainWords for an editor's files).
 */
export function checkContent<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  words: (issue: z.core.$ZodRawIssue) => string | undefined = plainWords,
): z.ZodSafeParseResult<z.output<Schema>> {
  return schema.safeParse(data, { error: words });
}

/** A field path as an editor reads it: ["documents", 1, "file"] becomes "documents[2].file" (counting from 1). */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const part of path) {
    if (typeof part === "number") name += `[${part + 1}]`;
    else name += name ? `.${String(part)}` : String(part);
  }
  return name;
}

/**
 * A field path as a JSON feed's developer reads it: ["documents", 0, "url"] becomes
 * "documents[0].url", counting from 0 as JSON paths and code do (an editor's YAML counts from 1).
 */
export function jsonPath(path: readonly PropertyKey[]): string {
  let name = "";
  for (const part of path) {
    if (typeof part === "number") name += `[${part}]`;
    else name += name ? `.${String(part)}` : String(part);
  }
  return name;
}

/** The value found at a path inside parsed data, for showing the editor what they wrote. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/**
 * Turns a schema's issues into problems an editor can act on. Unknown fields are listed one by one
 * with the nearest allowed name, since a misspelt field is the commonest slip.
 */
export function zodProblems(
  file: string,
  error: z.ZodError,
  data: unknown,
  allowedFields: readonly string[] = [],
  lineOf: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
  nameOf: (path: readonly PropertyKey[]) => string = fieldName,
): Problem[] {
  const problems: Problem[] = [];
  // A value of the wrong kind gets that one message: zod goes on to check the length of some
  // (text it trims), and "needs at least 1 item" about a list given for a line of text would mislead.
  const wrongKind = new Set(
    error.issues.filter((issue) => issue.code === "invalid_type").map((issue) => JSON.stringify(issue.path)),
  );
  for (const issue of error.issues) {
    if (issue.code !== "invalid_type" && wrongKind.has(JSON.stringify(issue.path))) continue;
    if (issue.code === "unrecognized_keys") {
      const container = valueAt(data, issue.path) as Record<string, unknown> | undefined;
      for (const key of issue.keys) {
        const suggestion = issue.path.length === 0 ? closestMatch(key, allowedFields) : undefined;
        const line = lineOf([...issue.path, key]);
        problems.push({
          file,
          ...(line ? { line } : {}),
          field: nameOf([...issue.path, key]),
          value: container?.[key],
          message:
            `"${key}" is not a field we know.` +
            (suggestion ? ` Did you mean "${suggestion}"?` : "") +
            (issue.path.length === 0 && allowedFields.length ? ` Allowed fields: ${allowedFields.join(", ")}.` : ""),
        });
      }
      continue;
    }
    const value = valueAt(data, issue.path);
    const line = lineOf(issue.path);
    problems.push({
      file,
      ...(line ? { line } : {}),
      field: issue.path.length ? nameOf(issue.path) : undefined,
      ...(value !== undefined ? { value } : {}),
      // A record's key breaks the rule of its key schema (a link's name): zod says only "Invalid
      // key in record", and keeps the key schema's own message inside.
      message: (issue.code === "invalid_key" && issue.issues[0]?.message) || issue.message,
    });
  }
  return problems;
}
