import type { z } from "zod";
import type { Problem } from "./problems.ts";
import { closestMatch } from "../text/suggest.ts";

/** A field path as an editor reads it: ["documents", 1, "file"] becomes "documents[2].file" (counting from 1). */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = "";
  for (const part of path) {
    if (typeof part === "number") name += `[${part + 1}]`;
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
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const container = valueAt(data, issue.path) as Record<string, unknown> | undefined;
      for (const key of issue.keys) {
        const suggestion = issue.path.length === 0 ? closestMatch(key, allowedFields) : undefined;
        const line = lineOf([...issue.path, key]);
        problems.push({
          file,
          ...(line ? { line } : {}),
          field: fieldName([...issue.path, key]),
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
      field: issue.path.length ? fieldName(issue.path) : undefined,
      ...(value !== undefined ? { value } : {}),
      message: issue.message,
    });
  }
  return problems;
}
