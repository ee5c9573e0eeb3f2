import { readdir } from "node:fs/promises";
import path from "node:path";
import { displayPath } from "./projectPaths.ts";

/** Every HTML page of a built site, as paths relative to its root, in a stable order. */
export async function htmlFiles(siteDir: string): Promise<string[]> {
  return (await allFiles(siteDir)).filter((file) => file.endsWith(".html") && !file.startsWith("pagefind/"));
}

/**
 * The editors' form (src/admin/): a page of the built site, but not one for visitors. It has no
 * header, footer or quick exit, no link leads to it, and it is kept out of search, the sitemaps,
 * the feeds and the offline archive.
 */
export const ADMIN_FOLDER = "admin/";

/** Every page for visitors: every HTML page but the editors' form. */
export async function publicPages(siteDir: string): Promise<string[]> {
  return (await htmlFiles(siteDir)).filter((file) => !file.startsWith(ADMIN_FOLDER));
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
