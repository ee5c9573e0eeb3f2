import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "smol-toml";
import { projectRoot } from "../projectPaths.ts";

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

/** The [[headers]] rules from netlify.toml, in file order. */
export async function readHeaderRules(file: string = path.join(projectRoot, "netlify.toml")): Promise<HeaderRule[]> {
  const config = parse(await readFile(file, "utf8")) as { headers?: { for: string; values: Record<string, string> }[] };
  return (config.headers ?? []).map((rule) => ({ for: rule.for, values: rule.values }));
}

/** Netlify's path patterns: "*" matches anything, slashes included (https://docs.netlify.com/routing/headers/). */
function matches(pattern: string, urlPath: string): boolean {
  const expression = new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );
  return expression.test(urlPath);
}

/** The headers Netlify would send for a path: every matching rule, later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.for, urlPath)) Object.assign(headers, rule.values);
  return headers;
}
