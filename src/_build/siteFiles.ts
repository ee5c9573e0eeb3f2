import { readdir } from "node:fs/promises";
import path from "node:path";
import { displayPath } from "./projectPaths.ts";

/** Every HTML page of a built site, as paths relative to its root, in a stable order. */
export async function htmlFiles(siteDir: string): Promise<string[]> {
  return (await allFiles(siteDir)).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"));
}

/** The URL a page is served at: "reviews/index.html" is "/reviews/". */
export function urlOfFile(file: string): string {
  return `/${file}`.replace(/index\.html$/, "");
}

/** Every file under a folder, as sorted paths relative to it with forward slashes. */
export async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => displayPath(path.join(entry.parentPath, entry.name), dir))
    .sort();
}
